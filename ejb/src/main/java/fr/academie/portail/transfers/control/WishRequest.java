package fr.academie.portail.transfers.control;

/** A wish as the agent enters it: its type and the code of the place (UAI, commune, group, département). */
public record WishRequest(WishType type, String code) {
}
