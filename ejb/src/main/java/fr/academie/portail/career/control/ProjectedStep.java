package fr.academie.portail.career.control;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An échelon (or chevron) of a projected career: held from {@code from}, paid {@code indiceMajore}, worth
 * {@code grossMonthly} euros a month at the point's value of that date. {@code broughtForward}
 * marks a step reached early thanks to a rendez-vous de carrière.
 */
public record ProjectedStep(Grade grade, int echelon, String chevron, LocalDate from, int indiceMajore, BigDecimal grossMonthly,
        boolean broughtForward) {
}
