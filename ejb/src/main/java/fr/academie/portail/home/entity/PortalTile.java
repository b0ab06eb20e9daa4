package fr.academie.portail.home.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.sql.Types;
import org.hibernate.annotations.JdbcTypeCode;

/**
 * A tile of the home page: a page of the portal ({@code /annuaire/recherche}) or another
 * application's address, and the rules (roles, functions, disciplines) of whom it is for.
 */
@Entity
@Table(name = "portal_tile")
@NamedQuery(name = PortalTile.ALL, query = "select t from PortalTile t order by t.position, t.id")
public class PortalTile {

    public static final String ALL = "PortalTile.all";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portal_tile_seq")
    @SequenceGenerator(name = "portal_tile_seq", sequenceName = "portal_tile_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 80)
    private String title;

    @Column(nullable = false, length = 300)
    private String description;

    @Column(nullable = false, length = 40)
    private String icon;

    @Column(nullable = false, length = 500)
    private String target;

    @Column(length = 200)
    private String roles;

    @Column(length = 500)
    private String functions;

    @Column(length = 500)
    private String disciplines;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(Types.VARCHAR)
    @Column(nullable = false, length = 20)
    private TileDisplay display;

    @Version
    private long version;

    protected PortalTile() {
        // for JPA
    }

    public PortalTile(int position) {
        this.position = position;
        this.display = TileDisplay.SHOWN;
    }

    public void revise(int position, String title, String description, String icon, String target, String roles,
                       String functions, String disciplines, TileDisplay display) {
        this.position = position;
        this.title = title;
        this.description = description;
        this.icon = icon;
        this.target = target;
        this.roles = roles;
        this.functions = functions;
        this.disciplines = disciplines;
        this.display = display;
    }

    /** A page of the portal, rather than another application. */
    public boolean isPortalPage() {
        return target.startsWith("/");
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getIcon() {
        return icon;
    }

    public String getTarget() {
        return target;
    }

    public String getRoles() {
        return roles;
    }

    public String getFunctions() {
        return functions;
    }

    public String getDisciplines() {
        return disciplines;
    }

    public TileDisplay getDisplay() {
        return display;
    }
}
