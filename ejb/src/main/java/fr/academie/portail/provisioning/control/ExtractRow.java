package fr.academie.portail.provisioning.control;

import java.io.Serializable;
import java.util.Map;

/**
 * One data line of the extract as read: its line number in the file, its values by column, and
 * what was structurally wrong with it (wrong number of fields), if anything.
 */
public record ExtractRow(long lineNumber, Map<String, String> values, String structuralProblem)
        implements Serializable {

    public static ExtractRow problem(long lineNumber, Map<String, String> values, String problem) {
        return new ExtractRow(lineNumber, values, problem);
    }

    public String value(String column) {
        String value = values.get(column);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
