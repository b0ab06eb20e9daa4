package fr.academie.portail.establishments.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A school or an administrative site, known by its UAI (7 digits and a letter). */
@Entity
@Table(name = "establishment")
@NamedQuery(name = Establishment.BY_UAIS, query = "select e from Establishment e where e.uai in :uais")
public class Establishment {

    public static final String BY_UAIS = "Establishment.byUais";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "establishment_seq")
    @SequenceGenerator(name = "establishment_seq", sequenceName = "establishment_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, unique = true, length = 8)
    private String uai;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 60)
    private String kind;

    @Column(nullable = false, length = 100)
    private String commune;

    /** The geographic group (« groupement ») a mutation's group wish may name; may be unset. */
    @Column(length = 100)
    private String zone;

    protected Establishment() {
        // for JPA
    }

    public Establishment(String uai, String name, String kind, String commune) {
        this(uai, name, kind, commune, null);
    }

    public Establishment(String uai, String name, String kind, String commune, String zone) {
        this.uai = uai;
        this.name = name;
        this.kind = kind;
        this.commune = commune;
        this.zone = zone;
    }

    public Long getId() {
        return id;
    }

    public String getUai() {
        return uai;
    }

    public String getName() {
        return name;
    }

    public String getKind() {
        return kind;
    }

    public String getCommune() {
        return commune;
    }

    public String getZone() {
        return zone;
    }
}
