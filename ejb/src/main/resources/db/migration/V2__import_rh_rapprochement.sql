-- Reconciliation of full extracts: the people a run has seen (while it lasts), the run's mode,
-- size and message to the DSI.

CREATE SEQUENCE provisioning_line_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE provisioning_line (
    id              BIGINT      NOT NULL,
    job_instance_id BIGINT      NOT NULL,
    numen_hash      VARCHAR(64) NOT NULL,
    line_number     BIGINT      NOT NULL,
    login           VARCHAR(40),
    CONSTRAINT pk_provisioning_line PRIMARY KEY (id),
    CONSTRAINT uk_provisioning_line_run_numen UNIQUE (job_instance_id, numen_hash)
);
CREATE INDEX ix_provisioning_line_run_login ON provisioning_line (job_instance_id, login);

-- DRY_RUN computes and reports every change and writes none; FULL extracts also disable the
-- active accounts they no longer list (DELTA ones do not).
ALTER TABLE provisioning_run ADD run_mode VARCHAR(10) DEFAULT 'REAL' NOT NULL;
ALTER TABLE provisioning_run ADD run_scope VARCHAR(10) DEFAULT 'FULL' NOT NULL;
ALTER TABLE provisioning_run ADD total_rows INT;
ALTER TABLE provisioning_run ADD absent INT DEFAULT 0 NOT NULL;
ALTER TABLE provisioning_run ADD message VARCHAR(1000);

-- The accounts an absent-staff check reads: active ones.
CREATE INDEX ix_account_status ON account (status);
