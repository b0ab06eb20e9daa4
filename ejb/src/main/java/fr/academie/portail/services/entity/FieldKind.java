package fr.academie.portail.services.entity;

/** The kinds of the fields of a request form, each with its own check. */
public enum FieldKind {
    TEXT,
    LONG_TEXT,
    DATE,
    TIME,
    NUMBER,
    SCHOOL_YEAR,
    CHOICE,
    LOGIN,
    LOGINS
}
