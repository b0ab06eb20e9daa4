package fr.academie.portail.career.entity;

import fr.academie.portail.career.control.CorpsRule;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Reference data (Flyway): when a corps' agents may be promoted to the next grades. */
@Entity
@Table(name = "career_promotion_rule")
public class PromotionRule {

    @Id
    @Column(length = 100)
    private String corps;

    @Column(name = "hors_classe_echelon", nullable = false)
    private int horsClasseEchelon;

    @Column(name = "hors_classe_months", nullable = false)
    private int horsClasseMonths;

    @Column(name = "exceptionnelle_echelon")
    private Integer exceptionnelleEchelon;

    @Column(nullable = false, length = 500)
    private String source;

    protected PromotionRule() {
        // for JPA
    }

    public CorpsRule toRule() {
        return new CorpsRule(corps, horsClasseEchelon, horsClasseMonths, exceptionnelleEchelon);
    }

    public String getSource() {
        return source;
    }
}
