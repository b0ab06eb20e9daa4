package fr.academie.portail.messages.boundary;

import fr.academie.portail.messages.entity.Message;
import fr.academie.portail.messages.entity.TargetKind;
import fr.academie.portail.platform.boundary.PageMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** « Écrire un message », for HR and the DSI: whom to, how many that reaches, then send. */
@Named
@ViewScoped
public class ComposeView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Messages messages;

    private TargetKind kind = TargetKind.ETABLISSEMENT;
    private String value;
    private String subject;
    private String body;
    private long reach;
    private List<String> corps;
    private List<String> disciplines;
    private List<EstablishmentChoice> establishments;
    private List<Message> sent;

    @PostConstruct
    void init() {
        corps = messages.values(TargetKind.CORPS);
        disciplines = messages.values(TargetKind.DISCIPLINE);
        establishments = messages.establishments();
        sent = messages.sentLately();
    }

    public void targetChanged() {
        value = null;
        reach = kind == TargetKind.TOUS ? messages.reach(kind, null) : 0;
    }

    public void count() {
        reach = messages.reach(kind, value);
    }

    public void send() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            Message message = messages.send(subject, body, kind, value);
            PageMessages.add(faces, FacesMessage.SEVERITY_INFO, "ecrire.envoye", message.getRecipients());
            subject = null;
            body = null;
            sent = messages.sentLately();
        } catch (MessageRejectedException rejected) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, rejected.getMessage(), ""));
        }
    }

    public TargetKind[] getKinds() {
        return TargetKind.values();
    }

    public TargetKind getKind() {
        return kind;
    }

    public void setKind(TargetKind kind) {
        this.kind = kind;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public long getReach() {
        return reach;
    }

    public List<String> getCorps() {
        return corps;
    }

    public List<String> getDisciplines() {
        return disciplines;
    }

    public List<EstablishmentChoice> getEstablishments() {
        return establishments;
    }

    public List<Message> getSent() {
        return sent;
    }
}
