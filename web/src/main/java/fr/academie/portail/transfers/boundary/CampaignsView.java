package fr.academie.portail.transfers.boundary;

import fr.academie.portail.transfers.control.WishType;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** « Campagnes de mutation » for HR: the campaigns, and a new one. */
@Named
@ViewScoped
public class CampaignsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TransferCampaigns campaigns;

    private List<CampaignSummary> all;
    private String name;
    private String corps;
    private int maxWishes = 31;
    private List<String> wishTypes = new ArrayList<>(Arrays.stream(WishType.values()).map(Enum::name).toList());
    private ScheduleFields schedule;

    @PostConstruct
    void init() {
        all = campaigns.all();
        int year = ScheduleFields.nextYear();
        name = "Mouvement intra-académique " + year;
        schedule = ScheduleFields.usual(year);
    }

    public void create() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        CampaignSummary[] created = new CampaignSummary[1];
        if (TransferPages.attempt(() -> created[0] = campaigns.create(new CampaignForm(name, corps, maxWishes, wishTypes,
                schedule.opensAt(), schedule.closesAt(), schedule.baremeShownFrom(), schedule.baremeShownTo(),
                schedule.getReferenceDate(), null)), "campagne.creee")) {
            faces.getExternalContext().getFlash().setKeepMessages(true);
            // the view handler adds the session's token the protected page asks for
            faces.getExternalContext().redirect(faces.getApplication().getViewHandler().getRedirectURL(faces,
                    "/mutations/campagne.xhtml", java.util.Map.of("id", java.util.List.of(String.valueOf(created[0].id()))), false));
        }
    }

    public List<WishType> getAllWishTypes() {
        return List.of(WishType.values());
    }

    public List<CampaignSummary> getAll() {
        return all;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCorps() {
        return corps;
    }

    public void setCorps(String corps) {
        this.corps = corps;
    }

    public int getMaxWishes() {
        return maxWishes;
    }

    public void setMaxWishes(int maxWishes) {
        this.maxWishes = maxWishes;
    }

    public List<String> getWishTypes() {
        return wishTypes;
    }

    public void setWishTypes(List<String> wishTypes) {
        this.wishTypes = wishTypes;
    }

    public ScheduleFields getSchedule() {
        return schedule;
    }
}
