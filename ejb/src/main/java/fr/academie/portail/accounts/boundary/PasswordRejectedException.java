package fr.academie.portail.accounts.boundary;

import fr.academie.portail.accounts.control.PasswordPolicy;
import jakarta.ejb.ApplicationException;
import java.util.List;

/** The new password breaks the policy, or the current one was wrong: nothing was changed. */
@ApplicationException(rollback = true)
public class PasswordRejectedException extends Exception {

    private static final long serialVersionUID = 1L;

    private final List<String> messageKeys;

    public PasswordRejectedException(List<String> messageKeys) {
        super(String.join(", ", messageKeys));
        this.messageKeys = List.copyOf(messageKeys);
    }

    static PasswordRejectedException of(List<PasswordPolicy.Violation> violations) {
        return new PasswordRejectedException(violations.stream().map(PasswordPolicy.Violation::messageKey).toList());
    }

    /** Keys of the web bundle, one per broken rule. */
    public List<String> messageKeys() {
        return messageKeys;
    }
}
