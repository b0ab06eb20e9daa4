package fr.academie.portail.messages.boundary;

import fr.academie.portail.accounts.boundary.PasswordNotice;
import fr.academie.portail.accounts.control.AccountMessages;
import fr.academie.portail.platform.mail.Mail;
import fr.academie.portail.platform.mail.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Once a password change or reset is committed, its owner finds a notice in the portal's inbox
 * and by e-mail, at the professional address and at the personal one HR knows.
 */
@ApplicationScoped
public class PasswordNoticeDelivery {

    @Inject
    Messages messages;

    @Inject
    Mailer mailer;

    @Inject
    @ConfigProperty(name = "portail.mail.domain", defaultValue = "ac-paris.fr")
    String domain;

    /** In the change's own transaction: the inbox notice and the new password are committed together. */
    void inInbox(@Observes PasswordNotice notice) {
        messages.notify(AccountMessages.format("avis.expediteur"), subject(notice), body(notice), List.of(notice.login()));
    }

    void byMailAfterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) PasswordNotice notice) {
        String subject = subject(notice);
        String body = body(notice);
        Set<String> to = new LinkedHashSet<>();
        to.add(notice.login() + "@" + domain);
        if (notice.personalAddress() != null && !notice.personalAddress().isBlank()) {
            to.add(notice.personalAddress().strip());
        }
        mailer.send(Mail.to("avis mot de passe " + notice.login(), to, "[Portail académique] " + subject, body));
    }

    private static String subject(PasswordNotice notice) {
        return AccountMessages.format((notice.reset() ? "avis.reinitialise" : "avis.change") + ".objet");
    }

    private static String body(PasswordNotice notice) {
        return AccountMessages.format((notice.reset() ? "avis.reinitialise" : "avis.change") + ".corps",
                notice.firstName(), notice.login());
    }
}
