package fr.academie.portail.career.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Reference data (Flyway): the monthly gross value of the point d'indice from a date on. */
@Entity
@Table(name = "career_point_value")
@NamedQuery(name = PointValue.ALL, query = "select p from PointValue p order by p.effectiveFrom")
public class PointValue {

    public static final String ALL = "PointValue.all";

    @Id
    @Column(name = "effective_from")
    private LocalDate effectiveFrom;

    @Column(name = "monthly_value", nullable = false, precision = 10, scale = 5)
    private BigDecimal monthlyValue;

    @Column(nullable = false, length = 500)
    private String source;

    protected PointValue() {
        // for JPA
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public BigDecimal getMonthlyValue() {
        return monthlyValue;
    }

    public String getSource() {
        return source;
    }
}
