package fr.academie.portail.transfers.control;

import fr.academie.portail.career.control.Grade;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A participant's barème, element by element, each with the rule that gave its points. Some
 * elements count on every wish, others only on some (the spouse's département, the wishes HR
 * accepted for the handicap priority): the points of a wish add the elements that count on it.
 */
public final class Bareme {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final List<BaremeElement> elements;

    private Bareme(List<BaremeElement> elements) {
        this.elements = List.copyOf(elements);
    }

    public List<BaremeElement> elements() {
        return elements;
    }

    public BigDecimal pointsFor(int wishRank) {
        return elements.stream().filter(e -> e.appliesTo(wishRank)).map(BaremeElement::points).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The points of every wish at once (index = wish rank; index 0 unused): what a campaign run needs. */
    public double[] pointsByRank(int wishCount) {
        double[] points = new double[wishCount + 1];
        for (BaremeElement element : elements) {
            double value = element.points().doubleValue();
            if (element.wishRanks() == null) {
                for (int rank = 1; rank <= wishCount; rank++) {
                    points[rank] += value;
                }
            } else {
                for (int rank : element.wishRanks()) {
                    if (rank >= 1 && rank <= wishCount) {
                        points[rank] += value;
                    }
                }
            }
        }
        return points;
    }

    /** The same barème with the values HR set when accepting contestations, by element code. */
    public Bareme corrected(Map<String, BigDecimal> corrections) {
        return new Bareme(elements.stream()
                .map(e -> corrections.containsKey(e.code()) ? e.correctedTo(corrections.get(e.code())) : e)
                .toList());
    }

    /**
     * Computes the barème at the campaign's reference date (the date seniority is counted to).
     * The wishes are the agent's, in order.
     */
    public static Bareme compute(BaremeRules rules, Situation situation, LocalDate referenceDate, List<WishPlace> wishes) {
        List<BaremeElement> elements = new ArrayList<>();
        elements.add(echelon(rules, situation));
        elements.add(seniority(rules, situation, referenceDate));
        if (situation.spouseDepartement() != null) {
            List<Integer> near = wishes.stream().filter(w -> situation.spouseDepartement().equals(w.departement()))
                    .map(WishPlace::rank).toList();
            String where = near.isEmpty() ? " : aucun de vos vœux n'est dans ce département, 0 point"
                    : " : " + number(rules.spouse()) + " points sur les vœux situés dans ce département (" + ranks(near) + ")";
            elements.add(BaremeElement.of("RAPPROCHEMENT_CONJOINT", "Rapprochement de conjoint",
                    near.isEmpty() ? BigDecimal.ZERO : rules.spouse(),
                    "Conjoint travaillant dans le département " + situation.spouseDepartement() + where + ".", near));
            if (situation.childrenUnder18() > 0) {
                BigDecimal children = rules.perChild().multiply(BigDecimal.valueOf(situation.childrenUnder18()));
                elements.add(BaremeElement.of("ENFANTS", "Enfants de moins de 18 ans", near.isEmpty() ? BigDecimal.ZERO : children,
                        situation.childrenUnder18() + " enfant(s) de moins de 18 ans : " + number(rules.perChild()) + " × "
                                + situation.childrenUnder18() + " = " + number(children)
                                + " points, sur les mêmes vœux que le rapprochement de conjoint.", near));
            }
            if (situation.separationYears() > 0) {
                BigDecimal separation = separation(rules, situation.separationYears());
                elements.add(BaremeElement.of("SEPARATION", "Années de séparation", near.isEmpty() ? BigDecimal.ZERO : separation,
                        situation.separationYears() + " année(s) de séparation : " + number(separation)
                                + " points (" + number(rules.separationOneYear()) + ", " + number(rules.separationTwoYears()) + ", "
                                + number(rules.separationThreeYears()) + " puis " + number(rules.separationFourYears())
                                + " à partir de 4 ans), sur les mêmes vœux que le rapprochement de conjoint.", near));
            }
        } else if (situation.childrenUnder18() > 0) {
            elements.add(BaremeElement.of("ENFANTS", "Enfants de moins de 18 ans", BigDecimal.ZERO,
                    "Les points pour enfants s'ajoutent à un rapprochement de conjoint, que vous n'avez pas demandé : 0 point.", List.of()));
        }
        BaremeElement prioritaire = educationPrioritaire(rules, situation);
        if (prioritaire != null) {
            elements.add(prioritaire);
        }
        if (situation.handicap()) {
            List<Integer> accepted = wishes.stream().filter(WishPlace::handicapAccepted).map(WishPlace::rank).toList();
            List<Integer> others = wishes.stream().filter(w -> !w.handicapAccepted()).map(WishPlace::rank).toList();
            if (accepted.isEmpty() || !others.isEmpty()) {
                elements.add(BaremeElement.of("HANDICAP", "Situation de handicap", rules.handicap(),
                        "Reconnaissance de la qualité de travailleur handicapé : " + number(rules.handicap()) + " points sur "
                                + (accepted.isEmpty() ? "chaque vœu." : "les vœux " + ranks(others) + "."),
                        accepted.isEmpty() ? null : others));
            }
            if (!accepted.isEmpty()) {
                elements.add(BaremeElement.of("HANDICAP_AVIS_MEDICAL", "Priorité handicap après avis médical", rules.handicapAccepted(),
                        "Vœux retenus par l'administration après avis du médecin de prévention : " + number(rules.handicapAccepted())
                                + " points sur les vœux " + ranks(accepted) + " (au lieu de " + number(rules.handicap()) + ").",
                        accepted));
            }
        }
        return new Bareme(elements);
    }

    private static BaremeElement echelon(BaremeRules rules, Situation situation) {
        Grade grade = situation.grade();
        Integer echelon = situation.echelon();
        if (grade == null || echelon == null || echelon < 1) {
            return BaremeElement.of("ECHELON", "Échelon", BigDecimal.ZERO,
                    "Grade ou échelon absent de votre dossier : 0 point. Contestez cet élément pendant l'affichage du barème.", null);
        }
        BigDecimal steps = rules.pointsPerEchelon().multiply(BigDecimal.valueOf(echelon));
        return switch (grade) {
            case CLASSE_NORMALE -> {
                BigDecimal points = steps.max(rules.echelonMinimum());
                yield BaremeElement.of("ECHELON", "Échelon", points, "Classe normale, " + ordinal(echelon) + " échelon : "
                        + number(rules.pointsPerEchelon()) + " × " + echelon + " = " + number(steps) + ", au moins "
                        + number(rules.echelonMinimum()) + " : " + number(points) + " points.", null);
            }
            case HORS_CLASSE -> {
                BigDecimal points = rules.horsClasseBase().add(steps);
                yield BaremeElement.of("ECHELON", "Échelon", points, "Hors classe, " + ordinal(echelon) + " échelon : "
                        + number(rules.horsClasseBase()) + " + " + number(rules.pointsPerEchelon()) + " × " + echelon + " = "
                        + number(points) + " points.", null);
            }
            case CLASSE_EXCEPTIONNELLE -> {
                BigDecimal raw = rules.exceptionnelleBase().add(steps);
                BigDecimal points = raw.min(rules.exceptionnelleCap());
                yield BaremeElement.of("ECHELON", "Échelon", points, "Classe exceptionnelle, " + ordinal(echelon) + " échelon : "
                        + number(rules.exceptionnelleBase()) + " + " + number(rules.pointsPerEchelon()) + " × " + echelon + " = "
                        + number(raw) + ", au plus " + number(rules.exceptionnelleCap()) + " : " + number(points) + " points.", null);
            }
        };
    }

    private static BaremeElement seniority(BaremeRules rules, Situation situation, LocalDate referenceDate) {
        if (situation.inPostSince() == null || situation.inPostSince().isAfter(referenceDate)) {
            return BaremeElement.of("ANCIENNETE_POSTE", "Ancienneté dans le poste", BigDecimal.ZERO,
                    "Date d'arrivée dans le poste inconnue : 0 point. Contestez cet élément pendant l'affichage du barème.", null);
        }
        int years = Period.between(situation.inPostSince(), referenceDate).getYears();
        int blocks = years / 4;
        BigDecimal points = rules.seniorityPerYear().multiply(BigDecimal.valueOf(years))
                .add(rules.seniorityPerFourYears().multiply(BigDecimal.valueOf(blocks)));
        return BaremeElement.of("ANCIENNETE_POSTE", "Ancienneté dans le poste", points,
                "Dans le poste depuis le " + DAY.format(situation.inPostSince()) + ", soit " + years + " an(s) révolu(s) au "
                        + DAY.format(referenceDate) + " : " + number(rules.seniorityPerYear()) + " × " + years + " + "
                        + number(rules.seniorityPerFourYears()) + " × " + blocks + " (par tranche de 4 ans) = " + number(points) + " points.",
                null);
    }

    private static BaremeElement educationPrioritaire(BaremeRules rules, Situation situation) {
        int needed = rules.educationPrioritaireYears();
        if (situation.yearsInRepPlus() >= needed) {
            return BaremeElement.of("EDUCATION_PRIORITAIRE", "Éducation prioritaire", rules.repPlus(), situation.yearsInRepPlus()
                    + " ans d'exercice en REP+ (au moins " + needed + ") : " + number(rules.repPlus()) + " points sur chaque vœu.", null);
        }
        int total = situation.yearsInRepPlus() + situation.yearsInRep();
        if (total >= needed) {
            return BaremeElement.of("EDUCATION_PRIORITAIRE", "Éducation prioritaire", rules.rep(), total
                    + " ans d'exercice en REP ou REP+ (au moins " + needed + ") : " + number(rules.rep()) + " points sur chaque vœu.", null);
        }
        if (total > 0) {
            return BaremeElement.of("EDUCATION_PRIORITAIRE", "Éducation prioritaire", BigDecimal.ZERO, total
                    + " an(s) en éducation prioritaire : les points comptent à partir de " + needed + " ans d'exercice.", null);
        }
        return null;
    }

    private static BigDecimal separation(BaremeRules rules, int years) {
        return switch (Math.min(years, 4)) {
            case 1 -> rules.separationOneYear();
            case 2 -> rules.separationTwoYears();
            case 3 -> rules.separationThreeYears();
            default -> rules.separationFourYears();
        };
    }

    private static String ordinal(int n) {
        return n == 1 ? "1er" : n + "e";
    }

    private static String ranks(List<Integer> ranks) {
        return ranks.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    /** 150.2 as « 150,2 », 42.00 as « 42 ». */
    static String number(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
