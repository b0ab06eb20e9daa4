package fr.academie.portail.promotions.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The tableau d'avancement of one campaign: the promouvables ranked, the first N promoted, where
 * N = ratio × promouvables (décret n° 2005-1090, art. 2: a fraction is not rounded but carried over
 * to the next year's count), and the balance of women and men the tableau must state.
 *
 * <p>Hors classe: ranked by barème (appreciation + seniority), then seniority in the corps, in the
 * grade, the higher échelon, the elder. Classe exceptionnelle: no barème; two « très favorable »
 * first, then one, then « favorable »…, then seniority in the corps, in the grade, the higher
 * échelon, the longer time in it.
 */
public final class PromotionTable {

    /** One promouvable as the table sees them: their facts and what HR, the head and the inspector gave. */
    public record Entry(Promouvable promouvable, Appreciation appreciation, Avis headAvis, Avis inspectorAvis) {

        public Entry {
            Objects.requireNonNull(promouvable);
        }
    }

    /**
     * A ranked line. {@code points}: the barème (hors classe) or the opinions' weight (classe
     * exceptionnelle: 2 per « très favorable », 1 per « favorable »).
     */
    public record Line(int rank, Entry entry, int points, boolean promoted) {
    }

    /** How many are promoted this year, and the fraction carried over to the next. */
    public record Size(int promotions, BigDecimal carriedOver) {
    }

    /** The share of women among the promouvables and the promoted, in percent, and whether the gap is within the tolerance. */
    public record Balance(int women, int promouvables, int promotedWomen, int promoted, BigDecimal promouvableShare,
            BigDecimal promotedShare, BigDecimal tolerance, boolean withinTolerance) {
    }

    private final PromotionType type;
    private final List<Line> lines;
    private final Size size;
    private final Balance balance;

    private PromotionTable(PromotionType type, List<Line> lines, Size size, Balance balance) {
        this.type = type;
        this.lines = List.copyOf(lines);
        this.size = size;
        this.balance = balance;
    }

    public PromotionType type() {
        return type;
    }

    public List<Line> lines() {
        return lines;
    }

    public Size size() {
        return size;
    }

    public Balance balance() {
        return balance;
    }

    /** The points of the last one promoted (the « barre »); null when nobody is. */
    public Integer barre() {
        return lines.stream().filter(Line::promoted).reduce((a, b) -> b).map(Line::points).orElse(null);
    }

    /**
     * Builds the table.
     *
     * @param ratio promus / promouvables for the corps and year (0.23 for 23 %)
     * @param carried the fraction carried over from last year's table (0 when none)
     * @param tolerance the accepted gap, in percentage points, between the share of women among the
     *     promoted and among the promouvables
     */
    public static PromotionTable build(PromotionType type, LocalDate referenceDate, BigDecimal ratio, BigDecimal carried,
            BigDecimal tolerance, List<Entry> entries) {
        Size size = size(ratio, entries.size(), carried);
        // points computed once per promouvable, not once per comparison (a national table has 50 000)
        List<Scored> sorted = new ArrayList<>(entries.size());
        entries.forEach(e -> sorted.add(new Scored(e, points(type, e, referenceDate))));
        sorted.sort(order(type));
        List<Line> lines = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            lines.add(new Line(i + 1, sorted.get(i).entry(), sorted.get(i).points(), i < size.promotions()));
        }
        return new PromotionTable(type, lines, size, balance(lines, tolerance));
    }

    /** An entry with its points, as the ranking compares them. */
    private record Scored(Entry entry, int points) {
    }

    /** N = ratio × promouvables + last year's fraction; the whole part promoted, the fraction carried over. */
    public static Size size(BigDecimal ratio, int promouvables, BigDecimal carried) {
        if (ratio.signum() < 0 || ratio.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("Le taux de promotion doit être compris entre 0 et 100 %.");
        }
        BigDecimal computed = ratio.multiply(BigDecimal.valueOf(promouvables)).add(carried == null ? BigDecimal.ZERO : carried);
        BigDecimal whole = computed.setScale(0, RoundingMode.FLOOR);
        int promotions = Math.min(whole.intValueExact(), promouvables);
        return new Size(promotions, computed.subtract(whole).stripTrailingZeros());
    }

    /** The barème (hors classe) or the weight of the opinions (classe exceptionnelle). */
    public static int points(PromotionType type, Entry entry, LocalDate referenceDate) {
        Promouvable p = entry.promouvable();
        return switch (type) {
            case HORS_CLASSE -> HorsClasseBareme.points(entry.appreciation(), p.echelon() == null ? 0 : p.echelon(),
                    HorsClasseBareme.yearsInEchelon(p.echelonSince(), referenceDate));
            case CLASSE_EXCEPTIONNELLE -> weight(entry.headAvis()) + weight(entry.inspectorAvis());
        };
    }

    private static int weight(Avis avis) {
        if (avis == null) {
            return 0;
        }
        return switch (avis) {
            case TRES_FAVORABLE -> 2;
            case FAVORABLE -> 1;
            case DEFAVORABLE -> 0;
        };
    }

    private static int veryFavourable(Entry e) {
        return (e.headAvis() == Avis.TRES_FAVORABLE ? 1 : 0) + (e.inspectorAvis() == Avis.TRES_FAVORABLE ? 1 : 0);
    }

    private static Comparator<Scored> order(PromotionType type) {
        Comparator<LocalDate> earlierFirst = Comparator.nullsLast(Comparator.naturalOrder());
        Comparator<Scored> corps = Comparator.comparing(s -> s.entry().promouvable().corpsSince(), earlierFirst);
        Comparator<Scored> seniority = corps.thenComparing(s -> s.entry().promouvable().gradeSince(), earlierFirst)
                .thenComparing(s -> s.entry().promouvable().echelon(), Comparator.nullsLast(Comparator.<Integer>reverseOrder()));
        Comparator<Scored> byPoints = Comparator.<Scored>comparingInt(Scored::points).reversed();
        Comparator<Scored> first = switch (type) {
            case HORS_CLASSE -> byPoints.thenComparing(seniority)
                    .thenComparing(s -> s.entry().promouvable().birthDate(), earlierFirst);
            case CLASSE_EXCEPTIONNELLE -> Comparator.<Scored>comparingInt(s -> veryFavourable(s.entry())).reversed()
                    .thenComparing(byPoints)
                    .thenComparing(seniority)
                    .thenComparing(s -> s.entry().promouvable().echelonSince(), earlierFirst);
        };
        return first.thenComparingLong(s -> s.entry().promouvable().agentId());
    }

    private static Balance balance(List<Line> lines, BigDecimal tolerance) {
        int women = 0;
        int promotedWomen = 0;
        int promoted = 0;
        for (Line line : lines) {
            boolean woman = line.entry().promouvable().sex() == Sex.FEMME;
            women += woman ? 1 : 0;
            if (line.promoted()) {
                promoted++;
                promotedWomen += woman ? 1 : 0;
            }
        }
        BigDecimal promouvableShare = share(women, lines.size());
        BigDecimal promotedShare = share(promotedWomen, promoted);
        boolean within = promoted == 0 || promotedShare.subtract(promouvableShare).abs().compareTo(tolerance) <= 0;
        return new Balance(women, lines.size(), promotedWomen, promoted, promouvableShare, promotedShare, tolerance, within);
    }

    private static BigDecimal share(int part, int whole) {
        return whole == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    /**
     * What blocks validating the table, in French: hors classe appreciations missing (HR gives them)
     * or beyond the quotas (at most 10 % « Excellent » and 45 % « Très satisfaisant » of the
     * promouvables, counted down).
     */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (type != PromotionType.HORS_CLASSE) {
            return problems;
        }
        int n = lines.size();
        long missing = lines.stream().filter(l -> l.entry().appreciation() == null).count();
        if (missing > 0) {
            problems.add(missing + " promouvable(s) sans appréciation du recteur.");
        }
        for (Map.Entry<Appreciation, Integer> quota : Map.of(Appreciation.EXCELLENT, 10, Appreciation.TRES_SATISFAISANT, 45).entrySet()) {
            long given = lines.stream().filter(l -> l.entry().appreciation() == quota.getKey()).count();
            int allowed = n * quota.getValue() / 100;
            if (given > allowed) {
                problems.add("Appréciation « " + quota.getKey().label() + " » : " + given + " données pour " + n
                        + " promouvables, au plus " + allowed + " (" + quota.getValue() + " %).");
            }
        }
        problems.sort(Comparator.naturalOrder());
        return problems;
    }

    /**
     * What HR should know before validating, without blocking it: classe exceptionnelle opinions not
     * given (the promouvable is ranked as if that opinion were « défavorable »).
     */
    public List<String> warnings() {
        List<String> warnings = new ArrayList<>();
        if (type != PromotionType.CLASSE_EXCEPTIONNELLE) {
            return warnings;
        }
        long heads = lines.stream().filter(l -> l.entry().headAvis() == null).count();
        long inspectors = lines.stream().filter(l -> l.entry().inspectorAvis() == null).count();
        if (heads > 0) {
            warnings.add(heads + " promouvable(s) sans l'avis du chef d'établissement (classés comme sans avis favorable).");
        }
        if (inspectors > 0) {
            warnings.add(inspectors + " promouvable(s) sans l'avis de l'inspecteur (classés comme sans avis favorable).");
        }
        return warnings;
    }
}
