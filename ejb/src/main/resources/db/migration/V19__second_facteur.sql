-- The second factor of the privileged accounts (HR, helpdesk, DSI): a TOTP secret (RFC 6238),
-- encrypted with a key of the server's configuration, never in clear; the last time step accepted
-- (a code is accepted once); the SHA-256 of the recovery codes still unused, space-separated.
-- enrolled_at stays NULL while the person has not yet typed a first code from their application.
CREATE TABLE second_factor (
    account_id      BIGINT        NOT NULL,
    secret          VARCHAR(200)  NOT NULL,
    enrolled_at     DATETIME(6),
    last_step       BIGINT        NOT NULL,
    recovery_hashes VARCHAR(1000) NOT NULL,
    CONSTRAINT pk_second_factor PRIMARY KEY (account_id),
    CONSTRAINT fk_second_factor_account FOREIGN KEY (account_id) REFERENCES account (id)
);
