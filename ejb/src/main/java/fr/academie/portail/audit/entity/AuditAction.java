package fr.academie.portail.audit.entity;

/** What the audit trail records. */
public enum AuditAction {
    SIGN_IN,
    SIGN_IN_WITH_NUMEN,
    SIGN_IN_REFUSED,
    SIGN_IN_WHILE_LOCKED,
    ACCOUNT_LOCKED,
    PASSWORD_CHANGED,
    PASSWORD_RESET,
    PASSWORD_RESET_REFUSED,
    PASSWORD_RESET_THROTTLED,
    ACCOUNT_CREATED,
    ACCOUNT_DISABLED,
    ACCOUNT_UNLOCKED,
    DOSSIER_READ,
    DOSSIER_CORRECTED
}
