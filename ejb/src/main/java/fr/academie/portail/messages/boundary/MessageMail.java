package fr.academie.portail.messages.boundary;

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

/** Sends the e-mail copy of a message after commit, in blind copy, a few hundred addresses per mail. */
@ApplicationScoped
public class MessageMail {

    static final int ADDRESSES_PER_MAIL = 200;

    @Inject
    Mailer mailer;

    @Inject
    @ConfigProperty(name = "portail.mail.domain", defaultValue = "ac-paris.fr")
    String domain;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MessageNotice notice) {
        List<String> logins = notice.logins();
        for (int from = 0; from < logins.size(); from += ADDRESSES_PER_MAIL) {
            Set<String> bcc = new LinkedHashSet<>();
            logins.subList(from, Math.min(logins.size(), from + ADDRESSES_PER_MAIL)).forEach(login -> bcc.add(login + "@" + domain));
            mailer.send(Mail.blindCopy("message " + notice.messageId(), bcc, notice.subject(), notice.body()));
        }
    }
}
