package fr.academie.portail.dossier.boundary;

import fr.academie.portail.career.boundary.CareerOutlook;
import fr.academie.portail.career.boundary.CareerProjections;
import fr.academie.portail.cv.boundary.Curricula;
import fr.academie.portail.cv.boundary.CvView;
import fr.academie.portail.dossier.control.DossierCorrection;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code /api/v1/agents/{login}}: an agent's dossier, its history, their career projection and
 * CV, for the agent themself or HR (a head of establishment reads their staff's dossiers). An HR
 * manager corrects a dossier with {@code PUT …/dossier} and a reason.
 */
@Path("agents/{login}")
@Produces(MediaType.APPLICATION_JSON)
public class AgentsResource {

    @Inject
    Dossiers dossiers;

    @Inject
    DossierCorrections corrections;

    @Inject
    CareerProjections careers;

    @Inject
    Curricula curricula;

    @GET
    @Path("dossier")
    public Dossier dossier(@PathParam("login") String login) {
        return dossiers.of(login);
    }

    @PUT
    @Path("dossier")
    @Consumes(MediaType.APPLICATION_JSON)
    public Dossier correct(@PathParam("login") String login, DossierCorrection correction) {
        return corrections.correct(login, correction == null
                ? new DossierCorrection(null, null, null, null, null, null, null, null, null, null, null, null, null, null)
                : correction);
    }

    @GET
    @Path("dossier/history")
    public DossierHistoryView history(@PathParam("login") String login) {
        return dossiers.history(login);
    }

    @GET
    @Path("career-projection")
    public CareerOutlook careerProjection(@PathParam("login") String login) {
        return careers.of(login);
    }

    @GET
    @Path("cv")
    public CvView cv(@PathParam("login") String login) {
        return curricula.of(login);
    }
}
