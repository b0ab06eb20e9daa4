-- Accounts, dossiers and establishments: the walking skeleton's schema.
-- One set of migrations for H2 and MariaDB: portable types only (VARCHAR, INT, BIGINT, DATE,
-- DATETIME(6)), sequences for identifiers (both databases have them), no booleans, no enums.

CREATE SEQUENCE establishment_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE agent_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE account_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE provisioning_reject_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE establishment (
    id      BIGINT       NOT NULL,
    uai     VARCHAR(8)   NOT NULL,
    name    VARCHAR(200) NOT NULL,
    kind    VARCHAR(60)  NOT NULL,
    commune VARCHAR(100) NOT NULL,
    CONSTRAINT pk_establishment PRIMARY KEY (id),
    CONSTRAINT uk_establishment_uai UNIQUE (uai)
);

-- A person of staff. The NUMEN is never stored: only its HMAC-SHA-256 (keyed by a secret of the
-- server's configuration) and its last three characters.
CREATE TABLE agent (
    id               BIGINT       NOT NULL,
    numen_hash       VARCHAR(64)  NOT NULL,
    numen_suffix     VARCHAR(3)   NOT NULL,
    civilite         VARCHAR(10),
    nom              VARCHAR(100) NOT NULL,
    nom_naissance    VARCHAR(100),
    prenom           VARCHAR(100) NOT NULL,
    date_naissance   DATE         NOT NULL,
    corps            VARCHAR(100),
    grade            VARCHAR(100),
    echelon          INT,
    date_echelon     DATE,
    discipline       VARCHAR(100),
    fonction         VARCHAR(100),
    date_entree      DATE,
    date_sortie      DATE,
    email_perso      VARCHAR(254),
    establishment_id BIGINT       NOT NULL,
    version          BIGINT       NOT NULL,
    CONSTRAINT pk_agent PRIMARY KEY (id),
    CONSTRAINT uk_agent_numen_hash UNIQUE (numen_hash),
    CONSTRAINT fk_agent_establishment FOREIGN KEY (establishment_id) REFERENCES establishment (id)
);

-- The « compte utilisateur ». Logins are never reused nor renamed; accounts are never deleted.
CREATE TABLE account (
    id                  BIGINT       NOT NULL,
    login               VARCHAR(40)  NOT NULL,
    agent_id            BIGINT       NOT NULL,
    password_hash       VARCHAR(255),
    status              VARCHAR(20)  NOT NULL,
    created_at          DATETIME(6)  NOT NULL,
    password_changed_at DATETIME(6),
    version             BIGINT       NOT NULL,
    CONSTRAINT pk_account PRIMARY KEY (id),
    CONSTRAINT uk_account_login UNIQUE (login),
    CONSTRAINT uk_account_agent UNIQUE (agent_id),
    CONSTRAINT fk_account_agent FOREIGN KEY (agent_id) REFERENCES agent (id)
);

CREATE TABLE account_role (
    account_id BIGINT      NOT NULL,
    role       VARCHAR(30) NOT NULL,
    CONSTRAINT pk_account_role PRIMARY KEY (account_id, role),
    CONSTRAINT fk_account_role_account FOREIGN KEY (account_id) REFERENCES account (id)
);

-- Reports of the provisioning job, one per job instance (a restart adds to the same report).
CREATE TABLE provisioning_run (
    job_instance_id   BIGINT       NOT NULL,
    last_execution_id BIGINT       NOT NULL,
    source_name       VARCHAR(255) NOT NULL,
    started_at        DATETIME(6)  NOT NULL,
    ended_at          DATETIME(6),
    status            VARCHAR(30)  NOT NULL,
    rows_read         INT          NOT NULL,
    created           INT          NOT NULL,
    updated           INT          NOT NULL,
    unchanged         INT          NOT NULL,
    disabled          INT          NOT NULL,
    rejected          INT          NOT NULL,
    CONSTRAINT pk_provisioning_run PRIMARY KEY (job_instance_id)
);

CREATE TABLE provisioning_reject (
    id              BIGINT        NOT NULL,
    job_instance_id BIGINT        NOT NULL,
    line_number     BIGINT        NOT NULL,
    masked_numen    VARCHAR(13)   NOT NULL,
    reason          VARCHAR(1000) NOT NULL,
    CONSTRAINT pk_provisioning_reject PRIMARY KEY (id)
);
CREATE INDEX ix_provisioning_reject_run ON provisioning_reject (job_instance_id, line_number);
