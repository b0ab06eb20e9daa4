package fr.academie.portail.accounts.boundary;

import fr.academie.portail.accounts.control.RecoveryCodes;
import fr.academie.portail.accounts.control.SecondFactorPolicy;
import fr.academie.portail.accounts.control.Totp;
import fr.academie.portail.accounts.entity.Account;
import fr.academie.portail.accounts.entity.Role;
import fr.academie.portail.accounts.entity.SecondFactor;
import fr.academie.portail.audit.boundary.AuditTrail;
import fr.academie.portail.audit.entity.AuditAction;
import fr.academie.portail.platform.boundary.AccessRefusedException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The second factor of HR, the helpdesk and the DSI ({@link SecondFactorPolicy}): enrolment by a QR
 * code for any authenticator application, a code at each sign-in on the login page, ten recovery
 * codes for a lost phone, a reset by the helpdesk. Codes are counted like passwords (5 tries a
 * quarter of an hour) and each is accepted once.
 */
@Stateless
@PermitAll
public class SecondFactors {

    static final String ISSUER = "Portail académique";
    private static final String ATTEMPTS = "totp";

    @PersistenceContext
    EntityManager em;

    @Inject
    SecondFactorSecrets secrets;

    @Inject
    SignInGuard guard;

    @Inject
    AuditTrail audit;

    @Resource
    SessionContext session;

    Clock clock = Clock.systemUTC();

    /** What the enrolment page shows: the secret to type, and the key URI its QR code holds. */
    public record Enrolment(String secret, String keyUri) {
    }

    public boolean isEnrolled(String login) {
        return account(login).map(a -> em.find(SecondFactor.class, a.getId())).map(SecondFactor::isEnrolled).orElse(false);
    }

    /**
     * A new secret for the caller, waiting for its first code. Refused once a factor is enrolled:
     * replacing it takes the recovery codes or the helpdesk, never the password alone.
     */
    public Enrolment startEnrolment() {
        Account account = caller();
        SecondFactor factor = em.find(SecondFactor.class, account.getId());
        if (factor != null && factor.isEnrolled()) {
            throw new AccessRefusedException("Second facteur déjà enregistré");
        }
        byte[] secret;
        if (factor == null) {
            secret = Totp.newSecret();
            em.persist(new SecondFactor(account.getId(), secrets.seal(secret)));
        } else {
            secret = secrets.open(factor.getSecret()); // the one already scanned: a reload keeps it
        }
        return new Enrolment(Totp.base32(secret), Totp.keyUri(ISSUER, account.getLogin(), secret));
    }

    /**
     * Checks a code of the account's application (or, once enrolled, one of its recovery codes); the
     * first right code of a new secret completes the enrolment.
     *
     * @return the account's roles when the code holds
     */
    public Optional<Set<Role>> verify(String login, String code, String origin) {
        String key = login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
        Optional<Account> account = account(key).filter(Account::isActive);
        // locked until commit: two requests with the same code never both see it unused
        SecondFactor factor = account.map(a -> em.find(SecondFactor.class, a.getId(), LockModeType.PESSIMISTIC_WRITE))
                .orElse(null);
        if (factor == null || !guard.allowsCodeAttempt(ATTEMPTS, key)) {
            audit.record(key, AuditAction.SECOND_FACTOR_REFUSED, key, null, origin);
            return Optional.empty();
        }
        if (factor.isEnrolled() && RecoveryCodes.looksLikeOne(code)) {
            if (factor.useRecoveryCode(RecoveryCodes.hash(code))) {
                guard.codeSucceeded(ATTEMPTS, key);
                audit.record(key, AuditAction.SECOND_FACTOR_RECOVERY_USED, key,
                        factor.remainingRecoveryHashes().size() + " codes de secours restants", origin);
                return Optional.of(account.get().getRoles());
            }
            audit.record(key, AuditAction.SECOND_FACTOR_REFUSED, key, null, origin);
            return Optional.empty();
        }
        Instant now = clock.instant();
        OptionalLong step = Totp.accepts(secrets.open(factor.getSecret()), code, now, factor.getLastStep());
        if (step.isEmpty()) {
            audit.record(key, AuditAction.SECOND_FACTOR_REFUSED, key, null, origin);
            return Optional.empty();
        }
        guard.codeSucceeded(ATTEMPTS, key);
        if (factor.isEnrolled()) {
            factor.accepted(step.getAsLong());
            audit.record(key, AuditAction.SECOND_FACTOR_ACCEPTED, key, null, origin);
        } else {
            factor.enrolled(now, step.getAsLong());
            audit.record(key, AuditAction.SECOND_FACTOR_ENROLLED, key, null, origin);
        }
        return Optional.of(account.get().getRoles());
    }

    /** Ten new recovery codes for the caller, shown once; the earlier ones stop working. */
    @RolesAllowed({Role.Names.GESTIONNAIRE_RH, Role.Names.ASSISTANCE, Role.Names.DSI})
    public List<String> newRecoveryCodes() {
        Account account = caller();
        SecondFactor factor = em.find(SecondFactor.class, account.getId());
        if (factor == null || !factor.isEnrolled()) {
            throw new AccessRefusedException("Aucun second facteur enregistré");
        }
        List<String> codes = RecoveryCodes.generate();
        factor.recoveryCodes(codes.stream().map(RecoveryCodes::hash).toList());
        return codes;
    }

    /**
     * The helpdesk, having checked who is asking, removes a lost factor: the next sign-in enrols
     * anew. Never one's own (a stolen password must not replace the phone), and a DSI's only by
     * another DSI. Only from a page, whose session passed its own second factor.
     */
    @RolesAllowed({Role.Names.ASSISTANCE, Role.Names.DSI})
    public boolean reset(String login, String origin) {
        String caller = session.getCallerPrincipal().getName();
        Optional<Account> target = account(login);
        if (target.isEmpty()) {
            return false;
        }
        if (target.get().getLogin().equals(caller)
                || (target.get().getRoles().contains(Role.DSI) && !session.isCallerInRole(Role.Names.DSI))) {
            throw new AccessRefusedException("Retrait du second facteur refusé");
        }
        SecondFactor factor = em.find(SecondFactor.class, target.get().getId());
        if (factor == null) {
            return false;
        }
        em.remove(factor);
        audit.record(caller, AuditAction.SECOND_FACTOR_RESET, target.get().getLogin(), null, origin);
        return true;
    }

    /** The demo's privileged accounts, enrolled with the secrets the README publishes. */
    public void enrolForDemo(String login, String base32Secret) {
        account(login).filter(a -> em.find(SecondFactor.class, a.getId()) == null).ifPresent(a -> {
            SecondFactor factor = new SecondFactor(a.getId(), secrets.seal(Totp.fromBase32(base32Secret)));
            factor.enrolled(clock.instant(), 0);
            em.persist(factor);
        });
    }

    private Account caller() {
        return account(session.getCallerPrincipal().getName()).orElseThrow(() -> new AccessRefusedException("Compte inconnu"));
    }

    private Optional<Account> account(String login) {
        if (login == null || login.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery(Account.BY_LOGIN, Account.class)
                .setParameter("login", login.strip().toLowerCase(Locale.ROOT)).getResultStream().findFirst();
    }
}
