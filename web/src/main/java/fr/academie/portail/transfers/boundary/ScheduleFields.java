package fr.academie.portail.transfers.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** A campaign's windows as HR's forms edit them: Paris time in the fields, instants for the services. */
public class ScheduleFields implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private LocalDateTime wishesOpenAt;
    private LocalDateTime wishesCloseAt;
    private LocalDateTime baremeFrom;
    private LocalDateTime baremeTo;
    private LocalDate referenceDate;

    /** The usual calendar of an intra-académique movement in the given year. */
    static ScheduleFields usual(int year) {
        ScheduleFields fields = new ScheduleFields();
        fields.wishesOpenAt = LocalDateTime.of(year, 3, 17, 12, 0);
        fields.wishesCloseAt = LocalDateTime.of(year, 4, 7, 12, 0);
        fields.baremeFrom = LocalDateTime.of(year, 5, 12, 12, 0);
        fields.baremeTo = LocalDateTime.of(year, 5, 26, 12, 0);
        fields.referenceDate = LocalDate.of(year, 8, 31);
        return fields;
    }

    static ScheduleFields of(CampaignSummary campaign) {
        ScheduleFields fields = new ScheduleFields();
        fields.wishesOpenAt = local(campaign.wishesOpenAt());
        fields.wishesCloseAt = local(campaign.wishesCloseAt());
        fields.baremeFrom = local(campaign.baremeFrom());
        fields.baremeTo = local(campaign.baremeTo());
        fields.referenceDate = campaign.referenceDate();
        return fields;
    }

    static int nextYear() {
        return LocalDate.now(PARIS).getYear() + 1;
    }

    Instant opensAt() {
        return instant(wishesOpenAt);
    }

    Instant closesAt() {
        return instant(wishesCloseAt);
    }

    Instant baremeShownFrom() {
        return instant(baremeFrom);
    }

    Instant baremeShownTo() {
        return instant(baremeTo);
    }

    private static Instant instant(LocalDateTime time) {
        return time == null ? null : time.atZone(PARIS).toInstant();
    }

    private static LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, PARIS);
    }

    public LocalDateTime getWishesOpenAt() {
        return wishesOpenAt;
    }

    public void setWishesOpenAt(LocalDateTime wishesOpenAt) {
        this.wishesOpenAt = wishesOpenAt;
    }

    public LocalDateTime getWishesCloseAt() {
        return wishesCloseAt;
    }

    public void setWishesCloseAt(LocalDateTime wishesCloseAt) {
        this.wishesCloseAt = wishesCloseAt;
    }

    public LocalDateTime getBaremeFrom() {
        return baremeFrom;
    }

    public void setBaremeFrom(LocalDateTime baremeFrom) {
        this.baremeFrom = baremeFrom;
    }

    public LocalDateTime getBaremeTo() {
        return baremeTo;
    }

    public void setBaremeTo(LocalDateTime baremeTo) {
        this.baremeTo = baremeTo;
    }

    public LocalDate getReferenceDate() {
        return referenceDate;
    }

    public void setReferenceDate(LocalDate referenceDate) {
        this.referenceDate = referenceDate;
    }
}
