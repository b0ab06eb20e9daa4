package fr.academie.portail.career.control;

/**
 * One échelon of a grid, or one chevron of an échelon paid « hors échelle » (HEA1, HEA2…).
 *
 * @param chevron the chevron's name within a hors-échelle échelon; null for a plain échelon
 * @param durationMonths how long an agent stays in it at the normal pace; null for the last step
 * @param acceleratedMonths the shorter stay a rendez-vous de carrière may grant; null where none applies
 */
public record Step(int echelon, String chevron, int indiceMajore, Integer durationMonths, Integer acceleratedMonths) {

    public Step {
        if (echelon < 1 || indiceMajore < 1) {
            throw new IllegalArgumentException("Échelon " + echelon + " : indice " + indiceMajore + " impossible");
        }
        if (acceleratedMonths != null && (durationMonths == null || acceleratedMonths >= durationMonths)) {
            throw new IllegalArgumentException("Échelon " + echelon + " : accélération plus longue que la durée");
        }
    }

    public Step(int echelon, int indiceMajore, Integer durationMonths, Integer acceleratedMonths) {
        this(echelon, null, indiceMajore, durationMonths, acceleratedMonths);
    }

    public boolean last() {
        return durationMonths == null;
    }
}
