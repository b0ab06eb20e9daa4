package fr.academie.portail.messages.entity;

/** Whom a message is for: everyone, a corps, a discipline, an establishment (UAI), or named logins. */
public enum TargetKind {
    TOUS,
    CORPS,
    DISCIPLINE,
    ETABLISSEMENT,
    IDENTIFIANTS
}
