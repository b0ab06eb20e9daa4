package fr.academie.portail.directory.boundary;

/** A search of the annuaire: words (any mix of names, places, function, discipline) and facet filters. */
public record DirectoryQuery(String words, String fonction, String discipline, String etablissement, int page, int size) {

    public static final int MAX_SIZE = 100;
}
