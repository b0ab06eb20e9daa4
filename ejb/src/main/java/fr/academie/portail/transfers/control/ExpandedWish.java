package fr.academie.portail.transfers.control;

/** One establishment a wish stands for, in the order the assignment considers them. */
public record ExpandedWish(int wishRank, String uai) {
}
