package fr.academie.portail.accounts.boundary;

import fr.academie.portail.accounts.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code /api/v1/accounts/{login}}: an account's state, for the helpdesk's and the DSI's scripts. */
@Path("accounts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.DSI, Role.Names.ASSISTANCE})
public class AccountsResource {

    @Inject
    Accounts accounts;

    @GET
    @Path("{login}")
    public AccountSummary account(@PathParam("login") String login) {
        return accounts.summary(login).orElseThrow(() -> new NotFoundException("Compte inconnu : " + login));
    }
}
