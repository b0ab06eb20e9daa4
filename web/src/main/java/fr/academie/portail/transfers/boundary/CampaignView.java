package fr.academie.portail.transfers.boundary;

import fr.academie.portail.platform.boundary.PageMessages;
import fr.academie.portail.transfers.control.BaremeRules;
import fr.academie.portail.transfers.control.CampaignPhase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.event.FileUploadEvent;

/**
 * One mutation campaign for HR: its settings and barème values, its posts (entered or uploaded),
 * the next phase and why it cannot come yet, the contestations to answer, the simulations run,
 * compared side by side, and the one published.
 */
@Named
@ViewScoped
public class CampaignView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The barème values in the order the form shows them. */
    private static final List<String> RULES = List.of("pointsPerEchelon", "echelonMinimum", "horsClasseBase", "exceptionnelleBase",
            "exceptionnelleCap", "seniorityPerYear", "seniorityPerFourYears", "spouse", "perChild", "separationOneYear",
            "separationTwoYears", "separationThreeYears", "separationFourYears", "repPlus", "rep", "handicap", "handicapAccepted");

    @Inject
    TransferCampaigns campaigns;

    private Long id;
    private CampaignDetails details;
    private List<ContestationLine> contestations;
    private List<HandicapCase> handicapCases;
    private Long compareLeft;
    private Long compareRight;
    private List<ParticipantRow> results;
    private Long shownSimulation;
    private List<fr.academie.portail.transfers.control.Place> places;

    // settings
    private String name;
    private ScheduleFields schedule;
    private final Map<String, BigDecimal> rules = new LinkedHashMap<>();
    private int educationPrioritaireYears;

    // a post
    private String postUai;
    private String postDiscipline;
    private Integer postVacancies = 1;
    private PostImportReport importReport;

    // an answer to a contestation
    private ContestationLine answering;
    private boolean accept = true;
    private BigDecimal correctedPoints;
    private String answerReason;

    public void load() {
        if (id == null) {
            return;
        }
        try {
            refresh();
        } catch (TransferRejectedException unknown) {
            details = null; // the page says the campaign does not exist
        }
    }

    private void refresh() {
        details = campaigns.details(id);
        contestations = campaigns.contestations(id);
        handicapCases = isHandicapDecidable() ? campaigns.handicapCases(id) : List.of();
        CampaignSummary c = details.campaign();
        name = c.name();
        schedule = ScheduleFields.of(c);
        BaremeRules r = details.rules();
        List<BigDecimal> values = List.of(r.pointsPerEchelon(), r.echelonMinimum(), r.horsClasseBase(), r.exceptionnelleBase(),
                r.exceptionnelleCap(), r.seniorityPerYear(), r.seniorityPerFourYears(), r.spouse(), r.perChild(), r.separationOneYear(),
                r.separationTwoYears(), r.separationThreeYears(), r.separationFourYears(), r.repPlus(), r.rep(), r.handicap(),
                r.handicapAccepted());
        for (int i = 0; i < RULES.size(); i++) {
            rules.put(RULES.get(i), values.get(i).stripTrailingZeros());
        }
        educationPrioritaireYears = r.educationPrioritaireYears();
        List<SimulationSummary> runs = details.simulations();
        if (runs.size() >= 2 && (compareLeft == null || compareRight == null)) {
            // the two latest runs, side by side, until HR picks others
            compareLeft = runs.get(1).id();
            compareRight = runs.get(0).id();
        }
        if (shownSimulation == null && !details.simulations().isEmpty()) {
            SimulationSummary first = details.simulations().stream().filter(SimulationSummary::published).findFirst()
                    .orElse(details.simulations().get(0));
            show(first.id());
        }
    }

    public void saveSettings() {
        CampaignSummary c = details.campaign();
        BaremeRules edited = new BaremeRules(rules.get("pointsPerEchelon"), rules.get("echelonMinimum"), rules.get("horsClasseBase"),
                rules.get("exceptionnelleBase"), rules.get("exceptionnelleCap"), rules.get("seniorityPerYear"),
                rules.get("seniorityPerFourYears"), rules.get("spouse"), rules.get("perChild"), rules.get("separationOneYear"),
                rules.get("separationTwoYears"), rules.get("separationThreeYears"), rules.get("separationFourYears"), rules.get("repPlus"),
                rules.get("rep"), educationPrioritaireYears, rules.get("handicap"), rules.get("handicapAccepted"));
        act(() -> campaigns.update(id, new CampaignForm(name, c.corps(), c.maxWishes(), c.wishTypes(), schedule.opensAt(),
                schedule.closesAt(), schedule.baremeShownFrom(), schedule.baremeShownTo(), schedule.getReferenceDate(), edited),
                c.version()), "campagne.enregistree");
    }

    public void advance() {
        act(() -> campaigns.advance(id, details.nextPhase()), "campagne.etapeFranchie");
    }

    public void addPost() {
        if (act(() -> campaigns.setPost(id, postUai, postDiscipline, postVacancies), "campagne.posteEnregistre")) {
            postUai = null;
            postDiscipline = null;
            postVacancies = 1;
        }
    }

    public void removePost(long postId) {
        act(() -> {
            campaigns.removePost(id, postId);
            return null;
        }, "campagne.posteRetire");
    }

    public void upload(FileUploadEvent event) throws IOException {
        try (var reader = new InputStreamReader(event.getFile().getInputStream(), StandardCharsets.UTF_8)) {
            act(() -> importReport = campaigns.importPosts(id, reader), "campagne.postesImportes");
        }
    }

    public void decideHandicap(long participantId, int rank, boolean accepted) {
        act(() -> {
            campaigns.decideHandicapWish(participantId, rank, accepted);
            return null;
        }, accepted ? "campagne.handicapRetenu" : "campagne.handicapNonRetenu");
    }

    public void prepareAnswer(ContestationLine line) {
        answering = line;
        accept = true;
        correctedPoints = null;
        answerReason = null;
    }

    public void answer() {
        if (act(() -> campaigns.answer(answering.id(), accept, correctedPoints, answerReason), "campagne.reponseEnregistree")) {
            org.primefaces.PrimeFaces.current().executeScript("PF('reponse').hide()");
        }
    }

    public void simulate(String mode) {
        act(() -> {
            SimulationSummary run = campaigns.simulate(id, mode);
            compareLeft = null;
            compareRight = null;
            shownSimulation = null;
            show(run.id());
            return run;
        }, "campagne.simulationLancee");
    }

    public void publish(long simulationId) {
        act(() -> campaigns.publish(id, simulationId), "campagne.publiee");
    }

    public void show(long simulationId) {
        shownSimulation = simulationId;
        results = campaigns.results(simulationId);
    }

    private boolean act(java.util.function.Supplier<Object> action, String doneKey) {
        boolean done = TransferPages.attempt(action, doneKey);
        if (done) {
            refresh();
        }
        return done;
    }

    /** The two simulations shown side by side, as chosen (by default the two latest). */
    public List<SimulationSummary> getCompared() {
        if (details == null || compareLeft == null || compareRight == null || compareLeft.equals(compareRight)) {
            return List.of();
        }
        List<SimulationSummary> pair = new ArrayList<>();
        for (Long wanted : List.of(compareLeft, compareRight)) {
            details.simulations().stream().filter(s -> s.id() == wanted).findFirst().ifPresent(pair::add);
        }
        return pair.size() == 2 ? pair : List.of();
    }

    public long getDifferences() {
        List<SimulationSummary> pair = getCompared();
        return pair.isEmpty() ? 0 : campaigns.differences(pair.get(0).id(), pair.get(1).id());
    }

    /** Movers by the rank of the wish they obtained, one bar series per compared simulation (Chart.js). */
    public String getComparisonChart() {
        FacesContext faces = FacesContext.getCurrentInstance();
        List<SimulationSummary> pair = getCompared();
        int ranks = pair.stream().mapToInt(s -> lastNonZero(s.movedByWishRank())).max().orElse(1);
        JsonArrayBuilder labels = Json.createArrayBuilder();
        for (int k = 1; k <= ranks; k++) {
            labels.add(PageMessages.text(faces, "campagne.voeuN", k));
        }
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        String[] colours = {"#000091", "#18753c"};
        for (int i = 0; i < pair.size(); i++) {
            SimulationSummary s = pair.get(i);
            JsonArrayBuilder data = Json.createArrayBuilder();
            for (int k = 0; k < ranks; k++) {
                data.add(k < s.movedByWishRank().length ? s.movedByWishRank()[k] : 0);
            }
            datasets.add(Json.createObjectBuilder().add("label", "n° " + s.id() + " — " + s.modeLabel()).add("data", data)
                    .add("backgroundColor", colours[i]));
        }
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("aspectRatio", 3).add("animation", false)
                        .add("plugins", Json.createObjectBuilder().add("title", Json.createObjectBuilder().add("display", true)
                                .add("text", PageMessages.text(faces, "campagne.graphique.titre"))))
                        .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder().add("beginAtZero", true)
                                .add("ticks", Json.createObjectBuilder().add("precision", 0))
                                .add("title", Json.createObjectBuilder().add("display", true)
                                        .add("text", PageMessages.text(faces, "campagne.graphique.axe"))))))
                .build().toString();
    }

    /** The comparison's text alternative. */
    public String getComparisonSummary() {
        List<SimulationSummary> pair = getCompared();
        if (pair.isEmpty()) {
            return "";
        }
        return PageMessages.text(FacesContext.getCurrentInstance(), "campagne.graphique.resume", String.valueOf(pair.get(0).id()),
                pair.get(0).moved(), pair.get(0).firstWish(), String.valueOf(pair.get(1).id()), pair.get(1).moved(), pair.get(1).firstWish());
    }

    private static int lastNonZero(int[] counts) {
        int last = 1;
        for (int k = 0; k < counts.length; k++) {
            if (counts[k] > 0) {
                last = k + 1;
            }
        }
        return last;
    }

    public boolean isDraft() {
        return details != null && CampaignPhase.DRAFT.name().equals(details.campaign().phase());
    }

    public boolean isSimulable() {
        String phase = details == null ? "" : details.campaign().phase();
        return CampaignPhase.BAREME_FINAL.name().equals(phase) || CampaignPhase.SIMULATED.name().equals(phase);
    }

    public boolean isPublishable() {
        return details != null && CampaignPhase.SIMULATED.name().equals(details.campaign().phase());
    }

    /** Between the closing of wish entry and the final barème. */
    public boolean isHandicapDecidable() {
        String phase = details == null ? "" : details.campaign().phase();
        return CampaignPhase.CLOSED.name().equals(phase) || CampaignPhase.BAREME_DISPLAY.name().equals(phase);
    }

    public List<HandicapCase> getHandicapCases() {
        return handicapCases;
    }

    public boolean isAnswerable() {
        return details != null && CampaignPhase.BAREME_DISPLAY.name().equals(details.campaign().phase());
    }

    public boolean isPostsEditable() {
        return details != null && !CampaignPhase.valueOf(details.campaign().phase()).atLeast(CampaignPhase.SIMULATED);
    }

    public List<fr.academie.portail.transfers.control.Place> getPlaces() {
        if (places == null) {
            places = campaigns.places();
        }
        return places;
    }

    public List<String> getRuleNames() {
        return RULES;
    }

    public Map<String, BigDecimal> getRules() {
        return rules;
    }

    public int getEducationPrioritaireYears() {
        return educationPrioritaireYears;
    }

    public void setEducationPrioritaireYears(int educationPrioritaireYears) {
        this.educationPrioritaireYears = educationPrioritaireYears;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public CampaignDetails getDetails() {
        return details;
    }

    public List<ContestationLine> getContestations() {
        return contestations;
    }

    public Long getCompareLeft() {
        return compareLeft;
    }

    public void setCompareLeft(Long compareLeft) {
        this.compareLeft = compareLeft;
    }

    public Long getCompareRight() {
        return compareRight;
    }

    public void setCompareRight(Long compareRight) {
        this.compareRight = compareRight;
    }

    public List<ParticipantRow> getResults() {
        return results;
    }

    public Long getShownSimulation() {
        return shownSimulation;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public ScheduleFields getSchedule() {
        return schedule;
    }

    public String getPostUai() {
        return postUai;
    }

    public void setPostUai(String postUai) {
        this.postUai = postUai;
    }

    public String getPostDiscipline() {
        return postDiscipline;
    }

    public void setPostDiscipline(String postDiscipline) {
        this.postDiscipline = postDiscipline;
    }

    public Integer getPostVacancies() {
        return postVacancies;
    }

    public void setPostVacancies(Integer postVacancies) {
        this.postVacancies = postVacancies;
    }

    public PostImportReport getImportReport() {
        return importReport;
    }

    public ContestationLine getAnswering() {
        return answering;
    }

    public boolean isAccept() {
        return accept;
    }

    public void setAccept(boolean accept) {
        this.accept = accept;
    }

    public BigDecimal getCorrectedPoints() {
        return correctedPoints;
    }

    public void setCorrectedPoints(BigDecimal correctedPoints) {
        this.correctedPoints = correctedPoints;
    }

    public String getAnswerReason() {
        return answerReason;
    }

    public void setAnswerReason(String answerReason) {
        this.answerReason = answerReason;
    }
}
