package fr.academie.portail.promotions.boundary;

import fr.academie.portail.promotions.control.Appreciation;
import fr.academie.portail.promotions.control.Avis;
import fr.academie.portail.promotions.control.PromotionPhase;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * {@code /api/v1/promotion-campaigns}: the tableaux d'avancement. HR managers set them up, give the
 * hors classe appreciations, read and validate the table and publish it; heads of school and
 * inspectors give their opinions under {@code /{id}/opinions}; every agent reads their own
 * situation at {@code /mine}. The services decide who may do what: a refusal is a 403 with a French
 * message, a bad request a 400 naming the field.
 */
@Path("promotion-campaigns")
@Produces(MediaType.APPLICATION_JSON)
public class PromotionCampaignsResource {

    @Inject
    PromotionCampaigns campaigns;

    @Inject
    PromotionOpinions opinions;

    @Inject
    MyPromotions mine;

    /** The body of an appreciation: its name (EXCELLENT, TRES_SATISFAISANT, SATISFAISANT, A_CONSOLIDER) or null to remove it. */
    public record AppreciationChange(Appreciation appreciation) {
    }

    /** The body of an opinion: TRES_FAVORABLE, FAVORABLE or DEFAVORABLE, and its reason. */
    public record OpinionChange(Avis avis, String comment) {
    }

    @GET
    public List<PromotionCampaignSummary> all() {
        return campaigns.all();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public PromotionCampaignSummary create(PromotionCampaignForm form) {
        return campaigns.create(form == null ? new PromotionCampaignForm(null, null, null, null, null, null, null, null, null, null, null, null, null, null)
                : form);
    }

    @GET
    @Path("mine")
    public List<MyPromotion> mine() {
        return mine.mine();
    }

    @GET
    @Path("for-opinions")
    public List<PromotionCampaignSummary> forOpinions() {
        return opinions.campaigns();
    }

    @GET
    @Path("{id}")
    public PromotionCampaignSummary campaign(@PathParam("id") long id) {
        return campaigns.campaign(id);
    }

    @POST
    @Path("{id}/promouvables")
    public PromotionCampaignSummary redraw(@PathParam("id") long id) {
        return campaigns.redraw(id);
    }

    /** The ranked table: size, carried fraction, barre, balance of women and men, what blocks validation, every line. */
    @GET
    @Path("{id}/table")
    public TableView table(@PathParam("id") long id) {
        return campaigns.table(id);
    }

    @PUT
    @Path("{id}/candidates/{candidate}/appreciation")
    @Consumes(MediaType.APPLICATION_JSON)
    public PromotionCampaigns.Appreciated appreciate(@PathParam("id") long id, @PathParam("candidate") long candidate,
            AppreciationChange change) {
        return campaigns.appreciate(id, candidate, change == null ? null : change.appreciation());
    }

    @POST
    @Path("{id}/phase/{phase}")
    public PromotionCampaignSummary advance(@PathParam("id") long id, @PathParam("phase") String phase) {
        PromotionPhase next;
        try {
            next = PromotionPhase.valueOf(phase);
        } catch (IllegalArgumentException e) {
            throw PromotionRejectedException.of("phase", "Étape inconnue « " + phase + " » : OPINIONS, VALIDATED ou PUBLISHED.");
        }
        return campaigns.advance(id, next);
    }

    @GET
    @Path("{id}/opinions")
    public List<OpinionLine> myOpinions(@PathParam("id") long id) {
        return opinions.mine(id);
    }

    @PUT
    @Path("{id}/opinions/{candidate}")
    @Consumes(MediaType.APPLICATION_JSON)
    public OpinionLine give(@PathParam("id") long id, @PathParam("candidate") long candidate, OpinionChange change) {
        return opinions.give(id, candidate, change == null ? null : change.avis(), change == null ? null : change.comment());
    }
}
