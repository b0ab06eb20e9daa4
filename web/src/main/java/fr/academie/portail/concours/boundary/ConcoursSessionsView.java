package fr.academie.portail.concours.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * « Sessions de concours » for HR: the sessions with their registrations (exportable), and a new
 * session whose sections are typed one per line: « code ; libellé ; option 1 | option 2 ».
 */
@Named
@ViewScoped
public class ConcoursSessionsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Inject
    ConcoursSessions concours;

    private List<SessionView> sessions;
    private Long shown;
    private List<RegistrationLine> registrations = List.of();
    private String name;
    private int year = LocalDate.now(PARIS).getYear() + 1;
    private LocalDateTime from = LocalDate.now(PARIS).plusDays(1).atTime(12, 0);
    private LocalDateTime to = LocalDate.now(PARIS).plusDays(45).atTime(12, 0);
    private String corps;
    private int minYears;
    private Integer minDiplomaLevel;
    private String diplomaWaivedFor;
    private String sectionLines;

    @PostConstruct
    void init() {
        sessions = concours.all();
        if (!sessions.isEmpty()) {
            show(sessions.get(0).id());
        }
    }

    public void show(long sessionId) {
        shown = sessionId;
        registrations = concours.registrations(sessionId);
    }

    public void create() {
        List<SessionForm.SectionForm> sections = new ArrayList<>();
        for (String line : (sectionLines == null ? "" : sectionLines).split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split(";", 3);
            sections.add(new SessionForm.SectionForm(parts[0].strip(), parts.length > 1 ? parts[1].strip() : null,
                    parts.length > 2 ? Arrays.stream(parts[2].split("\\|")).map(String::strip).filter(o -> !o.isEmpty()).toList() : List.of()));
        }
        if (ConcoursPages.attempt(() -> concours.create(new SessionForm(name, year, from == null ? null : from.atZone(PARIS).toInstant(),
                to == null ? null : to.atZone(PARIS).toInstant(), set(corps), minYears, minDiplomaLevel, set(diplomaWaivedFor), sections)),
                "concours.sessionCreee")) {
            sessions = concours.all();
            name = null;
            sectionLines = null;
        }
    }

    private static Set<String> set(String commaSeparated) {
        Set<String> values = new LinkedHashSet<>();
        if (commaSeparated != null) {
            Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(v -> !v.isEmpty()).forEach(values::add);
        }
        return values;
    }

    public List<SessionView> getSessions() {
        return sessions;
    }

    public Long getShown() {
        return shown;
    }

    public String getShownName() {
        return sessions.stream().filter(s -> shown != null && s.id() == shown).map(SessionView::name).findFirst().orElse("");
    }

    public List<RegistrationLine> getRegistrations() {
        return registrations;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public LocalDateTime getFrom() {
        return from;
    }

    public void setFrom(LocalDateTime from) {
        this.from = from;
    }

    public LocalDateTime getTo() {
        return to;
    }

    public void setTo(LocalDateTime to) {
        this.to = to;
    }

    public String getCorps() {
        return corps;
    }

    public void setCorps(String corps) {
        this.corps = corps;
    }

    public int getMinYears() {
        return minYears;
    }

    public void setMinYears(int minYears) {
        this.minYears = minYears;
    }

    public Integer getMinDiplomaLevel() {
        return minDiplomaLevel;
    }

    public void setMinDiplomaLevel(Integer minDiplomaLevel) {
        this.minDiplomaLevel = minDiplomaLevel;
    }

    public String getDiplomaWaivedFor() {
        return diplomaWaivedFor;
    }

    public void setDiplomaWaivedFor(String diplomaWaivedFor) {
        this.diplomaWaivedFor = diplomaWaivedFor;
    }

    public String getSectionLines() {
        return sectionLines;
    }

    public void setSectionLines(String sectionLines) {
        this.sectionLines = sectionLines;
    }
}
