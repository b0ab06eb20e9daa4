-- Mutation (transfer) campaigns: the campaign and its barème values, the posts offered, each
-- participant's declared situation and ordered wishes, contestations of the barème, and the
-- simulations HR runs (a result per participant, a « barre » per post).
-- Establishments get their geographic group (« groupement géographique ») for group wishes.

ALTER TABLE establishment ADD COLUMN zone VARCHAR(100);

CREATE SEQUENCE transfer_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE transfer_campaign (
    id                          BIGINT        NOT NULL,
    name                        VARCHAR(200)  NOT NULL,
    kind                        VARCHAR(10)   NOT NULL,
    phase                       VARCHAR(20)   NOT NULL,
    corps                       VARCHAR(100),
    max_wishes                  INT           NOT NULL,
    wish_types                  VARCHAR(60)   NOT NULL,
    wishes_open_at              DATETIME(6)   NOT NULL,
    wishes_close_at             DATETIME(6)   NOT NULL,
    bareme_from                 DATETIME(6)   NOT NULL,
    bareme_to                   DATETIME(6)   NOT NULL,
    reference_date              DATE          NOT NULL,
    points_per_echelon          DECIMAL(8, 2) NOT NULL,
    echelon_minimum             DECIMAL(8, 2) NOT NULL,
    hors_classe_base            DECIMAL(8, 2) NOT NULL,
    exceptionnelle_base         DECIMAL(8, 2) NOT NULL,
    exceptionnelle_cap          DECIMAL(8, 2) NOT NULL,
    seniority_per_year          DECIMAL(8, 2) NOT NULL,
    seniority_per_four_years    DECIMAL(8, 2) NOT NULL,
    spouse                      DECIMAL(8, 2) NOT NULL,
    per_child                   DECIMAL(8, 2) NOT NULL,
    separation_one_year         DECIMAL(8, 2) NOT NULL,
    separation_two_years        DECIMAL(8, 2) NOT NULL,
    separation_three_years      DECIMAL(8, 2) NOT NULL,
    separation_four_years       DECIMAL(8, 2) NOT NULL,
    rep_plus                    DECIMAL(8, 2) NOT NULL,
    rep                         DECIMAL(8, 2) NOT NULL,
    education_prioritaire_years INT           NOT NULL,
    handicap                    DECIMAL(8, 2) NOT NULL,
    handicap_accepted           DECIMAL(8, 2) NOT NULL,
    published_simulation_id     BIGINT,
    created_at                  DATETIME(6)   NOT NULL,
    version                     BIGINT        NOT NULL,
    CONSTRAINT pk_transfer_campaign PRIMARY KEY (id)
);

CREATE TABLE transfer_post (
    id               BIGINT       NOT NULL,
    campaign_id      BIGINT       NOT NULL,
    establishment_id BIGINT       NOT NULL,
    discipline       VARCHAR(100) NOT NULL,
    vacancies        INT          NOT NULL,
    CONSTRAINT pk_transfer_post PRIMARY KEY (id),
    CONSTRAINT uk_transfer_post UNIQUE (campaign_id, establishment_id, discipline),
    CONSTRAINT fk_transfer_post_campaign FOREIGN KEY (campaign_id) REFERENCES transfer_campaign (id),
    CONSTRAINT fk_transfer_post_establishment FOREIGN KEY (establishment_id) REFERENCES establishment (id)
);

-- grade, échelon, arrival in post, establishment and discipline are copied from the dossier at
-- each save while wishes are open, and for the last time when the campaign closes: the barème is
-- computed from that copy, so a later import does not change it behind the agent's back.
CREATE TABLE transfer_participant (
    id                 BIGINT       NOT NULL,
    campaign_id        BIGINT       NOT NULL,
    agent_id           BIGINT       NOT NULL,
    grade              VARCHAR(100),
    echelon            INT,
    in_post_since      DATE,
    establishment_id   BIGINT       NOT NULL,
    discipline         VARCHAR(100),
    spouse_departement VARCHAR(3),
    children           INT          NOT NULL,
    separation_years   INT          NOT NULL,
    handicap           INT          NOT NULL,
    years_rep_plus     INT          NOT NULL,
    years_rep          INT          NOT NULL,
    confirmed_at       DATETIME(6),
    updated_at         DATETIME(6)  NOT NULL,
    version            BIGINT       NOT NULL,
    CONSTRAINT pk_transfer_participant PRIMARY KEY (id),
    CONSTRAINT uk_transfer_participant UNIQUE (campaign_id, agent_id),
    CONSTRAINT fk_transfer_participant_campaign FOREIGN KEY (campaign_id) REFERENCES transfer_campaign (id),
    CONSTRAINT fk_transfer_participant_agent FOREIGN KEY (agent_id) REFERENCES agent (id),
    CONSTRAINT fk_transfer_participant_establishment FOREIGN KEY (establishment_id) REFERENCES establishment (id)
);

CREATE TABLE transfer_wish (
    id                BIGINT       NOT NULL,
    participant_id    BIGINT       NOT NULL,
    wish_rank         INT          NOT NULL,
    wish_type         VARCHAR(4)   NOT NULL,
    code              VARCHAR(100) NOT NULL,
    handicap_accepted INT          NOT NULL,
    CONSTRAINT pk_transfer_wish PRIMARY KEY (id),
    CONSTRAINT uk_transfer_wish UNIQUE (participant_id, wish_rank),
    CONSTRAINT fk_transfer_wish_participant FOREIGN KEY (participant_id) REFERENCES transfer_participant (id)
);

CREATE TABLE transfer_contestation (
    id               BIGINT        NOT NULL,
    participant_id   BIGINT        NOT NULL,
    element_code     VARCHAR(30)   NOT NULL,
    comment_text     VARCHAR(1000) NOT NULL,
    status           VARCHAR(10)   NOT NULL,
    corrected_points DECIMAL(8, 2),
    answer           VARCHAR(500),
    created_at       DATETIME(6)   NOT NULL,
    answered_at      DATETIME(6),
    answered_by      VARCHAR(40),
    version          BIGINT        NOT NULL,
    CONSTRAINT pk_transfer_contestation PRIMARY KEY (id),
    CONSTRAINT fk_transfer_contestation_participant FOREIGN KEY (participant_id) REFERENCES transfer_participant (id)
);
CREATE INDEX ix_transfer_contestation_participant ON transfer_contestation (participant_id);

CREATE TABLE transfer_simulation (
    id               BIGINT       NOT NULL,
    campaign_id      BIGINT       NOT NULL,
    mode             VARCHAR(10)  NOT NULL,
    run_at           DATETIME(6)  NOT NULL,
    run_by           VARCHAR(40)  NOT NULL,
    participants     INT          NOT NULL,
    moved            INT          NOT NULL,
    first_wish       INT          NOT NULL,
    stayed           INT          NOT NULL,
    unassigned       INT          NOT NULL,
    vacant_seats     INT          NOT NULL,
    moved_by_rank    VARCHAR(400) NOT NULL,
    duration_ms      BIGINT       NOT NULL,
    CONSTRAINT pk_transfer_simulation PRIMARY KEY (id),
    CONSTRAINT fk_transfer_simulation_campaign FOREIGN KEY (campaign_id) REFERENCES transfer_campaign (id)
);

CREATE TABLE transfer_result (
    simulation_id    BIGINT        NOT NULL,
    participant_id   BIGINT        NOT NULL,
    outcome          VARCHAR(12)   NOT NULL,
    establishment_id BIGINT,
    wish_rank        INT,
    points           DECIMAL(8, 2),
    CONSTRAINT pk_transfer_result PRIMARY KEY (simulation_id, participant_id),
    CONSTRAINT fk_transfer_result_simulation FOREIGN KEY (simulation_id) REFERENCES transfer_simulation (id)
);

-- offering: the post was offered or held by a participant, so group wishes stood for it.
CREATE TABLE transfer_threshold (
    simulation_id    BIGINT        NOT NULL,
    establishment_id BIGINT        NOT NULL,
    discipline       VARCHAR(100)  NOT NULL,
    seats            INT           NOT NULL,
    admitted         INT           NOT NULL,
    offering         INT           NOT NULL,
    lowest_points    DECIMAL(8, 2),
    CONSTRAINT pk_transfer_threshold PRIMARY KEY (simulation_id, establishment_id, discipline),
    CONSTRAINT fk_transfer_threshold_simulation FOREIGN KEY (simulation_id) REFERENCES transfer_simulation (id)
);

INSERT INTO portal_tile (id, position, title, description, icon, target, roles, functions, disciplines, display, version) VALUES
(23, 18, 'Mutations', 'Saisir et classer vos vœux de mutation, suivre votre barème, lire votre résultat et ses raisons.', 'pi pi-directions', '/mutations/mes-voeux', 'AGENT', NULL, NULL, 'SHOWN', 0),
(24, 19, 'Campagnes de mutation', 'Préparer, ouvrir et clore les campagnes, traiter les contestations, simuler et publier.', 'pi pi-sliders-h', '/mutations/campagnes', 'GESTIONNAIRE_RH', NULL, NULL, 'SHOWN', 0);
