package fr.academie.portail.services.boundary;

import fr.academie.portail.platform.mail.Mail;
import fr.academie.portail.platform.mail.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/** Hands a request's e-mails to the mailer once, and only if, the change is committed. */
@ApplicationScoped
public class RequestMail {

    @Inject
    Mailer mailer;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) RequestNotice notice) {
        mailer.send(Mail.to("demande " + notice.reference(), notice.to(), notice.subject(), notice.body()));
    }
}
