package fr.academie.portail.dossier.boundary;

import fr.academie.portail.accounts.entity.Account;
import fr.academie.portail.accounts.entity.Role;
import fr.academie.portail.audit.boundary.AuditTrail;
import fr.academie.portail.audit.entity.AuditAction;
import fr.academie.portail.dossier.control.DossierAccess;
import fr.academie.portail.dossier.control.DossierHistory;
import fr.academie.portail.dossier.control.DossierVersion;
import fr.academie.portail.dossier.entity.AdministrativeData;
import fr.academie.portail.platform.boundary.AccessRefusedException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reading administrative dossiers and their history. An agent reads their own; an HR manager any;
 * a head of establishment their staff's (read only). Anyone else is refused the same way whether
 * or not the account exists. Reads of another person's dossier go to the audit trail.
 */
@Stateless
@RolesAllowed({Role.Names.AGENT, Role.Names.GESTIONNAIRE_RH, Role.Names.CHEF_ETABLISSEMENT})
public class Dossiers {

    static final String REFUSED = "Accès refusé au dossier d'un autre agent";

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @EJB
    AuditTrail audit;

    public Dossier mine() {
        return Dossier.of(callerAccount().orElseThrow(() -> new AccessRefusedException("Aucun dossier pour ce compte")));
    }

    /** The dossier of the account {@code login}, if the caller may read it. */
    public Dossier of(String login) {
        return Dossier.of(readable(login, "dossier"));
    }

    /** The path and the changes of the dossier of {@code login}, if the caller may read it. */
    public DossierHistoryView history(String login) {
        Account account = readable(login, "historique du dossier");
        List<DossierVersion> versions = versions(account.getAgent().getId());
        return new DossierHistoryView(DossierHistory.path(versions), DossierHistory.changes(versions));
    }

    /** The account of {@code login} if the caller may read its dossier; the read is logged when it must be. */
    Account readable(String login, String what) {
        Account target = account(login).orElseThrow(() -> new AccessRefusedException(REFUSED));
        DossierAccess access = access(target);
        if (access == DossierAccess.REFUSED) {
            throw new AccessRefusedException(REFUSED);
        }
        if (access.logged()) {
            audit.record(callerLogin(), AuditAction.DOSSIER_READ, target.getLogin(),
                    what + (access == DossierAccess.HR_MANAGER ? " (gestion RH)" : " (chef d'établissement)"), null);
        }
        return target;
    }

    private DossierAccess access(Account target) {
        String callerUai = session.isCallerInRole(Role.Names.CHEF_ETABLISSEMENT)
                ? callerAccount().map(a -> a.getAgent().getEstablishment().getUai()).orElse(null)
                : null;
        return DossierAccess.decide(callerLogin(), session.isCallerInRole(Role.Names.GESTIONNAIRE_RH),
                session.isCallerInRole(Role.Names.CHEF_ETABLISSEMENT), callerUai, target.getLogin(),
                target.getAgent().getEstablishment().getUai());
    }

    /**
     * Every version of the agent's dossier, oldest first, as Envers kept them. Read with SQL from
     * the audit table: Envers' own reader cannot rebuild the dossier's data, a record.
     */
    @SuppressWarnings("unchecked")
    private List<DossierVersion> versions(long agentId) {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT r.recorded_at, r.author, r.reason, h.civilite, h.nom, h.nom_naissance, h.prenom, h.date_naissance,
                       h.corps, h.grade, h.echelon, h.date_echelon, h.discipline, h.fonction, h.date_entree,
                       h.date_sortie, e.name, e.uai, e.commune
                FROM agent_historique h
                JOIN dossier_revision r ON r.id = h.REV
                LEFT JOIN establishment e ON e.id = h.establishment_id
                WHERE h.id = ?1
                ORDER BY h.REV""").setParameter(1, agentId).getResultList();
        List<DossierVersion> versions = new ArrayList<>();
        for (Object[] row : rows) {
            AdministrativeData data = new AdministrativeData((String) row[3], (String) row[4], (String) row[5],
                    (String) row[6], date(row[7]), (String) row[8], (String) row[9],
                    row[10] == null ? null : ((Number) row[10]).intValue(), date(row[11]), (String) row[12],
                    (String) row[13], date(row[14]), date(row[15]), null);
            String establishment = row[16] == null ? null : row[16] + " (" + row[17] + "), " + row[18];
            versions.add(new DossierVersion(instant(row[0]), (String) row[1], (String) row[2], data, establishment));
        }
        return versions;
    }

    private static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof java.sql.Date sql ? sql.toLocalDate() : (LocalDate) value;
    }

    /** recorded_at holds UTC (hibernate.jdbc.time_zone). */
    private static Instant instant(Object value) {
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        if (value instanceof LocalDateTime local) {
            return local.toInstant(ZoneOffset.UTC);
        }
        return (Instant) value;
    }

    private Optional<Account> callerAccount() {
        return account(callerLogin());
    }

    private Optional<Account> account(String login) {
        return em.createNamedQuery(Account.BY_LOGIN, Account.class)
                .setParameter("login", login)
                .getResultStream()
                .findFirst();
    }

    private String callerLogin() {
        return session.getCallerPrincipal().getName();
    }
}
