package fr.academie.portail.audit.boundary;

import fr.academie.portail.audit.entity.AuditAction;
import fr.academie.portail.audit.entity.AuditEvent;
import fr.academie.portail.accounts.entity.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Writes the audit trail in a transaction of its own: a refused sign-in is recorded even though
 * the work around it is rolled back.
 */
@Stateless
@PermitAll
public class AuditTrail {

    @PersistenceContext
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(String actor, AuditAction action, String target, String detail, String origin) {
        em.persist(new AuditEvent(Instant.now(Clock.systemUTC()), actor, action, target, detail, origin));
    }

    /** Records within the caller's transaction: the line exists only if the change it describes is committed. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void recordWithChange(String actor, AuditAction action, String target, String detail) {
        recordWithChange(actor, action, target, detail, null);
    }

    /** The same, with the client's address. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void recordWithChange(String actor, AuditAction action, String target, String detail, String origin) {
        em.persist(new AuditEvent(Instant.now(Clock.systemUTC()), actor, action, target, detail, origin));
    }

    /** An account's audit trail, oldest first: for the helpdesk and the DSI. */
    @RolesAllowed({Role.Names.ASSISTANCE, Role.Names.DSI})
    public List<AuditEvent> of(String target) {
        return em.createNamedQuery(AuditEvent.OF_TARGET, AuditEvent.class).setParameter("target", target).getResultList();
    }
}
