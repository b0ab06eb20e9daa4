package fr.academie.portail.promotions.control;

/** The opinion a head of school or an inspector gives on a classe exceptionnelle promouvable. */
public enum Avis {
    TRES_FAVORABLE("Très favorable"),
    FAVORABLE("Favorable"),
    DEFAVORABLE("Défavorable");

    private final String label;

    Avis(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
