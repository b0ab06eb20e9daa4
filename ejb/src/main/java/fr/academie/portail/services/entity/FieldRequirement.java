package fr.academie.portail.services.entity;

public enum FieldRequirement {
    REQUIRED,
    OPTIONAL
}
