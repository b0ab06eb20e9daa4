package fr.academie.portail.career.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One échelon (or chevron) of a {@link GradeGrid}: its indice majoré and how long it lasts, in months. */
@Embeddable
public record GridStep(
        @Column(name = "echelon", nullable = false) int echelon,
        @Column(name = "chevron", length = 4) String chevron,
        @Column(name = "indice_majore", nullable = false) int indiceMajore,
        @Column(name = "duration_months") Integer durationMonths,
        @Column(name = "accelerated_months") Integer acceleratedMonths) {
}
