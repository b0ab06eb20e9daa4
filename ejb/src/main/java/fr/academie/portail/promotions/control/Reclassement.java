package fr.academie.portail.promotions.control;

import fr.academie.portail.career.control.Grid;
import fr.academie.portail.career.control.Step;
import java.time.LocalDate;

/**
 * Where a promoted agent lands in the new grade: at the échelon paid the same or, failing that,
 * the next higher index. They keep the seniority they had in their échelon when the promotion raises
 * their pay less than their next échelon would have; when that seniority reaches the new échelon's
 * length, they go up one more échelon and keep none. Otherwise they start the new échelon on the
 * promotion's date. (The certifiés' 10th échelon with 2.5 years goes to the hors classe's 4th.)
 */
public final class Reclassement {

    /** The new échelon, its index, and the date seniority in it counts from. */
    public record Placement(int echelon, int indiceMajore, LocalDate echelonSince) {
    }

    private Reclassement() {
    }

    public static Placement of(Grid from, Grid to, int echelon, LocalDate echelonSince, LocalDate effect) {
        int position = from.position(echelon).orElseThrow(() -> new IllegalArgumentException(
                "Échelon " + echelon + " absent de la grille " + from.corps() + " " + from.grade().name()));
        Step current = from.steps().get(position);
        Step target = to.atLeast(current.indiceMajore());
        int gain = target.indiceMajore() - current.indiceMajore();
        int nextStepGain = position + 1 < from.steps().size()
                ? from.steps().get(position + 1).indiceMajore() - current.indiceMajore()
                : position > 0 ? current.indiceMajore() - from.steps().get(position - 1).indiceMajore() : 0;
        LocalDate since = effect;
        if (gain < nextStepGain && echelonSince != null && echelonSince.isBefore(effect)) {
            since = echelonSince;
            if (target.durationMonths() != null && !since.plusMonths(target.durationMonths()).isAfter(effect)) {
                int next = to.steps().indexOf(target) + 1;
                target = to.steps().get(Math.min(next, to.steps().size() - 1));
                since = effect;
            }
        }
        return new Placement(target.echelon(), target.indiceMajore(), since);
    }
}
