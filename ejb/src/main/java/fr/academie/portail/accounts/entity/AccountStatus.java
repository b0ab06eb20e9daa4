package fr.academie.portail.accounts.entity;

/** An account is never deleted: a departed person's account is disabled and its login kept. */
public enum AccountStatus {
    ACTIVE,
    DISABLED
}
