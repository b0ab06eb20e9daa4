-- The dossiers' history (Hibernate Envers): one row of dossier_revision per transaction that
-- changed dossiers (who, when, why), one row of agent_historique per dossier it changed, holding
-- the whole dossier as it became. REVTYPE: 0 created, 1 changed, 2 deleted (never: dossiers stay).

CREATE SEQUENCE dossier_revision_seq START WITH 100 INCREMENT BY 50;

CREATE TABLE dossier_revision (
    id          BIGINT       NOT NULL,
    recorded_at DATETIME(6)  NOT NULL,
    author      VARCHAR(40)  NOT NULL,
    reason      VARCHAR(500),
    CONSTRAINT pk_dossier_revision PRIMARY KEY (id)
);

CREATE TABLE agent_historique (
    id               BIGINT       NOT NULL,
    REV              BIGINT       NOT NULL,
    REVTYPE          TINYINT,
    civilite         VARCHAR(10),
    nom              VARCHAR(100),
    nom_naissance    VARCHAR(100),
    prenom           VARCHAR(100),
    date_naissance   DATE,
    corps            VARCHAR(100),
    grade            VARCHAR(100),
    echelon          INT,
    date_echelon     DATE,
    discipline       VARCHAR(100),
    fonction         VARCHAR(100),
    date_entree      DATE,
    date_sortie      DATE,
    email_perso      VARCHAR(254),
    establishment_id BIGINT,
    CONSTRAINT pk_agent_historique PRIMARY KEY (id, REV),
    CONSTRAINT fk_agent_historique_revision FOREIGN KEY (REV) REFERENCES dossier_revision (id)
);

-- The dossiers already there start their history as they stand today.
INSERT INTO dossier_revision (id, recorded_at, author, reason)
SELECT 1, CURRENT_TIMESTAMP, 'reprise', 'Dossier tel qu''il était à la mise en place de l''historique'
FROM agent HAVING COUNT(*) > 0;

INSERT INTO agent_historique (id, REV, REVTYPE, civilite, nom, nom_naissance, prenom, date_naissance, corps, grade,
                              echelon, date_echelon, discipline, fonction, date_entree, date_sortie, email_perso,
                              establishment_id)
SELECT id, 1, 0, civilite, nom, nom_naissance, prenom, date_naissance, corps, grade, echelon, date_echelon,
       discipline, fonction, date_entree, date_sortie, email_perso, establishment_id
FROM agent;
