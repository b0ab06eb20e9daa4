package fr.academie.portail.career.control;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Projects a career from an agent's grade, échelon and the date they reached it: every next
 * échelon at the normal pace and with the accelerations the rendez-vous de carrière may grant, the
 * dates from which the agent may be promoted to the hors classe and to the classe exceptionnelle,
 * and what a promotion to the hors classe at the first possible date would give.
 *
 * <p>Promotions take effect on 1 September; a condition counts for a year's table when it holds on
 * 31 August of that year. A promoted agent is placed at the first échelon of the new grade paid at
 * least their index, starting afresh in it (the décrets keep some seniority in a few cases: the
 * projection stays on the safe side). Adding months to 29 February lands on the 28th in common
 * years, as the administration counts a month-based duration.
 */
public final class CareerProjection {

    private CareerProjection() {
    }

    /** What the projection found. Lists are empty, dates empty, where they do not apply. */
    public record Projection(
            Grade grade,
            int echelon,
            LocalDate since,
            List<ProjectedStep> normal,
            List<ProjectedStep> accelerated,
            Eligibility horsClasse,
            List<ProjectedStep> afterHorsClassePromotion,
            Eligibility classeExceptionnelle) {

        /** The index a path pays on {@code date}; empty before its first step. */
        public static Optional<Integer> indexOn(List<ProjectedStep> path, LocalDate date) {
            Integer index = null;
            for (ProjectedStep step : path) {
                if (step.from().isAfter(date)) {
                    break;
                }
                index = step.indiceMajore();
            }
            return Optional.ofNullable(index);
        }
    }

    /**
     * When a promotion becomes possible: {@code from} is the day the condition holds (empty when it
     * already held before the projection's start, or cannot be known), {@code firstTable} the
     * 1 September of the first table the agent may appear on.
     */
    public record Eligibility(Status status, Optional<LocalDate> from, Optional<LocalDate> firstTable) {

        public enum Status { SANS_OBJET, DEJA_PROMOUVABLE, A_VENIR, INCONNUE }

        static Eligibility notApplicable() {
            return new Eligibility(Status.SANS_OBJET, Optional.empty(), Optional.empty());
        }

        static Eligibility unknown() {
            return new Eligibility(Status.INCONNUE, Optional.empty(), Optional.empty());
        }

        static Eligibility already(LocalDate today) {
            return new Eligibility(Status.DEJA_PROMOUVABLE, Optional.empty(), Optional.of(firstTableFrom(today)));
        }

        static Eligibility on(LocalDate date, LocalDate today) {
            return date.isAfter(today)
                    ? new Eligibility(Status.A_VENIR, Optional.of(date), Optional.of(firstTableFrom(date)))
                    : new Eligibility(Status.DEJA_PROMOUVABLE, Optional.of(date), Optional.of(firstTableFrom(today)));
        }
    }

    public static Projection project(CareerRules rules, String gradeLabel, Integer echelon, LocalDate since,
            LocalDate today) {
        Grade grade = Grade.ofLabel(gradeLabel)
                .orElseThrow(() -> new CannotProject("Le grade « " + gradeLabel + " » n'a pas de grille connue."));
        Grid grid = rules.grid(grade).orElseThrow(() -> new CannotProject(
                "Aucune grille de référence pour le grade « " + grade.label() + " » du corps « " + rules.corps() + " »."));
        if (echelon == null || since == null) {
            throw new CannotProject("Votre dossier n'indique pas votre échelon et sa date : la projection est impossible.");
        }
        if (grid.position(echelon).isEmpty()) {
            throw new CannotProject("L'échelon " + echelon + " n'existe pas dans la grille « " + grade.label()
                    + " » (" + grid.lastEchelon() + " échelons).");
        }
        if (since.isAfter(today)) {
            throw new CannotProject("La date d'échelon de votre dossier est dans le futur.");
        }
        int position = grid.position(echelon).orElseThrow();
        List<ProjectedStep> normal = path(grid, position, since, rules.points(), false);
        List<ProjectedStep> accelerated = path(grid, position, since, rules.points(), true);

        Eligibility horsClasse = Eligibility.notApplicable();
        List<ProjectedStep> promoted = List.of();
        Eligibility exceptionnelle = Eligibility.notApplicable();
        CorpsRule rule = rules.rule();
        if (grade == Grade.CLASSE_NORMALE) {
            horsClasse = rule == null ? Eligibility.unknown() : horsClasseEligibility(rule, normal, echelon, today);
            Optional<Grid> horsClasseGrid = rules.grid(Grade.HORS_CLASSE);
            if (horsClasse.firstTable().isPresent() && horsClasseGrid.isPresent()) {
                LocalDate promotion = horsClasse.firstTable().get();
                int index = Projection.indexOn(normal, promotion).orElseThrow();
                Step placed = horsClasseGrid.get().atLeast(index);
                promoted = path(horsClasseGrid.get(), horsClasseGrid.get().steps().indexOf(placed), promotion,
                        rules.points(), false);
                exceptionnelle = exceptionnelleEligibility(rule, promoted, today);
            } else {
                exceptionnelle = Eligibility.unknown();
            }
        } else if (grade == Grade.HORS_CLASSE) {
            exceptionnelle = rule == null ? Eligibility.unknown()
                    : rule.exceptionnelleEchelon() != null && echelon >= rule.exceptionnelleEchelon()
                            ? Eligibility.already(today)
                            : exceptionnelleEligibility(rule, normal, today);
        }
        return new Projection(grade, echelon, since, normal, accelerated, horsClasse, promoted, exceptionnelle);
    }

    private static Eligibility horsClasseEligibility(CorpsRule rule, List<ProjectedStep> normal, int echelon,
            LocalDate today) {
        if (echelon > rule.horsClasseEchelon()) {
            // Every échelon above the required one lasts longer than the required time in it.
            return Eligibility.already(today);
        }
        return normal.stream().filter(step -> step.echelon() == rule.horsClasseEchelon()).findFirst()
                .map(step -> Eligibility.on(step.from().plusMonths(rule.horsClasseMonths()), today))
                .orElse(Eligibility.unknown());
    }

    private static Eligibility exceptionnelleEligibility(CorpsRule rule, List<ProjectedStep> horsClassePath,
            LocalDate today) {
        if (rule == null || rule.exceptionnelleEchelon() == null) {
            return Eligibility.unknown();
        }
        return horsClassePath.stream().filter(step -> step.echelon() >= rule.exceptionnelleEchelon()).findFirst()
                .map(step -> Eligibility.on(step.from(), today))
                .orElse(Eligibility.unknown());
    }

    private static List<ProjectedStep> path(Grid grid, int position, LocalDate since, PointValues points,
            boolean accelerate) {
        List<ProjectedStep> steps = new ArrayList<>();
        LocalDate from = since;
        boolean early = false;
        for (Step step : grid.steps().subList(position, grid.steps().size())) {
            steps.add(new ProjectedStep(grid.grade(), step.echelon(), step.chevron(), from, step.indiceMajore(),
                    points.grossMonthly(step.indiceMajore(), from), early));
            if (step.last()) {
                break;
            }
            boolean faster = accelerate && step.acceleratedMonths() != null;
            from = from.plusMonths(faster ? step.acceleratedMonths() : step.durationMonths());
            early = early || faster;
        }
        return steps;
    }

    /**
     * The échelon held on {@code date} at the normal pace (no acceleration), from {@code echelon} held
     * since {@code since}: where a promotion table looks at its reference date. Empty off the grid or
     * without a date; the échelon itself when {@code date} is not after {@code since}.
     */
    public static Optional<ProjectedStep> atNormalPace(Grid grid, int echelon, LocalDate since, LocalDate date) {
        Optional<Integer> position = grid.position(echelon);
        if (position.isEmpty() || since == null) {
            return Optional.empty();
        }
        ProjectedStep held = null;
        LocalDate from = since;
        for (Step step : grid.steps().subList(position.get(), grid.steps().size())) {
            if (held != null && from.isAfter(date)) {
                break;
            }
            held = new ProjectedStep(grid.grade(), step.echelon(), step.chevron(), from, step.indiceMajore(), null, false);
            if (step.last()) {
                break;
            }
            from = from.plusMonths(step.durationMonths());
        }
        return Optional.of(held);
    }

    /** The 1 September of the first promotion table a condition holding on {@code date} counts for. */
    static LocalDate firstTableFrom(LocalDate date) {
        LocalDate september = LocalDate.of(date.getYear(), Month.SEPTEMBER, 1);
        return date.isBefore(september) ? september : september.plusYears(1);
    }
}
