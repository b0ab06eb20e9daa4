package fr.academie.portail.accounts.boundary;

import fr.academie.portail.accounts.entity.Account;

/**
 * A password was changed or reset: its owner is told, in the portal's inbox and by e-mail, so that
 * a change they did not make does not go unnoticed. Fired in the change's transaction; observed
 * once it is committed. {@code personalAddress} is the HR extract's {@code email_perso}, or null.
 */
public record PasswordNotice(String login, boolean reset, String firstName, String personalAddress) {

    static PasswordNotice changed(Account account) {
        return new PasswordNotice(account.getLogin(), false, account.getAgent().getData().prenom(),
                account.getAgent().getData().emailPerso());
    }

    static PasswordNotice reset(Account account) {
        return new PasswordNotice(account.getLogin(), true, account.getAgent().getData().prenom(),
                account.getAgent().getData().emailPerso());
    }
}
