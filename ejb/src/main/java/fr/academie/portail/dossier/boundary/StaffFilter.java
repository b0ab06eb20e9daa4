package fr.academie.portail.dossier.boundary;

import java.io.Serializable;

/**
 * What an HR manager or a head looks for among the staff. {@code text} matches the start of a
 * name, first name or login; the others are exact (null: any). {@code active} null: both.
 */
public record StaffFilter(String text, String corps, String grade, String discipline, String uai, Boolean active)
        implements Serializable {

    public static StaffFilter any() {
        return new StaffFilter(null, null, null, null, null, null);
    }
}
