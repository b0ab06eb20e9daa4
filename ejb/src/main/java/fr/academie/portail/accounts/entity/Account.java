package fr.academie.portail.accounts.entity;

import fr.academie.portail.dossier.entity.Agent;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import java.sql.Types;

/**
 * The « compte utilisateur »: a login made by program, unique and never modified, tied to a
 * password. Until its owner chooses a password, the NUMEN is the only way in, and it leads
 * straight to the forced password change.
 */
@Entity
@Table(name = "account")
@NamedQuery(name = Account.BY_LOGIN,
        query = "select a from Account a join fetch a.agent left join fetch a.roles where a.login = :login")
@NamedQuery(name = Account.ALL_LOGINS, query = "select a.login from Account a")
@NamedQuery(name = Account.KNOWN_BY_NUMEN_HASHES,
        query = "select g.numenHash, g.id, g.data, g.establishment.id, a.id, a.login, a.status"
                + " from Account a join a.agent g where g.numenHash in :hashes")
@NamedQuery(name = Account.DISABLE_IDS, query = "update Account a set a.status = :status, a.version = a.version + 1"
        + " where a.id in :ids and a.status <> :status")
public class Account {

    public static final String BY_LOGIN = "Account.byLogin";
    public static final String ALL_LOGINS = "Account.allLogins";
    /**
     * A provisioning chunk's known people, as values (numen hash, agent, dossier data, establishment,
     * account). No join to the establishments: with one, MariaDB reads every agent of each establishment.
     */
    public static final String KNOWN_BY_NUMEN_HASHES = "Account.knownByNumenHashes";
    public static final String DISABLE_IDS = "Account.disableIds";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 1000)
    private Long id;

    @Column(nullable = false, unique = true, updatable = false, length = 40)
    private String login;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agent_id", nullable = false, unique = true, updatable = false)
    private Agent agent;

    /** Jakarta Security PBKDF2 hash, its parameters kept with it; null until the first change. */
    @Column(name = "password_hash")
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(Types.VARCHAR)
    @Column(nullable = false, length = 20)
    private AccountStatus status = AccountStatus.ACTIVE;

    /** Loaded with the account at sign-in; the nightly import, which never needs them, never loads them. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(Types.VARCHAR)
    @Column(name = "role", nullable = false, length = 30)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @JdbcTypeCode(Types.TIMESTAMP) // a plain TIMESTAMP (DATETIME on MariaDB), in UTC
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @JdbcTypeCode(Types.TIMESTAMP) // a plain TIMESTAMP (DATETIME on MariaDB), in UTC
    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;

    @Version
    private long version;

    protected Account() {
        // for JPA
    }

    public Account(String login, Agent agent, Instant createdAt) {
        this.login = login;
        this.agent = agent;
        this.createdAt = createdAt;
        this.roles.add(Role.AGENT);
    }

    public boolean mustChangePassword() {
        return passwordHash == null;
    }

    public boolean isActive() {
        return status == AccountStatus.ACTIVE;
    }

    public void choosePassword(String newHash, Instant when) {
        this.passwordHash = newHash;
        this.passwordChangedAt = when;
    }

    public void grant(Role role) {
        roles.add(role);
    }

    public void disable() {
        status = AccountStatus.DISABLED;
    }

    public Long getId() {
        return id;
    }

    public String getLogin() {
        return login;
    }

    public Agent getAgent() {
        return agent;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public AccountStatus getStatus() {
        return status;
    }

    public Set<Role> getRoles() {
        return Set.copyOf(roles);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }
}
