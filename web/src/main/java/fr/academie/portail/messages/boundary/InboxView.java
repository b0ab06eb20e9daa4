package fr.academie.portail.messages.boundary;

import fr.academie.portail.platform.boundary.PageMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** « Messages »: the inbox, a message opened beside it (read from then on), archived ones on demand. */
@Named
@ViewScoped
public class InboxView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Messages messages;

    @Inject
    UnreadView unread;

    private boolean archived;
    private List<InboxLine> lines;
    private InboxLine opened;

    @PostConstruct
    void init() {
        refresh();
    }

    private void refresh() {
        lines = messages.inbox(archived);
        unread.forget();
    }

    public void open(long id) {
        opened = messages.open(id);
        refresh();
    }

    public void archive() {
        messages.archive(opened.id(), !opened.archived());
        PageMessages.add(FacesContext.getCurrentInstance(), FacesMessage.SEVERITY_INFO,
                opened.archived() ? "messages.desarchive" : "messages.archive");
        opened = null;
        refresh();
    }

    public void toggleArchived() {
        archived = !archived;
        opened = null;
        refresh();
    }

    public boolean isArchived() {
        return archived;
    }

    public List<InboxLine> getLines() {
        return lines;
    }

    public InboxLine getOpened() {
        return opened;
    }
}
