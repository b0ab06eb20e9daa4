package fr.academie.portail.career.control;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Everything a projection reads of one corps: its grids by grade and its promotion rule. */
public record CareerRules(String corps, Map<Grade, Grid> grids, CorpsRule rule, PointValues points) {

    public CareerRules {
        grids = grids.isEmpty() ? Map.of() : new EnumMap<>(grids);
    }

    public static CareerRules of(String corps, List<Grid> grids, CorpsRule rule, PointValues points) {
        Map<Grade, Grid> byGrade = new EnumMap<>(Grade.class);
        grids.forEach(grid -> byGrade.put(grid.grade(), grid));
        return new CareerRules(corps, byGrade, rule, points);
    }

    public Optional<Grid> grid(Grade grade) {
        return Optional.ofNullable(grids.get(grade));
    }
}
