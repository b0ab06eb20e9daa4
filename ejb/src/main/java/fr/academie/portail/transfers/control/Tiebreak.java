package fr.academie.portail.transfers.control;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The order that settles equal points, as HR documents it: family situation first (a spouse's
 * rapprochement asked, then more children under 18), then age (the elder first), then the
 * participant's number so that the order is total.
 */
public final class Tiebreak {

    /** What the order looks at for one participant. */
    public record Facts(long participantId, boolean spouse, int children, LocalDate birthDate) {
    }

    private static final Comparator<Facts> ORDER = Comparator.comparing(Facts::spouse).reversed()
            .thenComparing(Comparator.comparingInt(Facts::children).reversed())
            .thenComparing(Facts::birthDate, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingLong(Facts::participantId);

    private Tiebreak() {
    }

    /** Each participant's tie-break: 0 for the first in the order, then 1, 2… */
    public static Map<Long, Integer> ranks(List<Facts> participants) {
        List<Facts> sorted = participants.stream().sorted(ORDER).toList();
        Map<Long, Integer> ranks = new HashMap<>(sorted.size() * 2);
        for (int i = 0; i < sorted.size(); i++) {
            ranks.put(sorted.get(i).participantId(), i);
        }
        return ranks;
    }
}
