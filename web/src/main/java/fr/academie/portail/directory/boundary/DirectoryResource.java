package fr.academie.portail.directory.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code /api/v1/directory}: the annuaire for signed-in staff. {@code ?q=} any words, {@code page}
 * (from 0) and {@code size} (at most 100), facet filters {@code fonction}, {@code discipline},
 * {@code etablissement}.
 */
@Path("directory")
@Produces(MediaType.APPLICATION_JSON)
public class DirectoryResource {

    @Inject
    Directory directory;

    public record OwnPart(String telephone, String bureau) {
    }

    @GET
    public DirectoryPage search(@QueryParam("q") String words, @QueryParam("fonction") String fonction,
                                @QueryParam("discipline") String discipline, @QueryParam("etablissement") String etablissement,
                                @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
        return directory.search(new DirectoryQuery(words, fonction, discipline, etablissement, page, size));
    }

    @GET
    @Path("moi")
    public DirectoryCard mine() {
        return directory.mine().orElseThrow(() -> new NotFoundException("Aucune fiche d'annuaire pour ce compte."));
    }

    @PUT
    @Path("moi")
    @Consumes(MediaType.APPLICATION_JSON)
    public DirectoryCard describeMine(OwnPart part) {
        return directory.describeMine(part == null ? null : part.telephone(), part == null ? null : part.bureau());
    }
}
