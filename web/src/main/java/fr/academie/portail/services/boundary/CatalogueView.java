package fr.academie.portail.services.boundary;

import fr.academie.portail.services.entity.CollaborativeService;
import fr.academie.portail.services.entity.InstancePolicy;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;

/** « Services collaboratifs »: a card per service, and what the caller's school may ask for. */
@Named
@ViewScoped
public class CatalogueView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ServiceCatalog catalog;

    private List<CollaborativeService> services;
    private Set<String> requestable;

    @PostConstruct
    void init() {
        services = catalog.all();
        requestable = catalog.requestableByCaller();
    }

    public boolean canRequest(CollaborativeService service) {
        return requestable.contains(service.getCode());
    }

    public boolean isSelfService(CollaborativeService service) {
        return service.getInstancePolicy() == InstancePolicy.SELF_SERVICE && service.getAccessUrl() != null;
    }

    /** A page of the portal is linked inside it; any other address opens the external site. */
    public boolean isPortalPage(CollaborativeService service) {
        return service.getAccessUrl() != null && service.getAccessUrl().startsWith("/");
    }

    public List<CollaborativeService> getServices() {
        return services;
    }
}
