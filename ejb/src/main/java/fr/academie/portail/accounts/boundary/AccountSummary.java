package fr.academie.portail.accounts.boundary;

import fr.academie.portail.accounts.entity.Account;

/** What the helpdesk and the DSI may know of an account: never a hash, never a NUMEN. */
public record AccountSummary(String login, String status, String nom, String prenom, String uai, String etablissement) {

    static AccountSummary of(Account account) {
        var agent = account.getAgent();
        return new AccountSummary(account.getLogin(), account.getStatus().name(), agent.getData().nom(),
                agent.getData().prenom(), agent.getEstablishment().getUai(), agent.getEstablishment().getName());
    }
}
