package fr.academie.portail.dossier.boundary;

import fr.academie.portail.dossier.control.DossierCorrection;
import fr.academie.portail.platform.boundary.PageMessages;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;
import org.primefaces.PrimeFaces;

/**
 * Another agent's dossier, for an HR manager (who may correct it, giving a reason) or the head of
 * the agent's establishment (read only). Anyone else gets the refusal page.
 */
@Named
@ViewScoped
public class AgentDossierView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Dossiers dossiers;

    @Inject
    DossierCorrections corrections;

    private String login;
    private Dossier dossier;
    private DossierHistoryView history;

    // The correction form.
    private String civilite;
    private String nom;
    private String nomNaissance;
    private String prenom;
    private LocalDate dateNaissance;
    private String corps;
    private String grade;
    private Integer echelon;
    private LocalDate dateEchelon;
    private String discipline;
    private String fonction;
    private String uai;
    private LocalDate dateEntree;
    private String reason;

    /** f:viewAction: reads the dossier named by the page's parameter, or refuses. */
    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isPostback()) {
            return;
        }
        try {
            dossier = dossiers.of(login == null ? "" : login);
            history = dossiers.history(dossier.login());
            fillForm();
        } catch (EJBAccessException refused) {
            faces.getExternalContext().responseSendError(403, refused.getMessage());
            faces.responseComplete();
        }
    }

    public void correct() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            dossier = corrections.correct(dossier.login(), new DossierCorrection(civilite, nom, nomNaissance, prenom,
                    dateNaissance, corps, grade, echelon, dateEchelon, discipline, fonction, uai, dateEntree, reason));
            history = dossiers.history(dossier.login());
            fillForm();
            PageMessages.add(faces, FacesMessage.SEVERITY_INFO, "dossier.corrige");
            PrimeFaces.current().executeScript("PF('correction').hide()");
        } catch (DossierRejectedException rejected) {
            for (Map.Entry<String, String> problem : rejected.problems().entrySet()) {
                String label = PageMessages.text(faces, "dossier.champ." + problem.getKey());
                faces.addMessage("correctionForm:" + problem.getKey(),
                        new FacesMessage(FacesMessage.SEVERITY_ERROR, label + " : " + problem.getValue(), ""));
            }
            faces.validationFailed();
        }
    }

    private void fillForm() {
        civilite = dossier.civilite();
        nom = dossier.nom();
        nomNaissance = dossier.nomNaissance();
        prenom = dossier.prenom();
        dateNaissance = dossier.dateNaissance();
        corps = dossier.corps();
        grade = dossier.grade();
        echelon = dossier.echelon();
        dateEchelon = dossier.dateEchelon();
        discipline = dossier.discipline();
        fonction = dossier.fonction();
        uai = dossier.uai();
        dateEntree = dossier.dateEntree();
        reason = null;
    }

    public boolean isMayCorrect() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole("GESTIONNAIRE_RH");
    }

    public Dossier getDossier() {
        return dossier;
    }

    public DossierHistoryView getHistory() {
        return history;
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public String getCivilite() {
        return civilite;
    }

    public void setCivilite(String civilite) {
        this.civilite = civilite;
    }

    public String getNom() {
        return nom;
    }

    public void setNom(String nom) {
        this.nom = nom;
    }

    public String getNomNaissance() {
        return nomNaissance;
    }

    public void setNomNaissance(String nomNaissance) {
        this.nomNaissance = nomNaissance;
    }

    public String getPrenom() {
        return prenom;
    }

    public void setPrenom(String prenom) {
        this.prenom = prenom;
    }

    public LocalDate getDateNaissance() {
        return dateNaissance;
    }

    public void setDateNaissance(LocalDate dateNaissance) {
        this.dateNaissance = dateNaissance;
    }

    public String getCorps() {
        return corps;
    }

    public void setCorps(String corps) {
        this.corps = corps;
    }

    public String getGrade() {
        return grade;
    }

    public void setGrade(String grade) {
        this.grade = grade;
    }

    public Integer getEchelon() {
        return echelon;
    }

    public void setEchelon(Integer echelon) {
        this.echelon = echelon;
    }

    public LocalDate getDateEchelon() {
        return dateEchelon;
    }

    public void setDateEchelon(LocalDate dateEchelon) {
        this.dateEchelon = dateEchelon;
    }

    public String getDiscipline() {
        return discipline;
    }

    public void setDiscipline(String discipline) {
        this.discipline = discipline;
    }

    public String getFonction() {
        return fonction;
    }

    public void setFonction(String fonction) {
        this.fonction = fonction;
    }

    public String getUai() {
        return uai;
    }

    public void setUai(String uai) {
        this.uai = uai;
    }

    public LocalDate getDateEntree() {
        return dateEntree;
    }

    public void setDateEntree(LocalDate dateEntree) {
        this.dateEntree = dateEntree;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
