package fr.academie.portail.accounts.boundary;

import fr.academie.portail.accounts.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
    HttpServletRequest request;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        SignInOutcome outcome = accounts.signIn(credential.getCaller(), credential.getPasswordAsString(),
                request.getRemoteAddr());
        return switch (outcome.kind()) {
            case SIGNED_IN -> new CredentialValidationResult(outcome.login(),
                    outcome.roles().stream().map(Role::name).collect(Collectors.toSet()));
            case MUST_CHANGE_PASSWORD -> new CredentialValidationResult(outcome.login(),
                    Set.of(SignInGroups.PASSWORD_CHANGE_REQUIRED));
            case REFUSED -> CredentialValidationResult.INVALID_RESULT;
        };
    }
}
