package fr.academie.portail.accounts.boundary;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who a page session belongs to, kept in the session by the login page only. Serializable, so a
 * replicated session carries it to another server.
 */
record SignedIn(String login, Set<String> groups) implements Serializable {

    private static final String ATTRIBUTE = SignedIn.class.getName();

    SignedIn {
        groups = new TreeSet<>(groups);
    }

    static SignedIn of(HttpSession session) {
        return session == null ? null : (SignedIn) session.getAttribute(ATTRIBUTE);
    }

    static void keep(HttpSession session, String login, Set<String> groups) {
        session.setAttribute(ATTRIBUTE, new SignedIn(login, groups));
    }
}
