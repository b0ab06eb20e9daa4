package fr.academie.portail.transfers.boundary;

/** One line of a simulation's results, for HR's table and exports. */
public record ParticipantRow(long participantId, String login, String name, String discipline, String from, String outcome,
        Integer wishRank, String to, java.math.BigDecimal points) {

    public String getLogin() {
        return login;
    }

    public String getName() {
        return name;
    }

    public String getDiscipline() {
        return discipline;
    }

    public String getFrom() {
        return from;
    }

    public String getOutcome() {
        return outcome;
    }

    public Integer getWishRank() {
        return wishRank;
    }

    public String getTo() {
        return to;
    }

    public java.math.BigDecimal getPoints() {
        return points;
    }
}
