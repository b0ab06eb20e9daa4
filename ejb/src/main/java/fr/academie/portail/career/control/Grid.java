package fr.academie.portail.career.control;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The échelons of one grade of one corps, as a text fixed them from a date on, in the order an
 * agent goes through them (the chevrons of a hors-échelle échelon one after the other).
 */
public record Grid(String corps, Grade grade, LocalDate effectiveFrom, List<Step> steps) {

    public Grid {
        steps = List.copyOf(steps);
        if (steps.isEmpty() || steps.get(0).echelon() != 1) {
            throw new IllegalArgumentException(corps + " " + grade + " : la grille commence au 1er échelon");
        }
        for (int i = 1; i < steps.size(); i++) {
            Step previous = steps.get(i - 1);
            Step step = steps.get(i);
            boolean nextEchelon = step.echelon() == previous.echelon() + 1;
            boolean nextChevron = step.echelon() == previous.echelon() && step.chevron() != null && previous.chevron() != null;
            if (!nextEchelon && !nextChevron) {
                throw new IllegalArgumentException(corps + " " + grade + " : échelons non consécutifs");
            }
        }
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).last() != (i == steps.size() - 1)) {
                throw new IllegalArgumentException(corps + " " + grade + " : seul le dernier échelon est sans durée");
            }
        }
    }

    /** Where an agent at {@code echelon} stands in the steps (its first chevron); empty off the grid. */
    public Optional<Integer> position(int echelon) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).echelon() == echelon) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    public int lastEchelon() {
        return steps.get(steps.size() - 1).echelon();
    }

    /** Reclassement on promotion: the first step paid at least {@code indice}, else the last one. */
    public Step atLeast(int indice) {
        return steps.stream().filter(s -> s.indiceMajore() >= indice).findFirst().orElse(steps.get(steps.size() - 1));
    }
}
