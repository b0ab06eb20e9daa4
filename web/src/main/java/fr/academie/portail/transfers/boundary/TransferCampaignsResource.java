package fr.academie.portail.transfers.boundary;

import fr.academie.portail.transfers.control.WishRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;

/**
 * {@code /api/v1/transfer-campaigns}: the mutation campaigns. HR managers prepare and run them
 * (the campaign, its posts, its phases, contestations, simulations, publication); every agent
 * reaches their own candidature under {@code /{id}/my-candidature}. The services decide who may
 * do what; a refusal is a 403 with a French message.
 */
@Path("transfer-campaigns")
@Produces(MediaType.APPLICATION_JSON)
public class TransferCampaignsResource {

    @Inject
    TransferCampaigns campaigns;

    @Inject
    MyTransfers mine;

    /** The body of a wish list's save: the version the page read, the wishes in order. */
    public record WishList(Long version, List<WishRequest> wishes) {
    }

    /** The body of a declaration's save. */
    public record DeclarationChange(Long version, CandidatureView.Declaration declaration) {
    }

    /** The body of a contestation. */
    public record Contest(String element, String comment) {
    }

    /** The body of HR's answer to a contestation. */
    public record Answer(Boolean accept, BigDecimal points, String reason) {
    }

    /** The body of a post's change. */
    public record PostChange(String uai, String discipline, Integer vacancies) {
    }

    @GET
    public List<CampaignSummary> all() {
        return campaigns.all();
    }

    @GET
    @Path("open-to-me")
    public List<CampaignSummary> openToMe() {
        return mine.campaigns();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public CampaignSummary create(CampaignForm form) {
        return campaigns.create(form == null ? new CampaignForm(null, null, null, null, null, null, null, null, null, null) : form);
    }

    @GET
    @Path("{id}")
    public CampaignDetails details(@PathParam("id") long id) {
        return campaigns.details(id);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public CampaignSummary update(@PathParam("id") long id, @QueryParam("version") long version, CampaignForm form) {
        return campaigns.update(id, form == null ? new CampaignForm(null, null, null, null, null, null, null, null, null, null) : form,
                version);
    }

    @POST
    @Path("{id}/posts")
    @Consumes(MediaType.APPLICATION_JSON)
    public PostLine setPost(@PathParam("id") long id, PostChange change) {
        PostChange body = change == null ? new PostChange(null, null, null) : change;
        return campaigns.setPost(id, body.uai(), body.discipline(), body.vacancies());
    }

    /** Posts as CSV: « uai;discipline;postes », a header line. */
    @POST
    @Path("{id}/posts/import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    public PostImportReport importPosts(@PathParam("id") long id, String csv) {
        return campaigns.importPosts(id, new StringReader(csv == null ? "" : csv));
    }

    @POST
    @Path("{id}/phase/{phase}")
    public CampaignSummary advance(@PathParam("id") long id, @PathParam("phase") String phase) {
        return campaigns.advance(id, phase);
    }

    @GET
    @Path("{id}/contestations")
    public List<ContestationLine> contestations(@PathParam("id") long id) {
        return campaigns.contestations(id);
    }

    @POST
    @Path("{id}/contestations/{contestation}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    public ContestationLine answer(@PathParam("contestation") long contestation, Answer answer) {
        Answer body = answer == null ? new Answer(null, null, null) : answer;
        return campaigns.answer(contestation, Boolean.TRUE.equals(body.accept()), body.points(), body.reason());
    }

    @GET
    @Path("{id}/handicap-cases")
    public List<HandicapCase> handicapCases(@PathParam("id") long id) {
        return campaigns.handicapCases(id);
    }

    @POST
    @Path("{id}/participants/{participant}/wishes/{rank}/handicap")
    public void decideHandicap(@PathParam("participant") long participant, @PathParam("rank") int rank,
            @QueryParam("accepted") boolean accepted) {
        campaigns.decideHandicapWish(participant, rank, accepted);
    }

    @POST
    @Path("{id}/simulations")
    public SimulationSummary simulate(@PathParam("id") long id, @QueryParam("mode") String mode) {
        return campaigns.simulate(id, mode);
    }

    @GET
    @Path("{id}/simulations")
    public List<SimulationSummary> simulations(@PathParam("id") long id) {
        return campaigns.simulations(id);
    }

    @GET
    @Path("{id}/simulations/{simulation}/results")
    public List<ParticipantRow> results(@PathParam("simulation") long simulation) {
        return campaigns.results(simulation);
    }

    @POST
    @Path("{id}/simulations/{simulation}/publication")
    public CampaignSummary publish(@PathParam("id") long id, @PathParam("simulation") long simulation) {
        return campaigns.publish(id, simulation);
    }

    @GET
    @Path("{id}/my-candidature")
    public CandidatureView candidature(@PathParam("id") long id) {
        return mine.candidature(id);
    }

    @PUT
    @Path("{id}/my-candidature/declaration")
    @Consumes(MediaType.APPLICATION_JSON)
    public CandidatureView declare(@PathParam("id") long id, DeclarationChange change) {
        if (change == null || change.declaration() == null) {
            throw TransferRejectedException.of("declaration", "Envoyez votre déclaration (declaration) et la version lue (version).");
        }
        return mine.declare(id, change.declaration(), change.version() == null ? MyTransfers.NOT_SAVED : change.version());
    }

    @PUT
    @Path("{id}/my-candidature/wishes")
    @Consumes(MediaType.APPLICATION_JSON)
    public CandidatureView saveWishes(@PathParam("id") long id, WishList list) {
        if (list == null || list.wishes() == null) {
            throw TransferRejectedException.of("voeux", "Envoyez la liste de vos vœux (wishes) et la version lue (version).");
        }
        return mine.saveWishes(id, list.wishes(), list.version() == null ? MyTransfers.NOT_SAVED : list.version());
    }

    @POST
    @Path("{id}/my-candidature/confirmation")
    public CandidatureView confirm(@PathParam("id") long id, @QueryParam("version") long version) {
        return mine.confirm(id, version);
    }

    @POST
    @Path("{id}/my-candidature/contestations")
    @Consumes(MediaType.APPLICATION_JSON)
    public CandidatureView contest(@PathParam("id") long id, Contest contest) {
        Contest body = contest == null ? new Contest(null, null) : contest;
        return mine.contest(id, body.element(), body.comment());
    }
}
