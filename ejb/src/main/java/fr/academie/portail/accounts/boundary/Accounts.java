package fr.academie.portail.accounts.boundary;

import fr.academie.portail.accounts.control.AccountMessages;
import fr.academie.portail.accounts.control.LockoutPolicy;
import fr.academie.portail.accounts.control.Numen;
import fr.academie.portail.accounts.control.NumenKey;
import fr.academie.portail.accounts.control.PasswordPolicy;
import fr.academie.portail.accounts.control.SecondFactorPolicy;
import fr.academie.portail.accounts.entity.Account;
import fr.academie.portail.accounts.entity.Role;
import fr.academie.portail.audit.boundary.AuditTrail;
import fr.academie.portail.audit.entity.AuditAction;
import fr.academie.portail.platform.boundary.AccessRefusedException;
import fr.academie.portail.platform.mail.Mail;
import fr.academie.portail.platform.mail.Mailer;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/** Sign-in and password change for the académie's accounts. */
@Stateless
@PermitAll
@DeclareRoles({Role.Names.GESTIONNAIRE_RH, Role.Names.ASSISTANCE, Role.Names.DSI})
public class Accounts {

    private static final Logger LOG = Logger.getLogger(Accounts.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    NumenKey numenKey;

    @Inject
    PasswordHasher hasher;

    @Inject
    SignInGuard guard;

    @Inject
    AuditTrail audit;

    @Resource
    SessionContext session;

    @Inject
    Event<PasswordNotice> passwordNotices;

    @Inject
    Mailer mailer;

    @Inject
    VerifiedCredentials verified;

    /**
     * Checks a login and a password. The NUMEN opens an account only while its owner has not
     * chosen a password, and then only to choose one. Five failures in a row lock the account for
     * 15 minutes. Every attempt is audited, with the client's address. Its own transaction, with
     * its audit line in it: one pooled connection per sign-in, so that hundreds of people signing
     * in at once (a deadline day) cannot all hold one connection while waiting for a second.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public SignInOutcome signIn(String login, String password, String origin) {
        String key = login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
        int attempt = guard.admit(key);
        if (attempt == SignInGuard.REFUSED) {
            audit.recordWithChange(null, AuditAction.SIGN_IN_WHILE_LOCKED, key, null, origin);
            return SignInOutcome.refused();
        }
        SignInOutcome outcome = check(key, password);
        if (outcome.kind() == SignInOutcome.Kind.REFUSED) {
            audit.recordWithChange(null, AuditAction.SIGN_IN_REFUSED, key, null, origin);
            if (guard.failed(key, attempt)) {
                audit.recordWithChange(null, AuditAction.ACCOUNT_LOCKED, key, "5 échecs de connexion consécutifs", origin);
                LOG.warning(() -> "Compte " + key + " verrouillé " + LockoutPolicy.LOCK.toMinutes()
                        + " minutes après " + LockoutPolicy.MAX_FAILURES + " échecs de connexion");
            }
        } else {
            guard.succeeded(key);
            audit.recordWithChange(key, outcome.kind() == SignInOutcome.Kind.MUST_CHANGE_PASSWORD
                    ? AuditAction.SIGN_IN_WITH_NUMEN : AuditAction.SIGN_IN, key, null, origin);
        }
        return outcome;
    }

    /**
     * A call of the API, which sends its credentials every time: a login and password verified
     * within the last minute are not hashed nor audited again ({@link VerifiedCredentials}), unless
     * the account was locked since. Anything else is {@link #signIn}.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public SignInOutcome signInByApi(String login, String password, String origin) {
        String key = login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
        if (password != null && PasswordPolicy.withinMaxLength(password)) {
            SignInOutcome recalled = verified.recall(key, password);
            if (recalled != null && !guard.isLocked(key)) {
                return recalled;
            }
        }
        long changesBefore = verified.changesOf(key);
        SignInOutcome outcome = signIn(login, password, origin);
        if (outcome.kind() == SignInOutcome.Kind.SIGNED_IN) {
            verified.remember(key, password, outcome, changesBefore);
        }
        return outcome;
    }

    /**
     * Every way through costs one password verification, so that the time of an answer tells
     * nothing: an unknown login, a disabled account and a first sign-in (whose NUMEN is checked by
     * a quick HMAC) verify against a stand-in hash.
     */
    private SignInOutcome check(String login, String password) {
        Optional<Account> found = byLogin(login);
        if (found.isEmpty() || password == null || !found.get().isActive()
                || !PasswordPolicy.withinMaxLength(password)) {
            hasher.verifyStandIn(password);
            return SignInOutcome.refused();
        }
        Account account = found.get();
        if (account.mustChangePassword()) {
            hasher.verifyStandIn(password);
            if (numenKey.matches(password, account.getAgent().getNumenHash())) {
                return new SignInOutcome(SignInOutcome.Kind.MUST_CHANGE_PASSWORD, account.getLogin(), Set.of());
            }
            return SignInOutcome.refused();
        }
        if (hasher.verify(password, account.getPasswordHash())) {
            return new SignInOutcome(SignInOutcome.Kind.SIGNED_IN, account.getLogin(), account.getRoles());
        }
        return SignInOutcome.refused();
    }

    /**
     * « Mot de passe perdu », first step: the person proves who they are with their NUMEN and date
     * of birth; when the proof holds and HR knows a personal address, a one-time code valid
     * 15 minutes goes there. The answer is the same whether or not the proof matched, and the
     * attempts are limited per account and per address.
     *
     * @return false when too many attempts were made: nothing was tried
     */
    public boolean sendResetCode(String login, String numen, LocalDate birthDate, String origin) {
        String key = normalised(login);
        if (!guard.allowsResetAttempt(key, origin)) {
            audit.record(null, AuditAction.PASSWORD_RESET_THROTTLED, key, null, origin);
            return false;
        }
        proven(key, numen, birthDate).filter(Accounts::hasPersonalAddress).map(a -> a.getAgent().getData())
                .ifPresent(data -> {
                    String code = String.format("%06d", guard.issueResetCode(key));
                    mailer.send(Mail.to("code de réinitialisation " + key, Set.of(data.emailPerso().strip()),
                            "[Portail académique] " + AccountMessages.format("code.objet"),
                            AccountMessages.format("code.corps", data.prenom(), key, code)));
                    audit.record(null, AuditAction.PASSWORD_RESET_CODE_SENT, key, null, origin);
                });
        return true;
    }

    /**
     * « Mot de passe perdu », second step: the same proof, the code e-mailed at the first step, and
     * the new password. Without a personal address in the dossier there is no code, and the NUMEN
     * and date of birth — which HR and heads of school can read — are not enough: the person asks
     * the helpdesk. A reset proven by its code also opens a locked account. The answer is the same
     * whether or not the proof matched, and the attempts are limited per account and per address.
     *
     * @return false when too many attempts were made: nothing was tried
     */
    public boolean resetPassword(String login, String numen, LocalDate birthDate, String code, String newPassword,
                                 String confirmation, String origin) throws PasswordRejectedException {
        String key = normalised(login);
        List<PasswordPolicy.Violation> violations = PasswordPolicy.check(newPassword, confirmation, key,
                newPassword != null && Numen.canonical(newPassword).equals(Numen.canonical(numen)));
        if (!violations.isEmpty()) {
            throw PasswordRejectedException.of(violations);
        }
        if (!guard.allowsResetAttempt(key, origin)) {
            audit.record(null, AuditAction.PASSWORD_RESET_THROTTLED, key, null, origin);
            return false;
        }
        // hashed before the proof is checked: the answer takes as long either way
        String newHash = hasher.hash(newPassword);
        Optional<Account> proven = proven(key, numen, birthDate);
        if (proven.isPresent() && guard.consumeResetCode(key, code)) {
            proven.get().choosePassword(newHash, Instant.now(Clock.systemUTC()));
            verified.forget(key);
            guard.unlock(key);
            audit.record(null, AuditAction.PASSWORD_RESET, key, "code reçu par courriel", origin);
            passwordNotices.fire(PasswordNotice.reset(proven.get()));
        } else {
            audit.record(null, proven.isPresent() ? AuditAction.PASSWORD_RESET_CODE_REFUSED : AuditAction.PASSWORD_RESET_REFUSED,
                    key, proven.isPresent() && !hasPersonalAddress(proven.get()) ? "aucune adresse personnelle" : null, origin);
        }
        return true;
    }

    private Optional<Account> proven(String login, String numen, LocalDate birthDate) {
        return byLogin(login).filter(Account::isActive)
                .filter(a -> numenKey.matches(numen, a.getAgent().getNumenHash()))
                .filter(a -> a.getAgent().getData().dateNaissance().equals(birthDate));
    }

    private static boolean hasPersonalAddress(Account account) {
        String address = account.getAgent().getData().emailPerso();
        return address != null && !address.isBlank();
    }

    private static String normalised(String login) {
        return login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Changes the caller's own password, after checking the current one (the NUMEN for a new
     * account) and the policy. Nobody changes another person's password here.
     */
    public void changeMyPassword(String currentPassword, String newPassword, String confirmation, String origin)
            throws PasswordRejectedException {
        String login = session.getCallerPrincipal().getName();
        Account account = byLogin(login).orElseThrow(() -> new AccessRefusedException("Compte inconnu"));
        if (!account.mustChangePassword() && SecondFactorPolicy.requires(account.getRoles())
                && SecondFactorPolicy.PRIVILEGED.stream().noneMatch(role -> session.isCallerInRole(role.name()))) {
            // a session that has only typed the password has not passed its second factor
            throw new AccessRefusedException("Second facteur requis");
        }
        boolean currentIsRight = account.mustChangePassword()
                ? numenKey.matches(currentPassword, account.getAgent().getNumenHash())
                : hasher.verify(currentPassword, account.getPasswordHash());
        if (!currentIsRight) {
            throw new PasswordRejectedException(List.of("motdepasse.actuel.faux"));
        }
        var data = account.getAgent().getData();
        List<PasswordPolicy.Violation> violations = PasswordPolicy.check(newPassword, confirmation,
                account.getLogin(), numenKey.matches(newPassword, account.getAgent().getNumenHash()),
                List.of(data.prenom(), data.nom()));
        if (!violations.isEmpty()) {
            throw PasswordRejectedException.of(violations);
        }
        boolean firstChoice = account.mustChangePassword();
        account.choosePassword(hasher.hash(newPassword), Instant.now(Clock.systemUTC()));
        verified.forget(account.getLogin());
        audit.record(login, AuditAction.PASSWORD_CHANGED, login, null, origin);
        if (!firstChoice) {
            passwordNotices.fire(PasswordNotice.changed(account));
        }
        LOG.info(() -> "Mot de passe changé pour le compte " + account.getLogin());
    }

    /** An account as the helpdesk and the DSI see it. */
    @RolesAllowed({Role.Names.DSI, Role.Names.ASSISTANCE})
    public Optional<AccountSummary> summary(String login) {
        return byLogin(login).map(AccountSummary::of);
    }

    /** Whether five failures in a row locked the account (for a quarter of an hour). */
    @RolesAllowed({Role.Names.DSI, Role.Names.ASSISTANCE})
    public boolean isLocked(String login) {
        return guard.isLocked(login);
    }

    /** The helpdesk opens an account that five failures locked, once it knows whose it is. */
    @RolesAllowed({Role.Names.DSI, Role.Names.ASSISTANCE})
    public void unlock(String login, String origin) {
        guard.unlock(login);
        audit.record(session.getCallerPrincipal().getName(), AuditAction.ACCOUNT_UNLOCKED, login, null, origin);
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
