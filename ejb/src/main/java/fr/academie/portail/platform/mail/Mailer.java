package fr.academie.portail.platform.mail;

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
    Session session;

    @Asynchronous
    public void send(Mail mail) {
        if (mail.to().isEmpty() && mail.bcc().isEmpty()) {
            return;
        }
        try {
            MimeMessage message = new MimeMessage(session);
            if (!mail.to().isEmpty()) {
                message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(String.join(",", mail.to()), true));
            }
            if (!mail.bcc().isEmpty()) {
                message.setRecipients(Message.RecipientType.BCC, InternetAddress.parse(String.join(",", mail.bcc()), true));
            }
            message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
            message.setText(mail.body(), StandardCharsets.UTF_8.name());
            message.setSentDate(new Date());
            Transport.send(message);
        } catch (MessagingException e) {
            LOG.log(Level.WARNING, "Courriel non envoyé ({0}) : {1}", new Object[] {mail.reference(), e.getMessage()});
        }
    }
}
