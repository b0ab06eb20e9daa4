package fr.academie.portail.dossier.entity;

import fr.academie.portail.establishments.entity.Establishment;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.AuditTable;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;
import java.util.Objects;

/**
 * A member of staff and their administrative dossier. The person's key is the keyed hash of
 * their NUMEN; the NUMEN itself is never stored, only its last three characters for display.
 * Every change of the dossier is kept (Hibernate Envers): each version with the revision that
 * made it, who and why ({@link DossierRevision}).
 */
@Entity
@Table(name = "agent")
@Audited
@AuditTable("agent_historique")
@NamedQuery(name = Agent.BY_IDS, query = "select a from Agent a where a.id in :ids")
public class Agent {

    public static final String BY_IDS = "Agent.byIds";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agent_seq")
    @SequenceGenerator(name = "agent_seq", sequenceName = "agent_seq", allocationSize = 1000)
    private Long id;

    @NotAudited
    @Column(name = "numen_hash", nullable = false, unique = true, updatable = false, length = 64)
    private String numenHash;

    @NotAudited
    @Column(name = "numen_suffix", nullable = false, length = 3)
    private String numenSuffix;

    @Embedded
    private AdministrativeData data;

    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "establishment_id", nullable = false)
    private Establishment establishment;

    /** {@link AdministrativeData#fingerprint} of the data and establishment: kept with every change. */
    @NotAudited
    @Column(name = "fingerprint")
    private Long fingerprint;

    @Version
    private long version;

    protected Agent() {
        // for JPA
    }

    public Agent(String numenHash, String numenSuffix, AdministrativeData data, Establishment establishment) {
        this.numenHash = numenHash;
        this.numenSuffix = numenSuffix;
        this.data = data;
        this.establishment = establishment;
        this.fingerprint = data.fingerprint(establishment.getId());
    }

    /** Whether the extract's view of the person differs from the dossier. */
    public boolean differsFrom(AdministrativeData incoming, Establishment incomingEstablishment) {
        return !Objects.equals(data, incoming)
                || !Objects.equals(establishment.getUai(), incomingEstablishment.getUai());
    }

    /** Takes the extract's view of the person, or the corrected one an HR manager entered. */
    public void takeOver(AdministrativeData incoming, Establishment incomingEstablishment) {
        this.data = incoming;
        this.establishment = incomingEstablishment;
        this.fingerprint = incoming.fingerprint(incomingEstablishment.getId());
    }

    public Long getId() {
        return id;
    }

    public String getNumenHash() {
        return numenHash;
    }

    public String getNumenSuffix() {
        return numenSuffix;
    }

    public AdministrativeData getData() {
        return data;
    }

    public Establishment getEstablishment() {
        return establishment;
    }
}
