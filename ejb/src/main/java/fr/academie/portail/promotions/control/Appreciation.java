package fr.academie.portail.promotions.control;

/**
 * The recteur's appreciation of a hors classe promouvable, and its points in the barème (note de
 * service and lignes directrices de gestion ministérielles of 27 November 2023, BO spécial n° 3).
 */
public enum Appreciation {
    EXCELLENT("Excellent", 145),
    TRES_SATISFAISANT("Très satisfaisant", 125),
    SATISFAISANT("Satisfaisant", 105),
    A_CONSOLIDER("À consolider", 95);

    private final String label;
    private final int points;

    Appreciation(String label, int points) {
        this.label = label;
        this.points = points;
    }

    public String label() {
        return label;
    }

    public int points() {
        return points;
    }
}
