package fr.academie.portail.dossier.boundary;

import fr.academie.portail.accounts.entity.Account;
import fr.academie.portail.accounts.entity.Role;
import fr.academie.portail.audit.entity.AuditAction;
import fr.academie.portail.audit.entity.AuditEvent;
import fr.academie.portail.directory.entity.DirectoryEntry;
import fr.academie.portail.dossier.control.DossierCorrection;
import fr.academie.portail.dossier.entity.AdministrativeData;
import fr.academie.portail.dossier.entity.Agent;
import fr.academie.portail.dossier.entity.DossierRevision;
import fr.academie.portail.establishments.entity.Establishment;
import fr.academie.portail.platform.boundary.AccessRefusedException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hibernate.envers.AuditReaderFactory;

/**
 * HR managers correct administrative dossiers, giving a reason. The new version is kept with the
 * manager's login and reason (Envers), the correction goes to the audit trail, and the annuaire
 * follows at once. The next HR extract stays the reference: what it says differently wins.
 */
@Stateless
@RolesAllowed(Role.Names.GESTIONNAIRE_RH)
public class DossierCorrections {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    public Dossier correct(String login, DossierCorrection submitted) {
        Account account = em.createNamedQuery(Account.BY_LOGIN, Account.class).setParameter("login", login)
                .getResultStream().findFirst().orElseThrow(() -> new AccessRefusedException(Dossiers.REFUSED));
        Agent agent = account.getAgent();
        DossierCorrection correction = submitted.tidy();
        Map<String, String> problems = new LinkedHashMap<>(correction.problems(LocalDate.now(PARIS)));
        Establishment establishment = null;
        if (!problems.containsKey("uai")) {
            establishment = em.createQuery("select e from Establishment e where e.uai = :uai", Establishment.class)
                    .setParameter("uai", correction.uai()).getResultStream().findFirst().orElse(null);
            if (establishment == null) {
                problems.put("uai", "Aucun établissement ne porte l'UAI " + correction.uai() + ".");
            }
        }
        if (!problems.isEmpty()) {
            throw new DossierRejectedException(problems);
        }
        AdministrativeData before = agent.getData();
        AdministrativeData after = new AdministrativeData(correction.civilite(), correction.nom(),
                correction.nomNaissance(), correction.prenom(), correction.dateNaissance(), correction.corps(),
                correction.grade(), correction.echelon(), correction.echelon() == null ? null : correction.dateEchelon(),
                correction.discipline(), correction.fonction(), correction.dateEntree(), before.dateSortie(),
                before.emailPerso());
        if (!agent.differsFrom(after, establishment)) {
            throw new DossierRejectedException(Map.of("reason", "Aucune modification : le dossier dit déjà cela."));
        }
        agent.takeOver(after, establishment);
        String author = session.getCallerPrincipal().getName();
        AuditReaderFactory.get(em).getCurrentRevision(DossierRevision.class, true).sign(author, correction.reason());
        em.persist(new AuditEvent(Instant.now(Clock.systemUTC()), author, AuditAction.DOSSIER_CORRECTED,
                account.getLogin(), correction.reason(), null));
        DirectoryEntry entry = em.find(DirectoryEntry.class, agent.getId());
        if (entry != null) {
            entry.follow(after.nom(), after.prenom(), after.fonction(), after.discipline(), establishment.getUai(),
                    establishment.getName(), establishment.getCommune());
        }
        return Dossier.of(account);
    }
}
