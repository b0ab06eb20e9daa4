package fr.academie.portail.promotions.boundary;

import java.time.LocalDate;

/** A promouvable as the head of school or the inspector sees them when giving their opinion. */
public record OpinionLine(long candidateId, String name, String establishment, String discipline, String grade, int echelon,
        LocalDate echelonSince, String avis, String comment, String otherAvis, boolean cvValidated) {
}
