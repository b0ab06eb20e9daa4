package fr.academie.portail.services.boundary;

import fr.academie.portail.services.entity.CollaborativeService;
import fr.academie.portail.services.entity.FormField;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** {@code /api/v1/services}: the catalogue, with the fields each service's request needs. */
@Path("services")
@Produces(MediaType.APPLICATION_JSON)
public class ServicesResource {

    @Inject
    ServiceCatalog catalog;

    public record FieldDto(String code, String label, String kind, boolean required, List<String> choices, String hint) {
    }

    public record ServiceDto(String code, String name, String summary, String description, String audience,
                             String instancePolicy, String offer, boolean requestable, String accessUrl,
                             List<FieldDto> fields) {

        static ServiceDto of(CollaborativeService s) {
            return new ServiceDto(s.getCode(), s.getName(), s.getSummary(), s.getDescription(), s.getAudience().name(),
                    s.getInstancePolicy().name(), s.getOffer().name(), s.isRequestable(), s.getAccessUrl(),
                    s.getFields().stream().map(ServiceDto::field).toList());
        }

        private static FieldDto field(FormField f) {
            return new FieldDto(f.getCode(), f.getLabel(), f.getKind().name(), f.isRequired(), f.getChoiceList(), f.getHint());
        }
    }

    @GET
    public List<ServiceDto> all() {
        return catalog.all().stream().map(ServiceDto::of).toList();
    }
}
