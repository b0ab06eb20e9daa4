package fr.academie.portail.dossier.boundary;

import fr.academie.portail.accounts.entity.Account;
import fr.academie.portail.accounts.entity.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Reading administrative dossiers. An agent reads their own, and only their own. */
@Stateless
@RolesAllowed(Role.Names.AGENT)
public class Dossiers {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    public Dossier mine() {
        return find(callerLogin()).orElseThrow(() -> new EJBAccessException("Aucun dossier pour ce compte"));
    }

    /**
     * The dossier of the account {@code login}, for its owner only. Anyone else is refused the
     * same way whether or not the account exists, so the answer reveals nothing.
     */
    public Dossier of(String login) {
        if (!callerLogin().equalsIgnoreCase(login)) {
            throw new EJBAccessException("Accès refusé au dossier d'un autre agent");
        }
        return mine();
    }

    private String callerLogin() {
        return session.getCallerPrincipal().getName();
    }

    private Optional<Dossier> find(String login) {
        return em.createNamedQuery(Account.BY_LOGIN, Account.class)
                .setParameter("login", login)
                .getResultStream()
                .findFirst()
                .map(Dossier::of);
    }
}
