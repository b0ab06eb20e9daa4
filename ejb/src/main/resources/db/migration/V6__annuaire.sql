-- The annuaire académique: one entry per member of staff, holding only what the annuaire may show
-- (never a NUMEN, a birth date, a personal address, a grade or an échelon). Names, function,
-- discipline and establishment are copied from the dossier after each HR import; phone and office
-- are the agent's own. The professional address is given once, like the login: unique, never
-- recycled (entries are never deleted), never renamed.
CREATE TABLE directory_entry (
    agent_id           BIGINT       NOT NULL,
    email              VARCHAR(160) NOT NULL,
    nom                VARCHAR(100) NOT NULL,
    prenom             VARCHAR(100) NOT NULL,
    fonction           VARCHAR(100),
    discipline         VARCHAR(100),
    establishment_uai  VARCHAR(8)   NOT NULL,
    establishment_name VARCHAR(200) NOT NULL,
    commune            VARCHAR(100) NOT NULL,
    phone              VARCHAR(30),
    office             VARCHAR(100),
    listed             INT          NOT NULL,
    version            BIGINT       NOT NULL,
    CONSTRAINT pk_directory_entry PRIMARY KEY (agent_id),
    CONSTRAINT uk_directory_entry_email UNIQUE (email),
    CONSTRAINT fk_directory_entry_agent FOREIGN KEY (agent_id) REFERENCES agent (id)
);
