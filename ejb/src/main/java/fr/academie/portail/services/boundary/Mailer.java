package fr.academie.portail.services.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the portal's e-mails through the server's mail session, in the background: a slow or
 * absent SMTP relay never holds up nor undoes the work that caused the mail. A mail that cannot
 * be sent is logged (reference and reason, never its body).
 */
@Stateless
@PermitAll
public class Mailer {

    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

    @Resource(lookup = "java:jboss/mail/portail")
    Session mail;

    @Asynchronous
    public void send(RequestNotice notice) {
        if (notice.to().isEmpty()) {
            return;
        }
        try {
            MimeMessage message = new MimeMessage(mail);
            message.setRecipients(Message.RecipientType.TO,
                    InternetAddress.parse(String.join(",", notice.to()), true));
            message.setSubject(notice.subject(), StandardCharsets.UTF_8.name());
            message.setText(notice.body(), StandardCharsets.UTF_8.name());
            message.setSentDate(new Date());
            Transport.send(message);
        } catch (MessagingException e) {
            LOG.log(Level.WARNING, "Courriel non envoyé pour la demande {0} : {1}",
                    new Object[] {notice.reference(), e.getMessage()});
        }
    }
}
