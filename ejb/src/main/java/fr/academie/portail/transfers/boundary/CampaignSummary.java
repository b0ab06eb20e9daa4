package fr.academie.portail.transfers.boundary;

import fr.academie.portail.transfers.control.WishType;
import fr.academie.portail.transfers.entity.TransferCampaign;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A campaign as lists and headers show it. */
public record CampaignSummary(long id, String name, String kind, String phase, String phaseLabel, String corps, int maxWishes,
        List<String> wishTypes, Instant wishesOpenAt, Instant wishesCloseAt, Instant baremeFrom, Instant baremeTo,
        LocalDate referenceDate, Long publishedSimulationId, long version) {

    static CampaignSummary of(TransferCampaign c) {
        var schedule = c.schedule();
        return new CampaignSummary(c.getId(), c.getName(), c.getKind().name(), c.getPhase().name(), c.getPhase().label(), c.getCorps(),
                c.getMaxWishes(), c.wishTypes().stream().map(WishType::name).toList(), schedule.wishesOpenAt(), schedule.wishesCloseAt(),
                schedule.baremeDisplayFrom(), schedule.baremeDisplayTo(), schedule.referenceDate(), c.getPublishedSimulationId(),
                c.getVersion());
    }
}
