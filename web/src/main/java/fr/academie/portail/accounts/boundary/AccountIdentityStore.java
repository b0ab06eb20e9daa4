package fr.academie.portail.accounts.boundary;

import fr.academie.portail.accounts.control.SecondFactorPolicy;
import fr.academie.portail.accounts.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import java.util.stream.Collectors;

/** Checks credentials against the accounts table, through the accounts service. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    Accounts accounts;

    @Inject
    SecondFactors secondFactors;

    @Inject
    HttpServletRequest request;

    /**
     * Dispatches by hand: the interface's default finds {@code validate(<credential's class>)} by a
     * method handle looked up from the API's own module, which cannot see the portal's credential
     * classes (a loader constraint violation).
     */
    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (credential instanceof PageSignInCredential page) {
            return validate(page);
        }
        if (credential instanceof SecondFactorCredential secondFactor) {
            return validate(secondFactor);
        }
        if (credential instanceof UsernamePasswordCredential basic) {
            return validate(basic);
        }
        return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }

    /** HTTP Basic, on the API. */
    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        return signIn(credential, false);
    }

    /** The login page: a privileged account then holds only the second factor's page. */
    public CredentialValidationResult validate(PageSignInCredential credential) {
        return signIn(credential, true);
    }

    public CredentialValidationResult validate(SecondFactorCredential credential) {
        return secondFactors.verify(credential.login(), credential.code(), request.getRemoteAddr())
                .map(roles -> new CredentialValidationResult(credential.login().strip().toLowerCase(java.util.Locale.ROOT), names(roles)))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }

    private CredentialValidationResult signIn(UsernamePasswordCredential credential, boolean onPage) {
        SignInOutcome outcome = onPage
                ? accounts.signIn(credential.getCaller(), credential.getPasswordAsString(), request.getRemoteAddr())
                : accounts.signInByApi(credential.getCaller(), credential.getPasswordAsString(), request.getRemoteAddr());
        return switch (outcome.kind()) {
            case SIGNED_IN -> new CredentialValidationResult(outcome.login(),
                    onPage && SecondFactorPolicy.requires(outcome.roles()) ? Set.of(SignInGroups.SECOND_FACTOR_REQUIRED)
                            : names(outcome.roles()));
            case MUST_CHANGE_PASSWORD -> new CredentialValidationResult(outcome.login(),
                    Set.of(SignInGroups.PASSWORD_CHANGE_REQUIRED));
            case REFUSED -> CredentialValidationResult.INVALID_RESULT;
        };
    }

    private static Set<String> names(Set<Role> roles) {
        return roles.stream().map(Role::name).collect(Collectors.toSet());
    }
}
