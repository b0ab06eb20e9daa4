package fr.academie.portail.dossier.boundary;

import fr.academie.portail.accounts.entity.AccountStatus;
import java.io.Serializable;

/** One member of staff in the HR and heads' lists. */
public record StaffRow(String login, String nom, String prenom, String corps, String grade, Integer echelon,
        String discipline, String etablissement, String uai, String commune, boolean actif) implements Serializable {

    /** For JPQL's constructor expression. */
    public StaffRow(String login, String nom, String prenom, String corps, String grade, Integer echelon,
            String discipline, String etablissement, String uai, String commune, AccountStatus status) {
        this(login, nom, prenom, corps, grade, echelon, discipline, etablissement, uai, commune,
                status == AccountStatus.ACTIVE);
    }

    // JavaBean names for Faces (Jakarta EL 5 reads properties through getters, not record accessors):
    // the data table's sorting and exporting go by column field names.

    public String getLogin() {
        return login;
    }

    public String getNom() {
        return nom;
    }

    public String getPrenom() {
        return prenom;
    }

    public String getCorps() {
        return corps;
    }

    public String getGrade() {
        return grade;
    }

    public Integer getEchelon() {
        return echelon;
    }

    public String getDiscipline() {
        return discipline;
    }

    public String getEtablissement() {
        return etablissement;
    }

    public String getUai() {
        return uai;
    }

    public String getCommune() {
        return commune;
    }

    public boolean isActif() {
        return actif;
    }
}
