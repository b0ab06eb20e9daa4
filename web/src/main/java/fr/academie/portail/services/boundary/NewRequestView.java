package fr.academie.portail.services.boundary;

import fr.academie.portail.platform.boundary.PageMessages;
import fr.academie.portail.services.control.SchoolYear;
import fr.academie.portail.services.entity.CollaborativeService;
import fr.academie.portail.services.entity.FormField;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * « Faire une demande »: the form of the chosen service (its fields come from the catalogue), or
 * a suggestion when no service is given. The services check everything; the page shows why not.
 */
@Named
@ViewScoped
public class NewRequestView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    ServiceCatalog catalog;

    @Inject
    ServiceRequests requests;

    private String serviceCode;
    private CollaborativeService service;
    private boolean allowed;
    private String subject;
    private String details;
    private List<FieldInput> inputs = List.of();

    /** What the person typed in one field of the form: a text, or a date for the date fields. */
    public static final class FieldInput implements Serializable {

        private static final long serialVersionUID = 1L;
        private final FormField field;
        private String text;
        private LocalDate date;

        FieldInput(FormField field) {
            this.field = field;
        }

        String typed() {
            return date != null ? FRENCH_DATE.format(date) : text;
        }

        public FormField getField() {
            return field;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public LocalDate getDate() {
            return date;
        }

        public void setDate(LocalDate date) {
            this.date = date;
        }
    }

    /** Called by the page's view action, once the service's code is read from the address. */
    public void load() {
        if (serviceCode == null || serviceCode.isBlank()) {
            allowed = true;
            return;
        }
        service = catalog.find(serviceCode).orElse(null);
        FacesContext faces = FacesContext.getCurrentInstance();
        if (service == null) {
            PageMessages.add(faces, FacesMessage.SEVERITY_ERROR, "demande.serviceInconnu", serviceCode);
            return;
        }
        inputs = service.getFields().stream().map(FieldInput::new).toList();
        allowed = catalog.requestableByCaller().contains(service.getCode());
        if (!allowed) {
            PageMessages.add(faces, FacesMessage.SEVERITY_WARN, "demande.nonOuverte", service.getName());
        }
    }

    public String submit() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Map<String, String> typed = new LinkedHashMap<>();
        for (FieldInput input : inputs) {
            if (input.typed() != null) {
                typed.put(input.getField().getCode(), input.typed());
            }
        }
        try {
            RequestDetails created = requests.submit(new NewRequest(service == null ? null : service.getCode(), subject,
                    details, typed));
            faces.getExternalContext().getFlash().setKeepMessages(true);
            PageMessages.add(faces, FacesMessage.SEVERITY_INFO, "demande.envoyee", created.reference());
            return "/services/suivi?faces-redirect=true&id=" + created.id();
        } catch (ServiceRequestException refused) {
            markFields(faces, refused.fieldMessages());
            refused.messages().forEach(message -> faces.addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, message, "")));
            faces.validationFailed();
            return null;
        }
    }

    /** The fields at fault are shown as such (red, aria-invalid), their message read out with them. */
    private static void markFields(FacesContext faces, Map<String, String> fieldMessages) {
        fieldMessages.forEach((field, message) -> {
            String id = switch (field) {
                case "objet" -> "demande:objet";
                case "precisions" -> "demande:precisions";
                default -> "demande:champ_" + field;
            };
            if (faces.getViewRoot().findComponent(id) instanceof UIInput input) {
                input.setValid(false);
            }
        });
    }

    /** The school years a request may name: the one under way and the next. */
    public List<String> getSchoolYears() {
        SchoolYear current = SchoolYear.of(LocalDate.now(ZoneId.of("Europe/Paris")));
        return List.of(current.toString(), new SchoolYear(current.firstYear() + 1).toString());
    }

    public LocalDate getToday() {
        return LocalDate.now(ZoneId.of("Europe/Paris"));
    }

    public boolean isSuggestion() {
        return serviceCode == null || serviceCode.isBlank();
    }

    public String getServiceCode() {
        return serviceCode;
    }

    public void setServiceCode(String serviceCode) {
        this.serviceCode = serviceCode;
    }

    public CollaborativeService getService() {
        return service;
    }

    public boolean isAllowed() {
        return allowed;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getDetails() {
        return details;
    }

    public void setDetails(String details) {
        this.details = details;
    }

    public List<FieldInput> getInputs() {
        return inputs;
    }
}
