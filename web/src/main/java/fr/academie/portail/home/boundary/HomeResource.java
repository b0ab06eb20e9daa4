package fr.academie.portail.home.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** {@code /api/v1/home/tiles}: the caller's home tiles, for the future mobile application. */
@Path("home")
@Produces(MediaType.APPLICATION_JSON)
public class HomeResource {

    @Inject
    PortalTiles tiles;

    @GET
    @Path("tiles")
    public List<TileView> tiles() {
        return tiles.forCaller();
    }
}
