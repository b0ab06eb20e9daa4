-- The agents' CV: a presentation and lines in sections (diplomas, certifications, trainings,
-- activities and responsibilities, languages). Stored as typed; the pages escape it.

CREATE SEQUENCE cv_line_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE cv (
    agent_id     BIGINT        NOT NULL,
    presentation VARCHAR(2000),
    status       VARCHAR(10)   NOT NULL,
    updated_at   DATETIME(6)   NOT NULL,
    validated_at DATETIME(6),
    version      BIGINT        NOT NULL,
    CONSTRAINT pk_cv PRIMARY KEY (agent_id),
    CONSTRAINT fk_cv_agent FOREIGN KEY (agent_id) REFERENCES agent (id)
);

CREATE TABLE cv_line (
    id           BIGINT       NOT NULL,
    agent_id     BIGINT       NOT NULL,
    section      VARCHAR(15)  NOT NULL,
    title        VARCHAR(150) NOT NULL,
    organisation VARCHAR(150),
    level_code   VARCHAR(2),
    year_from    INT,
    year_to      INT,
    hours        INT,
    CONSTRAINT pk_cv_line PRIMARY KEY (id),
    CONSTRAINT fk_cv_line_cv FOREIGN KEY (agent_id) REFERENCES cv (agent_id)
);
CREATE INDEX ix_cv_line_cv ON cv_line (agent_id);
