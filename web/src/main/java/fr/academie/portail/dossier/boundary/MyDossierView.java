package fr.academie.portail.dossier.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** « Mon dossier »: the signed-in agent's administrative record, their path and the changes made. */
@Named
@ViewScoped
public class MyDossierView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Dossiers dossiers;

    private Dossier dossier;
    private DossierHistoryView history;

    @PostConstruct
    void init() {
        dossier = dossiers.mine();
        history = dossiers.history(dossier.login());
    }

    public Dossier getDossier() {
        return dossier;
    }

    public DossierHistoryView getHistory() {
        return history;
    }
}
