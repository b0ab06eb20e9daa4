package fr.academie.portail.services.boundary;

import fr.academie.portail.services.entity.AttachmentDescription;
import fr.academie.portail.services.entity.RequestAttachment;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code /api/v1/service-requests}: a school's requests for the académie's services, for scripts
 * and the helpdesk's tools. The same rules as the pages: who may see, who may move.
 */
@Path("service-requests")
@Produces(MediaType.APPLICATION_JSON)
public class ServiceRequestsResource {

    /** Attachments are at most 10 MB; a little more is read so that the policy can say « too big ». */
    private static final int READ_LIMIT = 10 * 1024 * 1024 + 1;

    @Inject
    ServiceRequests requests;

    public record CommentBody(String text) {
    }

    @GET
    public List<QueueRow> mine() {
        return requests.mine();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response submit(NewRequest asked, @Context UriInfo uri) {
        if (asked == null) {
            throw new BadRequestException("Corps JSON attendu.");
        }
        RequestDetails created = requests.submit(asked);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
                .entity(created).build();
    }

    @GET
    @Path("{id}")
    public RequestDetails find(@PathParam("id") long id) {
        return requests.find(id);
    }

    @POST
    @Path("{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    public RequestDetails move(@PathParam("id") long id, TransitionInput input) {
        if (input == null) {
            throw new BadRequestException("Corps JSON attendu.");
        }
        return requests.move(id, input);
    }

    @POST
    @Path("{id}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    public RequestDetails comment(@PathParam("id") long id, CommentBody body) {
        return requests.comment(id, body == null ? null : body.text());
    }

    @POST
    @Path("{id}/attachments")
    @Consumes(MediaType.WILDCARD)
    public Response attach(@PathParam("id") long id, @QueryParam("name") String name, java.io.InputStream body,
                           @Context UriInfo uri) throws java.io.IOException {
        byte[] content = body.readNBytes(READ_LIMIT);
        AttachmentDescription added = requests.attach(id, name, content);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(added.id())).build()).entity(added).build();
    }

    @GET
    @Path("{id}/attachments/{attachment}")
    @Produces(MediaType.WILDCARD)
    public Response attachment(@PathParam("id") long id, @PathParam("attachment") long attachmentId) {
        RequestAttachment file = requests.attachment(id, attachmentId);
        return Response.ok(file.getContent(), file.getMediaType())
                .header("Content-Disposition", "attachment; filename*=UTF-8''"
                        + URLEncoder.encode(file.getFileName(), StandardCharsets.UTF_8).replace("+", "%20"))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
