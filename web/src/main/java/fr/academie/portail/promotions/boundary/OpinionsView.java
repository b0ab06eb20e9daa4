package fr.academie.portail.promotions.boundary;

import fr.academie.portail.promotions.control.Avis;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * « Avis pour la classe exceptionnelle », for heads of school and inspectors: the promouvables they
 * are responsible for in the chosen campaign, each with the opinion and its reason to give.
 */
@Named
@ViewScoped
public class OpinionsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PromotionOpinions opinions;

    private List<PromotionCampaignSummary> campaigns;
    private Long campaignId;
    private List<OpinionLine> lines = List.of();
    private final Map<Long, String> avis = new HashMap<>();
    private final Map<Long, String> comments = new HashMap<>();

    @PostConstruct
    void init() {
        campaigns = opinions.campaigns();
        if (!campaigns.isEmpty()) {
            campaignId = campaigns.get(0).id(); // the newest, unless the address names one (?campagne=)
        }
    }

    public void load() {
        if (campaignId != null && campaigns.stream().noneMatch(c -> c.id() == campaignId)) {
            campaignId = campaigns.isEmpty() ? null : campaigns.get(0).id();
        }
        avis.clear();
        comments.clear();
        lines = campaignId == null ? List.of() : opinions.mine(campaignId);
        for (OpinionLine line : lines) {
            avis.put(line.candidateId(), line.avis() == null ? null : avisName(line.avis()));
            comments.put(line.candidateId(), line.comment());
        }
    }

    public void give(long candidateId) {
        String chosen = avis.get(candidateId);
        Avis given = chosen == null || chosen.isBlank() ? null : Avis.valueOf(chosen);
        if (PromotionPages.attempt(() -> opinions.give(campaignId, candidateId, given, comments.get(candidateId)), "avis.enregistre")) {
            load();
        }
    }

    private static String avisName(String label) {
        for (Avis a : Avis.values()) {
            if (a.label().equals(label)) {
                return a.name();
            }
        }
        return null;
    }

    public PromotionCampaignSummary getCampaign() {
        return campaigns.stream().filter(c -> campaignId != null && c.id() == campaignId).findFirst().orElse(null);
    }

    public List<Avis> getAllAvis() {
        return List.of(Avis.values());
    }

    public List<PromotionCampaignSummary> getCampaigns() {
        return campaigns;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public void setCampaignId(Long campaignId) {
        this.campaignId = campaignId;
    }

    public List<OpinionLine> getLines() {
        return lines;
    }

    public Map<Long, String> getAvis() {
        return avis;
    }

    public Map<Long, String> getComments() {
        return comments;
    }
}
