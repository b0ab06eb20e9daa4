package fr.academie.portail.messages.boundary;

import fr.academie.portail.messages.entity.Message;
import fr.academie.portail.messages.entity.TargetKind;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import java.util.List;
import java.util.Locale;

/** {@code /api/v1/messages}: the caller's inbox; HR and the DSI send messages. */
@Path("messages")
@Produces(MediaType.APPLICATION_JSON)
public class MessagesResource {

    @Inject
    Messages messages;

    public record NewMessage(String subject, String body, String target, String value) {
    }

    public record Sent(long id, int recipients) {
    }

    public record Unread(long unread) {
    }

    @GET
    public List<InboxLine> inbox(@QueryParam("archived") @DefaultValue("false") boolean archived) {
        return messages.inbox(archived);
    }

    @GET
    @Path("unread-count")
    public Unread unread() {
        return new Unread(messages.unread());
    }

    @POST
    @Path("{id}/read")
    public InboxLine read(@PathParam("id") long id) {
        return messages.open(id);
    }

    @POST
    @Path("{id}/archive")
    public Response archive(@PathParam("id") long id, @QueryParam("archived") @DefaultValue("true") boolean archived) {
        messages.archive(id, archived);
        return Response.noContent().build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response send(NewMessage message, @Context UriInfo uri) {
        if (message == null) {
            throw new BadRequestException("Corps JSON attendu.");
        }
        TargetKind kind;
        try {
            kind = message.target() == null ? null : TargetKind.valueOf(message.target().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new MessageRejectedException("Destinataires inconnus : « " + message.target()
                    + " » (TOUS, CORPS, DISCIPLINE, ETABLISSEMENT ou IDENTIFIANTS).", false);
        }
        Message sent = messages.send(message.subject(), message.body(), kind, message.value());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(sent.getId())).build())
                .entity(new Sent(sent.getId(), sent.getRecipients())).build();
    }
}
