package fr.academie.portail.accounts.boundary;

import jakarta.security.enterprise.credential.Credential;

/** The second step of a privileged sign-in: the login whose password was just verified, and a code. */
public record SecondFactorCredential(String login, String code) implements Credential {
}
