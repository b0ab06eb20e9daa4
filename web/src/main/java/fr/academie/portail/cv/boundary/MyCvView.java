package fr.academie.portail.cv.boundary;

import fr.academie.portail.cv.control.CvEntry;
import fr.academie.portail.cv.control.CvRules;
import fr.academie.portail.cv.control.CvSection;
import fr.academie.portail.platform.boundary.PageMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** « Mon CV »: the agent adds and removes lines section by section, presents themself, validates. */
@Named
@ViewScoped
public class MyCvView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Curricula curricula;

    private CvView cv;
    private String presentation;

    // The « add a line » form.
    private CvSection section = CvSection.DIPLOME;
    private String title;
    private String organisation;
    private String level;
    private Integer year;
    private Integer endYear;
    private Integer hours;

    @PostConstruct
    void init() {
        cv = curricula.mine();
        presentation = cv.presentation();
    }

    public void add() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            cv = curricula.add(new CvEntry(section, title, organisation, level, year, endYear, hours));
            PageMessages.add(faces, FacesMessage.SEVERITY_INFO, "cv.ajoutee");
            title = null;
            organisation = null;
            level = null;
            year = null;
            endYear = null;
            hours = null;
        } catch (CvRejectedException rejected) {
            refuse(faces, rejected);
        }
    }

    public void remove(long lineId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            cv = curricula.remove(lineId);
            PageMessages.add(faces, FacesMessage.SEVERITY_INFO, "cv.supprimee");
        } catch (CvRejectedException rejected) {
            refuse(faces, rejected);
        }
    }

    public void saveDraft() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            cv = curricula.present(presentation);
            PageMessages.add(faces, FacesMessage.SEVERITY_INFO, "cv.brouillonEnregistre");
        } catch (CvRejectedException rejected) {
            refuse(faces, rejected);
        }
    }

    public void validate() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            if (!java.util.Objects.equals(blankToNull(presentation), cv.presentation())) {
                cv = curricula.present(presentation);
            }
            cv = curricula.validate();
            PageMessages.add(faces, FacesMessage.SEVERITY_INFO, "cv.valide");
        } catch (CvRejectedException rejected) {
            refuse(faces, rejected);
        }
    }

    private static void refuse(FacesContext faces, CvRejectedException rejected) {
        for (Map.Entry<String, String> problem : rejected.problems().entrySet()) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, problem.getValue(), ""));
        }
        faces.validationFailed();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public List<CvView.Line> lines(CvSection of) {
        return cv.lines().stream().filter(line -> line.entry().section() == of).toList();
    }

    public List<CvSection> getSections() {
        return List.of(CvSection.values());
    }

    public List<String> getDiplomaLevels() {
        return CvRules.DIPLOMA_LEVELS;
    }

    public List<String> getCefrLevels() {
        return CvRules.CEFR_LEVELS;
    }

    public int getPresentationMax() {
        return CvRules.PRESENTATION_MAX;
    }

    public CvView getCv() {
        return cv;
    }

    public String getPresentation() {
        return presentation;
    }

    public void setPresentation(String presentation) {
        this.presentation = presentation;
    }

    public CvSection getSection() {
        return section;
    }

    public void setSection(CvSection section) {
        this.section = section;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getLevel() {
        return level;
    }

    public void setLevel(String level) {
        this.level = level;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Integer getEndYear() {
        return endYear;
    }

    public void setEndYear(Integer endYear) {
        this.endYear = endYear;
    }

    public Integer getHours() {
        return hours;
    }

    public void setHours(Integer hours) {
        this.hours = hours;
    }
}
