package fr.academie.portail.cv.boundary;

import fr.academie.portail.cv.control.CvEntry;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code /api/v1/cv/moi}: the caller's CV — add a line, remove one, write the presentation
 * (plain text), validate.
 */
@Path("cv/moi")
@Produces(MediaType.APPLICATION_JSON)
public class MyCvResource {

    @Inject
    Curricula curricula;

    @GET
    public CvView mine() {
        return curricula.mine();
    }

    @POST
    @Path("lignes")
    @Consumes(MediaType.APPLICATION_JSON)
    public CvView add(CvEntry entry) {
        return curricula.add(entry == null ? new CvEntry(null, null, null, null, null, null, null) : entry);
    }

    @DELETE
    @Path("lignes/{id}")
    public CvView remove(@PathParam("id") long id) {
        return curricula.remove(id);
    }

    @PUT
    @Path("presentation")
    @Consumes(MediaType.TEXT_PLAIN)
    public CvView present(String text) {
        return curricula.present(text);
    }

    @POST
    @Path("validation")
    public CvView validate() {
        return curricula.validate();
    }
}
