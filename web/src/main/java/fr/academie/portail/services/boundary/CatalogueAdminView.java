package fr.academie.portail.services.boundary;

import fr.academie.portail.platform.boundary.PageMessages;
import fr.academie.portail.services.entity.Audience;
import fr.academie.portail.services.entity.CollaborativeService;
import fr.academie.portail.services.entity.ServiceLevelTarget;
import fr.academie.portail.services.entity.ServiceOffer;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * « Catalogue des services », the DSI's page: edit a service's texts, audience and offer; set the
 * service-level targets; see the installed instances that expire soon.
 */
@Named
@ViewScoped
public class CatalogueAdminView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final List<Integer> EXPIRY_HORIZONS = List.of(30, 60, 90, 365);

    @Inject
    ServiceCatalog catalog;

    @Inject
    ServiceRequests requests;

    private List<CollaborativeService> services;
    private List<QueueRow> expiring;
    private int expiryHorizon = 60;
    private int takeChargeHours;
    private int installDays;

    private String code;
    private String name;
    private String summary;
    private String description;
    private Audience audience;
    private ServiceOffer offer;
    private String accessUrl;

    @PostConstruct
    void init() {
        services = catalog.all();
        expiring = requests.expiringWithin(expiryHorizon);
        ServiceLevelTarget targets = catalog.targets();
        takeChargeHours = targets.getTakeChargeHours();
        installDays = targets.getInstallDays();
    }

    public void edit(CollaborativeService service) {
        code = service.getCode();
        name = service.getName();
        summary = service.getSummary();
        description = service.getDescription();
        audience = service.getAudience();
        offer = service.getOffer();
        accessUrl = service.getAccessUrl();
    }

    public void save() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            catalog.revise(code, name, summary, description, audience, offer, accessUrl);
            services = catalog.all();
            PageMessages.add(faces, FacesMessage.SEVERITY_INFO, "catalogueDsi.enregistre", name);
        } catch (ServiceRequestException refused) {
            refused.messages().forEach(message -> faces.addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, message, "")));
            faces.validationFailed();
        }
    }

    public void saveTargets() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            catalog.reviseTargets(takeChargeHours, installDays);
            PageMessages.add(faces, FacesMessage.SEVERITY_INFO, "catalogueDsi.delais.enregistres");
        } catch (ServiceRequestException refused) {
            refused.messages().forEach(message -> faces.addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, message, "")));
        }
    }

    public Audience[] getAudiences() {
        return Audience.values();
    }

    public ServiceOffer[] getOffers() {
        return ServiceOffer.values();
    }

    public void showExpiring() {
        expiring = requests.expiringWithin(expiryHorizon);
    }

    public List<Integer> getExpiryHorizons() {
        return EXPIRY_HORIZONS;
    }

    public int getExpiryHorizon() {
        return expiryHorizon;
    }

    public void setExpiryHorizon(int expiryHorizon) {
        this.expiryHorizon = EXPIRY_HORIZONS.contains(expiryHorizon) ? expiryHorizon : 60;
    }

    public List<CollaborativeService> getServices() {
        return services;
    }

    public List<QueueRow> getExpiring() {
        return expiring;
    }

    public int getTakeChargeHours() {
        return takeChargeHours;
    }

    public void setTakeChargeHours(int takeChargeHours) {
        this.takeChargeHours = takeChargeHours;
    }

    public int getInstallDays() {
        return installDays;
    }

    public void setInstallDays(int installDays) {
        this.installDays = installDays;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Audience getAudience() {
        return audience;
    }

    public void setAudience(Audience audience) {
        this.audience = audience;
    }

    public ServiceOffer getOffer() {
        return offer;
    }

    public void setOffer(ServiceOffer offer) {
        this.offer = offer;
    }

    public String getAccessUrl() {
        return accessUrl;
    }

    public void setAccessUrl(String accessUrl) {
        this.accessUrl = accessUrl;
    }
}
