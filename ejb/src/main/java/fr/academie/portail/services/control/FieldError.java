package fr.academie.portail.services.control;

import java.util.List;

/** A field of a request that cannot be accepted: the field's code, a message key and its arguments. */
public record FieldError(String field, String key, List<Object> arguments) {

    public static FieldError of(String field, String key, Object... arguments) {
        return new FieldError(field, key, List.of(arguments));
    }

    /** The message in French, the working language of the académie. */
    public String message() {
        return ServiceMessages.format(key, arguments.toArray());
    }
}
