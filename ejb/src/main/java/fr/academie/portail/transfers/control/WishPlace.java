package fr.academie.portail.transfers.control;

/**
 * Where a wish lies, as far as the barème cares: its département, and whether HR accepted it for the
 * handicap priority after the medical advice.
 */
public record WishPlace(int rank, String departement, boolean handicapAccepted) {
}
