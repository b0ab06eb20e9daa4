package fr.academie.portail.concours.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** « Mes concours »: the sessions, registering, changing, withdrawing, the confirmation PDF. */
@Named
@ViewScoped
public class MyConcoursView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MyConcours concours;

    private List<SessionView> sessions;
    /** The section and option chosen on each session's form, by session id. */
    private final Map<Long, Long> sections = new HashMap<>();
    private final Map<Long, String> options = new HashMap<>();
    /** The registration's version each session's form showed, so that a stale page is refused. */
    private final Map<Long, Long> versions = new HashMap<>();

    @PostConstruct
    void init() {
        load();
    }

    private void load() {
        sessions = concours.sessions();
        for (SessionView s : sessions) {
            boolean registered = s.mine() != null && "INSCRIT".equals(s.mine().status());
            sections.put(s.id(), registered ? s.mine().sectionId() : s.sections().isEmpty() ? null : s.sections().get(0).id());
            options.put(s.id(), registered ? s.mine().option() : null);
            versions.put(s.id(), s.mine() == null ? MyConcours.NOT_REGISTERED : s.mine().version());
        }
    }

    public void register(long sessionId) {
        if (ConcoursPages.attempt(() -> concours.register(sessionId, sections.get(sessionId), options.get(sessionId), versions.get(sessionId)),
                "concours.inscrit")) {
            load();
        }
    }

    public void withdraw(long sessionId) {
        if (ConcoursPages.attempt(() -> concours.withdraw(sessionId, versions.get(sessionId)), "concours.retire")) {
            load();
        }
    }

    /** The options of the section chosen on the session's form. */
    public List<String> optionsOf(SessionView session) {
        Long chosen = sections.get(session.id());
        return session.sections().stream().filter(s -> chosen != null && s.id() == chosen).findFirst()
                .map(SessionView.Section::options).orElse(List.of());
    }

    public StreamedContent confirmation(long sessionId) {
        SessionView session = concours.session(sessionId);
        String login = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
        byte[] pdf = RegistrationPdf.of(session, concours.myName(), login);
        return DefaultStreamedContent.builder().name("inscription-concours-" + sessionId + ".pdf").contentType("application/pdf")
                .contentLength((long) pdf.length).stream(() -> new ByteArrayInputStream(pdf)).build();
    }

    public List<SessionView> getSessions() {
        return sessions;
    }

    public Map<Long, Long> getSections() {
        return sections;
    }

    public Map<Long, String> getOptions() {
        return options;
    }
}
