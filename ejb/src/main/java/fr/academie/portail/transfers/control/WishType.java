package fr.academie.portail.transfers.control;

/**
 * The kinds of wish of an intra-académique campaign. A group stands for every establishment in it
 * that offers a post in the agent's discipline, taken in the alphabetical order of their names.
 */
public enum WishType {
    ETAB("Établissement"),
    COM("Commune"),
    GEO("Groupement géographique"),
    DPT("Département"),
    ACA("Tout poste de l'académie");

    private final String label;

    WishType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
