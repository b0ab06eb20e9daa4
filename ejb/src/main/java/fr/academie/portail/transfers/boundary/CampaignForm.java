package fr.academie.portail.transfers.boundary;

import fr.academie.portail.transfers.control.BaremeRules;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What HR enters for a campaign; the barème values default to the national ones when left out. */
public record CampaignForm(String name, String corps, Integer maxWishes, List<String> wishTypes, Instant wishesOpenAt,
        Instant wishesCloseAt, Instant baremeFrom, Instant baremeTo, LocalDate referenceDate, BaremeRules rules) {
}
