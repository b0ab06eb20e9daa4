package fr.academie.portail.services.entity;

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
import jakarta.persistence.Version;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;

/** A service of the académie's catalogue (FileSender, Cybercarnet, Synergie...), editable by the DSI. */
@Entity
@Table(name = "collaborative_service")
@NamedQuery(name = CollaborativeService.ALL, query = "select s from CollaborativeService s order by s.position")
public class CollaborativeService {

    public static final String ALL = "CollaborativeService.all";

    @Id
    @Column(length = 30)
    private String code;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false, length = 300)
    private String summary;

    @Column(nullable = false, length = 2000)
    private String description;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(Types.VARCHAR)
    @Column(nullable = false, length = 20)
    private Audience audience;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(Types.VARCHAR)
    @Column(name = "instance_policy", nullable = false, length = 30)
    private InstancePolicy instancePolicy;

    /** For a self-service: where it is (an address, or a page of the portal starting with /). */
    @Column(name = "access_url", length = 500)
    private String accessUrl;

    @Column(nullable = false, length = 40)
    private String icon;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(Types.VARCHAR)
    @Column(nullable = false, length = 20)
    private ServiceOffer offer;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "collaborative_service_field", joinColumns = @JoinColumn(name = "service_code"))
    @OrderBy("position")
    private List<FormField> fields = new ArrayList<>();

    @Version
    private long version;

    protected CollaborativeService() {
        // for JPA
    }

    /** The DSI's edit of the catalogue entry; the code and the form's fields stay. */
    public void revise(String name, String summary, String description, Audience audience, ServiceOffer offer,
                       String accessUrl) {
        this.name = name;
        this.summary = summary;
        this.description = description;
        this.audience = audience;
        this.offer = offer;
        this.accessUrl = accessUrl;
    }

    public boolean isRequestable() {
        return offer == ServiceOffer.OFFERED && instancePolicy != InstancePolicy.SELF_SERVICE;
    }

    public String getCode() {
        return code;
    }

    public int getPosition() {
        return position;
    }

    public String getName() {
        return name;
    }

    public String getSummary() {
        return summary;
    }

    public String getDescription() {
        return description;
    }

    public Audience getAudience() {
        return audience;
    }

    public InstancePolicy getInstancePolicy() {
        return instancePolicy;
    }

    public String getAccessUrl() {
        return accessUrl;
    }

    public String getIcon() {
        return icon;
    }

    public ServiceOffer getOffer() {
        return offer;
    }

    public List<FormField> getFields() {
        return List.copyOf(fields);
    }

    public long getVersion() {
        return version;
    }
}
