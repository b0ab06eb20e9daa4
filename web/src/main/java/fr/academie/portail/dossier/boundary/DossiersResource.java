package fr.academie.portail.dossier.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code /api/v1/dossiers}: an agent's own dossier, for scripts and the future mobile app. */
@Path("dossiers")
@Produces(MediaType.APPLICATION_JSON)
public class DossiersResource {

    @Inject
    Dossiers dossiers;

    @GET
    @Path("moi")
    public Dossier mine() {
        return dossiers.mine();
    }

    @GET
    @Path("{login}")
    public Dossier of(@PathParam("login") String login) {
        return dossiers.of(login);
    }
}
