-- The audit trail: every sign-in, lock, password change or reset and account change, with who
-- did it, when, to what, and from where. Never a password, a hash or a NUMEN.

CREATE SEQUENCE audit_event_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE audit_event (
    id          BIGINT       NOT NULL,
    occurred_at DATETIME(6)  NOT NULL,
    actor       VARCHAR(40),
    action      VARCHAR(40)  NOT NULL,
    target      VARCHAR(40),
    detail      VARCHAR(500),
    origin      VARCHAR(64),
    CONSTRAINT pk_audit_event PRIMARY KEY (id)
);
CREATE INDEX ix_audit_event_target ON audit_event (target, occurred_at);
