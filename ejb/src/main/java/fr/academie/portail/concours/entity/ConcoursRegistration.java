package fr.academie.portail.concours.entity;

import fr.academie.portail.dossier.entity.Agent;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import java.time.Instant;

/** An agent's registration for a session: the section and option chosen, and whether it stands or was withdrawn. */
@Entity
@Table(name = "concours_registration")
@NamedQuery(name = ConcoursRegistration.OF_AGENT,
        query = "select r from ConcoursRegistration r where r.session.id = :session and r.agent.id = :agent")
@NamedQuery(name = ConcoursRegistration.OF_SESSION,
        query = "select r from ConcoursRegistration r join fetch r.agent join fetch r.section where r.session.id = :session order by r.id")
public class ConcoursRegistration {

    public static final String OF_AGENT = "ConcoursRegistration.ofAgent";
    public static final String OF_SESSION = "ConcoursRegistration.ofSession";

    /** Registered (and still may change or withdraw until the window closes), or withdrawn. */
    public enum Status { INSCRIT, RETIRE }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "concours_seq")
    @SequenceGenerator(name = "concours_seq", sequenceName = "concours_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id", nullable = false)
    private ConcoursSession session;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agent_id", nullable = false)
    private Agent agent;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "section_id", nullable = false)
    private ConcoursSection section;

    @Column(name = "option_label", length = 200)
    private String option;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Version
    private long version;

    protected ConcoursRegistration() {
        // for JPA
    }

    public ConcoursRegistration(ConcoursSession session, Agent agent, ConcoursSection section, String option, Instant now) {
        this.session = session;
        this.agent = agent;
        this.registeredAt = now;
        choose(section, option, now);
    }

    /** A new choice (or a registration again after a withdrawal). */
    public void choose(ConcoursSection chosen, String chosenOption, Instant now) {
        if (status == Status.RETIRE) {
            this.registeredAt = now; // a new registration after a withdrawal
        }
        this.section = chosen;
        this.option = chosenOption;
        this.status = Status.INSCRIT;
        this.withdrawnAt = null;
        this.updatedAt = now;
    }

    public void withdraw(Instant now) {
        this.status = Status.RETIRE;
        this.withdrawnAt = now;
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public ConcoursSession getSession() {
        return session;
    }

    public Agent getAgent() {
        return agent;
    }

    public ConcoursSection getSection() {
        return section;
    }

    public String getOption() {
        return option;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public long getVersion() {
        return version;
    }
}
