package fr.academie.portail.dossier.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * « Dossiers des personnels »: every agent for HR managers, their establishment's staff for a
 * head. Filtered, sorted and paged by the database; exported as CSV, XLSX or PDF as filtered.
 */
@Named
@ViewScoped
public class StaffView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    StaffDirectory staff;

    private String text;
    private String corps;
    private String grade;
    private String discipline;
    private String uai;
    private String status = "ACTIFS";
    private List<String> allCorps;
    private List<String> allGrades;
    private List<String> allDisciplines;
    private final LazyDataModel<StaffRow> model = new Rows();

    @PostConstruct
    void init() {
        allCorps = staff.values("corps");
        allGrades = staff.values("grade");
        allDisciplines = staff.values("discipline");
    }

    public void search() {
        // the lazy model reads the filters on its next load
    }

    public void clear() {
        text = null;
        corps = null;
        grade = null;
        discipline = null;
        uai = null;
        status = "ACTIFS";
    }

    public boolean isHr() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole("GESTIONNAIRE_RH");
    }

    StaffFilter filter() {
        Boolean active = switch (status == null ? "" : status) {
            case "ACTIFS" -> Boolean.TRUE;
            case "INACTIFS" -> Boolean.FALSE;
            default -> null;
        };
        return new StaffFilter(text, corps, grade, discipline, uai, active);
    }

    private final class Rows extends LazyDataModel<StaffRow> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) staff.count(filter());
        }

        @Override
        public List<StaffRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy == null || sortBy.isEmpty() ? null : sortBy.values().iterator().next();
            return staff.search(filter(), first, pageSize, sort == null ? "nom" : sort.getField(),
                    sort == null || sort.getOrder() != SortOrder.DESCENDING);
        }

        @Override
        public String getRowKey(StaffRow row) {
            return row.login();
        }

        @Override
        public StaffRow getRowData(String rowKey) {
            return null;
        }
    }

    public LazyDataModel<StaffRow> getModel() {
        return model;
    }

    public List<String> getAllCorps() {
        return allCorps;
    }

    public List<String> getAllGrades() {
        return allGrades;
    }

    public List<String> getAllDisciplines() {
        return allDisciplines;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getCorps() {
        return corps;
    }

    public void setCorps(String corps) {
        this.corps = corps;
    }

    public String getGrade() {
        return grade;
    }

    public void setGrade(String grade) {
        this.grade = grade;
    }

    public String getDiscipline() {
        return discipline;
    }

    public void setDiscipline(String discipline) {
        this.discipline = discipline;
    }

    public String getUai() {
        return uai;
    }

    public void setUai(String uai) {
        this.uai = uai;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }
}
