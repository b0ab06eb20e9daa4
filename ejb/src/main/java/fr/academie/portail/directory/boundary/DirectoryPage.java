package fr.academie.portail.directory.boundary;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** A page of results, most relevant first, with the facets of the whole result. */
public record DirectoryPage(long total, int page, int size, List<DirectoryCard> results,
                            Map<String, List<Facet>> facets) implements Serializable {

    /** A value of a facet and how many results have it. */
    public record Facet(String value, long count) implements Serializable {
    }
}
