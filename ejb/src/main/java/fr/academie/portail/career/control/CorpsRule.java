package fr.academie.portail.career.control;

/**
 * When a corps' agents may be promoted: to the hors classe after {@code horsClasseMonths} in échelon
 * {@code horsClasseEchelon} of the classe normale; to the classe exceptionnelle once they reach
 * échelon {@code exceptionnelleEchelon} of the hors classe (null where the rule is unknown to us).
 */
public record CorpsRule(String corps, int horsClasseEchelon, int horsClasseMonths, Integer exceptionnelleEchelon) {
}
