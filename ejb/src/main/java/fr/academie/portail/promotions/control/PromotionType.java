package fr.academie.portail.promotions.control;

import fr.academie.portail.career.control.Grade;

/** The two promotions of a teaching corps' tableau d'avancement, each from one grade to the next. */
public enum PromotionType {
    HORS_CLASSE("Hors classe", Grade.CLASSE_NORMALE, Grade.HORS_CLASSE),
    CLASSE_EXCEPTIONNELLE("Classe exceptionnelle", Grade.HORS_CLASSE, Grade.CLASSE_EXCEPTIONNELLE);

    private final String label;
    private final Grade from;
    private final Grade to;

    PromotionType(String label, Grade from, Grade to) {
        this.label = label;
        this.from = from;
        this.to = to;
    }

    public String label() {
        return label;
    }

    /** The grade the promouvables hold. */
    public Grade from() {
        return from;
    }

    /** The grade the promoted get. */
    public Grade to() {
        return to;
    }
}
