package fr.academie.portail.directory.boundary;

import fr.academie.portail.platform.boundary.PageMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** « Ma fiche »: the agent's entry as colleagues see it; phone and office are theirs to complete. */
@Named
@ViewScoped
public class MyEntryView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Directory directory;

    private DirectoryCard card;
    private String phone;
    private String office;

    @PostConstruct
    void init() {
        card = directory.mine().orElse(null);
        if (card != null) {
            phone = card.telephone();
            office = card.bureau();
        }
    }

    public void save() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            card = directory.describeMine(phone, office);
            PageMessages.add(faces, FacesMessage.SEVERITY_INFO, "annuaire.fiche.enregistree");
        } catch (EntryRejectedException rejected) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, rejected.getMessage(), ""));
        }
    }

    public DirectoryCard getCard() {
        return card;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getOffice() {
        return office;
    }

    public void setOffice(String office) {
        this.office = office;
    }
}
