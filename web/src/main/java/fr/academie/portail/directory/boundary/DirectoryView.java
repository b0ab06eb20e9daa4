package fr.academie.portail.directory.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** « Annuaire »: search, facets to narrow the result, pages of 20. */
@Named
@ViewScoped
public class DirectoryView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PAGE_SIZE = 20;

    @Inject
    Directory directory;

    private String words;
    private String fonction;
    private String discipline;
    private String etablissement;
    private int page;
    private DirectoryPage result;

    @PostConstruct
    void init() {
        search();
    }

    public void search() {
        page = 0;
        run();
    }

    private void run() {
        result = directory.search(new DirectoryQuery(words, fonction, discipline, etablissement, page, PAGE_SIZE));
    }

    /** Narrows to a facet's value, or widens again when it is already chosen. */
    public void toggle(String facet, String value) {
        switch (facet) {
            case "fonction" -> fonction = value.equals(fonction) ? null : value;
            case "discipline" -> discipline = value.equals(discipline) ? null : value;
            case "etablissement" -> etablissement = value.equals(etablissement) ? null : value;
            default -> throw new IllegalArgumentException(facet);
        }
        search();
    }

    public boolean chosen(String facet, String value) {
        return switch (facet) {
            case "fonction" -> value.equals(fonction);
            case "discipline" -> value.equals(discipline);
            case "etablissement" -> value.equals(etablissement);
            default -> false;
        };
    }

    public void next() {
        if (hasNext()) {
            page++;
            run();
        }
    }

    public void previous() {
        if (page > 0) {
            page--;
            run();
        }
    }

    /** Whether the result needs more than one page (the page buttons are shown then only). */
    public boolean isPaged() {
        return result.total() > PAGE_SIZE;
    }

    public boolean hasNext() {
        return (long) (page + 1) * PAGE_SIZE < result.total();
    }

    public long getFirstShown() {
        return result.total() == 0 ? 0 : (long) page * PAGE_SIZE + 1;
    }

    public long getLastShown() {
        return Math.min(result.total(), (long) (page + 1) * PAGE_SIZE);
    }

    public List<Map.Entry<String, List<DirectoryPage.Facet>>> getFacets() {
        return List.copyOf(result.facets().entrySet());
    }

    public DirectoryPage getResult() {
        return result;
    }

    public int getPage() {
        return page;
    }

    public String getWords() {
        return words;
    }

    public void setWords(String words) {
        this.words = words;
    }
}
