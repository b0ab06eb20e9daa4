package fr.academie.portail.concours.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;

/**
 * {@code /api/v1/concours-sessions}: internal concours. HR opens sessions and lists their
 * registrations; every agent reads the sessions as they apply to them ({@code /mine}) and manages
 * their own registration under {@code /{id}/my-registration}.
 */
@Path("concours-sessions")
@Produces(MediaType.APPLICATION_JSON)
public class ConcoursResource {

    @Inject
    ConcoursSessions sessions;

    @Inject
    MyConcours mine;

    /**
     * The body of a registration: the section's id and, when it has options, the option chosen;
     * {@code version}, optional, the registration's version last read (-1: none), refused when stale.
     */
    public record RegistrationChange(Long sectionId, String option, Long version) {
    }

    @GET
    public List<SessionView> all() {
        return sessions.all();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public SessionView create(SessionForm form) {
        return sessions.create(form == null ? new SessionForm(null, null, null, null, null, null, null, null, null) : form);
    }

    @GET
    @Path("{id}/registrations")
    public List<RegistrationLine> registrations(@PathParam("id") long id) {
        return sessions.registrations(id);
    }

    @GET
    @Path("mine")
    public List<SessionView> mine() {
        return mine.sessions();
    }

    @GET
    @Path("{id}/my-registration")
    public SessionView myRegistration(@PathParam("id") long id) {
        return mine.session(id);
    }

    @PUT
    @Path("{id}/my-registration")
    @Consumes(MediaType.APPLICATION_JSON)
    public SessionView register(@PathParam("id") long id, RegistrationChange change) {
        return mine.register(id, change == null ? null : change.sectionId(), change == null ? null : change.option(),
                change == null ? null : change.version());
    }

    /** The confirmation of the caller's registration, as a PDF. */
    @GET
    @Path("{id}/my-registration/confirmation")
    @Produces("application/pdf")
    public Response confirmation(@PathParam("id") long id, @Context SecurityContext security) {
        byte[] pdf = RegistrationPdf.of(mine.session(id), mine.myName(), security.getUserPrincipal().getName());
        return Response.ok(pdf).header("Content-Disposition", "attachment; filename=\"inscription-concours-" + id + ".pdf\"").build();
    }

    @DELETE
    @Path("{id}/my-registration")
    public SessionView withdraw(@PathParam("id") long id, @QueryParam("version") Long version) {
        return mine.withdraw(id, version);
    }
}
