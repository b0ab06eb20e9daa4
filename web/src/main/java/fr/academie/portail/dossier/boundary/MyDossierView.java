package fr.academie.portail.dossier.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** « Mon dossier »: the signed-in agent's administrative record, read only. */
@Named
@ViewScoped
public class MyDossierView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    Dossiers dossiers;

    private Dossier dossier;

    @PostConstruct
    void init() {
        dossier = dossiers.mine();
    }

    public String date(LocalDate date) {
        return date == null ? "" : FRENCH_DATE.format(date);
    }

    public Dossier getDossier() {
        return dossier;
    }
}
