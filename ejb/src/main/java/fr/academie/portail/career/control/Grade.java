package fr.academie.portail.career.control;

import java.util.Optional;

/** The grades of the teaching and education corps since PPCR, in the order of a career. */
public enum Grade {
    CLASSE_NORMALE("Classe normale"),
    HORS_CLASSE("Hors classe"),
    CLASSE_EXCEPTIONNELLE("Classe exceptionnelle");

    private final String label;

    Grade(String label) {
        this.label = label;
    }

    /** The grade's name as the HR extract writes it. */
    public String label() {
        return label;
    }

    /** The grade an HR label stands for; empty when the label is none of ours. */
    public static Optional<Grade> ofLabel(String label) {
        if (label == null) {
            return Optional.empty();
        }
        String wanted = label.strip();
        for (Grade grade : values()) {
            if (grade.label.equalsIgnoreCase(wanted)) {
                return Optional.of(grade);
            }
        }
        return Optional.empty();
    }
}
