package fr.academie.portail.transfers.boundary;

/** A post offered by a campaign, for HR's table. */
public record PostLine(long id, String uai, String establishment, String commune, String discipline, int vacancies) {
}
