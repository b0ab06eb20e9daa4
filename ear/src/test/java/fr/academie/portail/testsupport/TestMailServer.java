package fr.academie.portail.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * The test SMTP server (GreenMail), in the test JVM for the whole run: the test server's mail
 * session points at it, so the portal's e-mails land here and never reach the internet.
 */
public class TestMailServer implements LauncherSessionListener {

    private static GreenMail smtp;

    /** An e-mail as a test reads it. */
    public record Mail(List<String> to, String subject, String body) {
    }

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        int port = Integer.getInteger("portail.test.smtp-port", 3125);
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (smtp != null) {
            smtp.stop();
        }
    }

    /** Every e-mail received so far. */
    public static List<Mail> received() {
        List<Mail> mails = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            mails.add(read(message));
        }
        return mails;
    }

    /** Waits (up to 20 s: the portal sends in the background) for an e-mail that matches. */
    public static Mail await(Predicate<Mail> wanted, String what) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            for (Mail mail : received()) {
                if (wanted.test(mail)) {
                    return mail;
                }
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("Aucun courriel reçu : " + what + "\nReçus : " + received());
    }

    private static Mail read(MimeMessage message) {
        try {
            Address[] to = message.getAllRecipients();
            return new Mail(to == null ? List.of() : Arrays.stream(to).map(Address::toString).toList(),
                    message.getSubject(), String.valueOf(message.getContent()));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
