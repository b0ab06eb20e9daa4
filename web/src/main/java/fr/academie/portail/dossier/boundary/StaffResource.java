package fr.academie.portail.dossier.boundary;

import fr.academie.portail.accounts.entity.Role;
import fr.academie.portail.platform.control.Paging;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * {@code GET /api/v1/agents}: the staff list of HR managers (everyone) and heads of establishment
 * (their own staff whatever they ask), filtered and paged like the « Dossiers des personnels » page.
 */
@Path("agents")
@Produces(MediaType.APPLICATION_JSON)
// the services' own rule, checked here too: a refusal is then a 403 of the API, not a failed invocation
@RolesAllowed({Role.Names.GESTIONNAIRE_RH, Role.Names.CHEF_ETABLISSEMENT})
public class StaffResource {

    /** One page of the list and the number of agents the filters keep. */
    public record StaffPage(long total, int page, int size, List<StaffRow> results) {
    }

    @Inject
    StaffDirectory staff;

    @GET
    public StaffPage search(@QueryParam("q") String text, @QueryParam("corps") String corps,
            @QueryParam("grade") String grade, @QueryParam("discipline") String discipline,
            @QueryParam("uai") String uai, @QueryParam("actif") Boolean active,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        int pageSize = Math.max(1, Math.min(size, 500));
        int pageNumber = Math.max(0, page);
        StaffFilter filter = new StaffFilter(text, corps, grade, discipline, uai, active);
        return new StaffPage(staff.count(filter), pageNumber, pageSize,
                staff.search(filter, Paging.offset(pageNumber, pageSize, Integer.MAX_VALUE), pageSize, "nom", true));
    }
}
