package fr.academie.portail.career.entity;

import fr.academie.portail.career.control.Grade;
import fr.academie.portail.career.control.Grid;
import fr.academie.portail.career.control.Step;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Reference data (Flyway): the échelons of one grade of one corps from a date on. */
@Entity
@Table(name = "career_grid")
@NamedQuery(name = GradeGrid.OF_CORPS, query = """
        select distinct g from GradeGrid g left join fetch g.steps
        where lower(g.corps) = lower(:corps) and g.effectiveFrom <= :date
        order by g.effectiveFrom desc""")
public class GradeGrid {

    public static final String OF_CORPS = "GradeGrid.ofCorps";

    @Id
    private Long id;

    @Column(nullable = false, length = 100)
    private String corps;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Grade grade;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(nullable = false, length = 500)
    private String source;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "career_grid_step", joinColumns = @JoinColumn(name = "grid_id"))
    @OrderBy("echelon, chevron")
    private List<GridStep> steps = new ArrayList<>();

    protected GradeGrid() {
        // for JPA
    }

    public Grid toGrid() {
        return new Grid(corps, grade, effectiveFrom, steps.stream()
                .map(s -> new Step(s.echelon(), s.chevron(), s.indiceMajore(), s.durationMonths(), s.acceleratedMonths()))
                .toList());
    }

    public Grade getGrade() {
        return grade;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public String getSource() {
        return source;
    }
}
