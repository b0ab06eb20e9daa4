package fr.academie.portail.services.boundary;

import fr.academie.portail.platform.boundary.PageMessages;
import fr.academie.portail.services.control.RequestWorkflow;
import fr.academie.portail.services.control.Transition;
import fr.academie.portail.services.entity.AttachmentDescription;
import fr.academie.portail.services.entity.RequestAttachment;
import fr.academie.portail.services.entity.RequestState;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * « Suivi de la demande »: where a request stands, its history, its thread and files, and the
 * moves the person may make now (each in a dialog asking for what the move needs).
 */
@Named
@ViewScoped
public class RequestView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The standard path, drawn as steps above the request. */
    private static final List<RequestState> PATH = List.of(RequestState.SOUMISE, RequestState.PRISE_EN_CHARGE,
            RequestState.TRANSMISE_DSI, RequestState.EN_COURS_INSTALLATION, RequestState.INSTALLEE,
            RequestState.ACCOMPAGNEMENT, RequestState.CLOSE);

    @Inject
    ServiceRequests requests;

    private Long id;
    private RequestDetails request;
    private String pending;
    private String comment;
    private String instanceUrl;
    private String accessDetails;
    private String newComment;

    /** The page's view action: the request, if the person may see it. */
    public void load() {
        if (id == null) {
            PageMessages.add(FacesContext.getCurrentInstance(), FacesMessage.SEVERITY_ERROR, "suivi.introuvable");
            return;
        }
        try {
            request = requests.find(id);
        } catch (ServiceRequestException refused) {
            request = null;
            PageMessages.add(FacesContext.getCurrentInstance(), FacesMessage.SEVERITY_ERROR, "suivi.introuvable");
        }
    }

    public void prepare(String transition) {
        pending = transition;
        comment = null;
        instanceUrl = null;
        accessDetails = null;
    }

    public void confirm() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            request = requests.move(id, new TransitionInput(pending, comment, instanceUrl, accessDetails, request.version()));
            PageMessages.add(faces, FacesMessage.SEVERITY_INFO, "suivi.action.faite",
                    PageMessages.text(faces, "etat." + request.state()));
            pending = null;
        } catch (ServiceRequestException refused) {
            refused.messages().forEach(message -> faces.addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, message, "")));
            faces.validationFailed();
            if (refused.reason() == ServiceRequestException.Reason.CONFLICT) {
                request = requests.find(id);
            }
        }
    }

    public void addComment() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            request = requests.comment(id, newComment);
            newComment = null;
        } catch (ServiceRequestException refused) {
            refused.messages().forEach(message -> faces.addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, message, "")));
        }
    }

    public void upload(FileUploadEvent event) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            AttachmentDescription added = requests.attach(id, event.getFile().getFileName(), event.getFile().getContent());
            PageMessages.add(faces, FacesMessage.SEVERITY_INFO, "suivi.pieces.ajoutee", added.fileName());
            request = requests.find(id);
        } catch (ServiceRequestException refused) {
            refused.messages().forEach(message -> faces.addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, event.getFile().getFileName() + " : " + message, "")));
        }
    }

    public StreamedContent download(long attachmentId) {
        RequestAttachment file = requests.attachment(id, attachmentId);
        byte[] content = file.getContent();
        return DefaultStreamedContent.builder().name(file.getFileName()).contentType(file.getMediaType())
                .contentLength((long) content.length).stream(() -> new ByteArrayInputStream(content)).build();
    }

    public boolean needsComment(String transition) {
        return RequestWorkflow.needsComment(Transition.valueOf(transition));
    }

    public boolean isInstalling() {
        return Transition.DECLARER_INSTALLEE.name().equals(pending);
    }

    /** The index of the request's state on the standard path, for the steps (off the path: the last reached). */
    public int getStep() {
        if (request == null) {
            return 0;
        }
        int index = PATH.indexOf(request.state());
        if (index >= 0) {
            return index;
        }
        RequestState last = request.events().stream().map(RequestDetails.Event::to).filter(PATH::contains)
                .reduce((first, second) -> second).orElse(RequestState.SOUMISE);
        return PATH.indexOf(last);
    }

    public List<RequestState> getPath() {
        return PATH;
    }

    public boolean isOffPath() {
        return request != null && !PATH.contains(request.state());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public RequestDetails getRequest() {
        return request;
    }

    public String getPending() {
        return pending;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public String getInstanceUrl() {
        return instanceUrl;
    }

    public void setInstanceUrl(String instanceUrl) {
        this.instanceUrl = instanceUrl;
    }

    public String getAccessDetails() {
        return accessDetails;
    }

    public void setAccessDetails(String accessDetails) {
        this.accessDetails = accessDetails;
    }

    public String getNewComment() {
        return newComment;
    }

    public void setNewComment(String newComment) {
        this.newComment = newComment;
    }
}
