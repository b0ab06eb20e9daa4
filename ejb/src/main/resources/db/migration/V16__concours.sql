-- Internal concours open to staff: the sessions (registration window, conditions, sections and
-- their options) and the registrations. Conditions, as the concours' arrêtés and the Cyclades
-- registration notes state them (session 2026: registrations from 18 September to 6 November 2025):
--  * agrégation interne: 5 years of public service and a master (level 7), teachers of a catégorie A
--    corps exempted from the diploma (arrêté du 28 décembre 2009 modifié fixant les modalités des
--    concours de l'agrégation);
--  * CAPES interne: 3 years of public service and a licence (level 6), titulaires of a teaching corps
--    exempted from the diploma (arrêté du 19 avril 2013 modifié);
--  * concours de personnels de direction: 4 years of effective service for teaching, education and
--    psychologue staff (décret n° 2001-1174 modifié, JO du 13 août 2020).
-- HR sets them per session; the portal checks them from the dossier (corps, date of entry) and the
-- CV (highest diploma level).

CREATE SEQUENCE concours_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE concours_session (
    id                  BIGINT        NOT NULL,
    name                VARCHAR(200)  NOT NULL,
    session_year        INT           NOT NULL,
    registration_from   DATETIME(6)   NOT NULL,
    registration_to     DATETIME(6)   NOT NULL,
    corps               VARCHAR(500),
    min_years           INT           NOT NULL,
    min_diploma_level   INT,
    diploma_waived_for  VARCHAR(500),
    version             BIGINT        NOT NULL,
    CONSTRAINT pk_concours_session PRIMARY KEY (id)
);

-- option_list: the choices of the section (a language, an option of the written papers), « | » between them.
CREATE TABLE concours_section (
    id          BIGINT        NOT NULL,
    session_id  BIGINT        NOT NULL,
    code        VARCHAR(20)   NOT NULL,
    label       VARCHAR(200)  NOT NULL,
    option_list VARCHAR(1000),
    CONSTRAINT pk_concours_section PRIMARY KEY (id),
    CONSTRAINT uk_concours_section UNIQUE (session_id, code),
    CONSTRAINT fk_concours_section_session FOREIGN KEY (session_id) REFERENCES concours_session (id)
);

CREATE TABLE concours_registration (
    id            BIGINT        NOT NULL,
    session_id    BIGINT        NOT NULL,
    agent_id      BIGINT        NOT NULL,
    section_id    BIGINT        NOT NULL,
    option_label  VARCHAR(200),
    status        VARCHAR(10)   NOT NULL,
    registered_at DATETIME(6)   NOT NULL,
    updated_at    DATETIME(6)   NOT NULL,
    withdrawn_at  DATETIME(6),
    version       BIGINT        NOT NULL,
    CONSTRAINT pk_concours_registration PRIMARY KEY (id),
    CONSTRAINT uk_concours_registration UNIQUE (session_id, agent_id),
    CONSTRAINT fk_concours_registration_session FOREIGN KEY (session_id) REFERENCES concours_session (id),
    CONSTRAINT fk_concours_registration_agent FOREIGN KEY (agent_id) REFERENCES agent (id),
    CONSTRAINT fk_concours_registration_section FOREIGN KEY (section_id) REFERENCES concours_section (id)
);

INSERT INTO portal_tile (id, position, title, description, icon, target, roles, functions, disciplines, display, version) VALUES
(28, 23, 'Concours', 'S''inscrire aux concours internes (agrégation, CAPES, personnels de direction), modifier, se retirer, télécharger sa confirmation.', 'pi pi-flag', '/concours/mes-concours', 'AGENT', NULL, NULL, 'SHOWN', 0),
(29, 24, 'Sessions de concours', 'Ouvrir les sessions de concours internes et suivre les inscriptions.', 'pi pi-list-check', '/concours/sessions', 'GESTIONNAIRE_RH', NULL, NULL, 'SHOWN', 0);
