package fr.academie.portail.accounts.boundary;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;

/**
 * A login and password typed on a page (sign-in, first password change): for a privileged account
 * they open only the second factor's page. The API's Basic credentials stay plain
 * {@link UsernamePasswordCredential}s.
 */
public class PageSignInCredential extends UsernamePasswordCredential {

    public PageSignInCredential(String login, String password) {
        super(login, password);
    }
}
