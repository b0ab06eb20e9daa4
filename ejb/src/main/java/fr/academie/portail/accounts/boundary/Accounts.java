package fr.academie.portail.accounts.boundary;

import fr.academie.portail.accounts.control.NumenKey;
import fr.academie.portail.accounts.control.PasswordPolicy;
import fr.academie.portail.accounts.entity.Account;
import fr.academie.portail.accounts.entity.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

/** Sign-in and password change for the académie's accounts. */
@Stateless
@PermitAll
public class Accounts {

    private static final Logger LOG = Logger.getLogger(Accounts.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    NumenKey numenKey;

    @Inject
    PasswordHasher hasher;

    @Resource
    SessionContext session;

    /**
     * Checks a login and a password. The NUMEN opens an account only while its owner has not
     * chosen a password, and then only to choose one.
     */
    public SignInOutcome signIn(String login, String password) {
        Optional<Account> found = byLogin(login);
        if (found.isEmpty() || password == null || !found.get().isActive()) {
            return SignInOutcome.refused();
        }
        Account account = found.get();
        if (account.mustChangePassword()) {
            if (numenKey.matches(password, account.getAgent().getNumenHash())) {
                return new SignInOutcome(SignInOutcome.Kind.MUST_CHANGE_PASSWORD, account.getLogin(), java.util.Set.of());
            }
            return SignInOutcome.refused();
        }
        if (hasher.verify(password, account.getPasswordHash())) {
            return new SignInOutcome(SignInOutcome.Kind.SIGNED_IN, account.getLogin(), account.getRoles());
        }
        return SignInOutcome.refused();
    }

    /**
     * Changes the caller's own password, after checking the current one (the NUMEN for a new
     * account) and the policy. Nobody changes another person's password here.
     */
    public void changeMyPassword(String currentPassword, String newPassword, String confirmation)
            throws PasswordRejectedException {
        String login = session.getCallerPrincipal().getName();
        Account account = byLogin(login).orElseThrow(() -> new EJBAccessException("Compte inconnu"));
        boolean currentIsRight = account.mustChangePassword()
                ? numenKey.matches(currentPassword, account.getAgent().getNumenHash())
                : hasher.verify(currentPassword, account.getPasswordHash());
        if (!currentIsRight) {
            throw new PasswordRejectedException(List.of("motdepasse.actuel.faux"));
        }
        List<PasswordPolicy.Violation> violations = PasswordPolicy.check(newPassword, confirmation,
                account.getLogin(), numenKey.matches(newPassword, account.getAgent().getNumenHash()));
        if (!violations.isEmpty()) {
            throw PasswordRejectedException.of(violations);
        }
        account.choosePassword(hasher.hash(newPassword), Instant.now(Clock.systemUTC()));
        LOG.info(() -> "Mot de passe changé pour le compte " + account.getLogin());
    }

    /** An account as the helpdesk and the DSI see it. */
    @RolesAllowed({Role.Names.DSI, Role.Names.ASSISTANCE})
    public Optional<AccountSummary> summary(String login) {
        return byLogin(login).map(AccountSummary::of);
    }

    Optional<Account> byLogin(String login) {
        if (login == null || login.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery(Account.BY_LOGIN, Account.class)
                .setParameter("login", login.strip().toLowerCase(Locale.ROOT))
                .getResultStream()
                .findFirst();
    }
}
