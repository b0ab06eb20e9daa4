package fr.academie.portail.transfers.control;

/** The life of a mutation campaign, in order. */
public enum CampaignPhase {
    DRAFT("En préparation"),
    OPEN("Saisie des vœux"),
    CLOSED("Saisie close"),
    BAREME_DISPLAY("Affichage du barème"),
    BAREME_FINAL("Barème définitif"),
    SIMULATED("Simulations"),
    PUBLISHED("Résultats publiés");

    private final String label;

    CampaignPhase(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean atLeast(CampaignPhase other) {
        return ordinal() >= other.ordinal();
    }
}
