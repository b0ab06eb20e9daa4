-- Promotion campaigns (tableaux d'avancement): hors classe and classe exceptionnelle, per corps and
-- year. A campaign copies each promouvable's dossier facts at the reference date, then collects the
-- recteur's appreciation (hors classe) or the opinions of the head of school and of the inspector
-- (classe exceptionnelle); HR validates the ranked table and publishes it; the promoted get their new
-- grade and échelon in their dossier on the effect date.

CREATE SEQUENCE promotion_seq START WITH 1 INCREMENT BY 50;

-- Ratio promus / promouvables by corps, promotion and year.
-- Hors classe: arrêté du 30 juin 2009 fixant les taux de promotion dans certains corps du ministère
-- de l'éducation nationale, modifié par l'arrêté du 30 mai 2023 (JO du 10 juin 2023): 22 % en 2024,
-- 23 % en 2025 (https://www.legifrance.gouv.fr/loda/id/JORFTEXT000020893570/2023-06-15/); no later
-- rate was published when this was written: HR enters it on the campaign.
-- Classe exceptionnelle: same arrêté as modified by the arrêté du 28 mai 2024 (the number is the rate
-- applied to the promouvables since décret n° 2023-720 du 4 août 2023 and, for the agrégés, décret
-- n° 2024-727 du 6 juillet 2024): certifiés and PLP 9 % (2024, 2025), 9,5 % (2026); agrégés 13,5 %;
-- CPE 10,5 % (2024, 2025), 9,5 % (2026).
-- A fraction is carried over to the next year's count (décret n° 2005-1090 du 1er septembre 2005, art. 2).
CREATE TABLE promotion_ratio (
    corps          VARCHAR(100) NOT NULL,
    promotion_type VARCHAR(30)  NOT NULL,
    campaign_year  INT          NOT NULL,
    ratio          DECIMAL(6, 4) NOT NULL,
    source         VARCHAR(500) NOT NULL,
    CONSTRAINT pk_promotion_ratio PRIMARY KEY (corps, promotion_type, campaign_year)
);

INSERT INTO promotion_ratio (corps, promotion_type, campaign_year, ratio, source) VALUES
('Professeur certifié', 'HORS_CLASSE', 2024, 0.2200, 'Arrêté du 30 juin 2009 modifié par l''arrêté du 30 mai 2023'),
('Professeur certifié', 'HORS_CLASSE', 2025, 0.2300, 'Arrêté du 30 juin 2009 modifié par l''arrêté du 30 mai 2023'),
('Professeur agrégé', 'HORS_CLASSE', 2024, 0.2200, 'Arrêté du 30 juin 2009 modifié par l''arrêté du 30 mai 2023'),
('Professeur agrégé', 'HORS_CLASSE', 2025, 0.2300, 'Arrêté du 30 juin 2009 modifié par l''arrêté du 30 mai 2023'),
('Professeur de lycée professionnel', 'HORS_CLASSE', 2024, 0.2200, 'Arrêté du 30 juin 2009 modifié par l''arrêté du 30 mai 2023'),
('Professeur de lycée professionnel', 'HORS_CLASSE', 2025, 0.2300, 'Arrêté du 30 juin 2009 modifié par l''arrêté du 30 mai 2023'),
('Conseiller principal d''éducation', 'HORS_CLASSE', 2024, 0.2200, 'Arrêté du 30 juin 2009 modifié par l''arrêté du 30 mai 2023'),
('Conseiller principal d''éducation', 'HORS_CLASSE', 2025, 0.2300, 'Arrêté du 30 juin 2009 modifié par l''arrêté du 30 mai 2023'),
('Professeur certifié', 'CLASSE_EXCEPTIONNELLE', 2024, 0.0900, 'Arrêté du 30 juin 2009 modifié par l''arrêté du 28 mai 2024'),
('Professeur certifié', 'CLASSE_EXCEPTIONNELLE', 2025, 0.0900, 'Arrêté du 30 juin 2009 modifié par l''arrêté du 28 mai 2024'),
('Professeur certifié', 'CLASSE_EXCEPTIONNELLE', 2026, 0.0950, 'Arrêté du 30 juin 2009 modifié par l''arrêté du 28 mai 2024'),
('Professeur de lycée professionnel', 'CLASSE_EXCEPTIONNELLE', 2024, 0.0900, 'Arrêté du 30 juin 2009 modifié par l''arrêté du 28 mai 2024'),
('Professeur de lycée professionnel', 'CLASSE_EXCEPTIONNELLE', 2025, 0.0900, 'Arrêté du 30 juin 2009 modifié par l''arrêté du 28 mai 2024'),
('Professeur de lycée professionnel', 'CLASSE_EXCEPTIONNELLE', 2026, 0.0950, 'Arrêté du 30 juin 2009 modifié par l''arrêté du 28 mai 2024'),
('Professeur agrégé', 'CLASSE_EXCEPTIONNELLE', 2024, 0.1350, 'Arrêté du 30 juin 2009 modifié par l''arrêté du 28 mai 2024'),
('Professeur agrégé', 'CLASSE_EXCEPTIONNELLE', 2025, 0.1350, 'Arrêté du 30 juin 2009 modifié par l''arrêté du 28 mai 2024'),
('Professeur agrégé', 'CLASSE_EXCEPTIONNELLE', 2026, 0.1350, 'Arrêté du 30 juin 2009 modifié par l''arrêté du 28 mai 2024'),
('Conseiller principal d''éducation', 'CLASSE_EXCEPTIONNELLE', 2024, 0.1050, 'Arrêté du 30 juin 2009 modifié par l''arrêté du 28 mai 2024'),
('Conseiller principal d''éducation', 'CLASSE_EXCEPTIONNELLE', 2025, 0.1050, 'Arrêté du 30 juin 2009 modifié par l''arrêté du 28 mai 2024'),
('Conseiller principal d''éducation', 'CLASSE_EXCEPTIONNELLE', 2026, 0.0950, 'Arrêté du 30 juin 2009 modifié par l''arrêté du 28 mai 2024');

CREATE TABLE promotion_campaign (
    id               BIGINT        NOT NULL,
    name             VARCHAR(200)  NOT NULL,
    corps            VARCHAR(100)  NOT NULL,
    promotion_type   VARCHAR(30)   NOT NULL,
    campaign_year    INT           NOT NULL,
    phase            VARCHAR(20)   NOT NULL,
    reference_date   DATE          NOT NULL,
    effect_date      DATE          NOT NULL,
    cv_from          DATETIME(6),
    cv_to            DATETIME(6),
    opinions_from    DATETIME(6)   NOT NULL,
    opinions_to      DATETIME(6)   NOT NULL,
    publication_on   DATE,
    ratio            DECIMAL(6, 4) NOT NULL,
    carried          DECIMAL(8, 4) NOT NULL,
    carried_over     DECIMAL(8, 4),
    parity_tolerance DECIMAL(5, 2) NOT NULL,
    validated_at     DATETIME(6),
    validated_by     VARCHAR(40),
    published_at     DATETIME(6),
    published_by     VARCHAR(40),
    version          BIGINT        NOT NULL,
    CONSTRAINT pk_promotion_campaign PRIMARY KEY (id),
    CONSTRAINT uk_promotion_campaign UNIQUE (corps, promotion_type, campaign_year)
);

-- One promouvable: the dossier's facts copied when the list is drawn up, what HR, the head and the
-- inspector gave, and once validated the rank, points and decision.
CREATE TABLE promotion_candidate (
    id                BIGINT        NOT NULL,
    campaign_id       BIGINT        NOT NULL,
    agent_id          BIGINT        NOT NULL,
    sex               VARCHAR(6),
    birth_date        DATE,
    corps_since       DATE,
    grade_since       DATE,
    grade             VARCHAR(30)   NOT NULL,
    echelon           INT           NOT NULL,
    echelon_since     DATE,
    establishment_id  BIGINT        NOT NULL,
    discipline        VARCHAR(100),
    appreciation      VARCHAR(20),
    head_avis         VARCHAR(20),
    head_comment      VARCHAR(1000),
    head_by           VARCHAR(40),
    inspector_avis    VARCHAR(20),
    inspector_comment VARCHAR(1000),
    inspector_by      VARCHAR(40),
    table_rank        INT,
    points            INT,
    promoted          INT           NOT NULL,
    applied_at        DATETIME(6),
    version           BIGINT        NOT NULL,
    CONSTRAINT pk_promotion_candidate PRIMARY KEY (id),
    CONSTRAINT uk_promotion_candidate UNIQUE (campaign_id, agent_id),
    CONSTRAINT fk_promotion_candidate_campaign FOREIGN KEY (campaign_id) REFERENCES promotion_campaign (id),
    CONSTRAINT fk_promotion_candidate_agent FOREIGN KEY (agent_id) REFERENCES agent (id),
    CONSTRAINT fk_promotion_candidate_establishment FOREIGN KEY (establishment_id) REFERENCES establishment (id)
);

CREATE INDEX ix_promotion_candidate_establishment ON promotion_candidate (establishment_id);

INSERT INTO portal_tile (id, position, title, description, icon, target, roles, functions, disciplines, display, version) VALUES
(25, 17, 'Mes promotions', 'Hors classe et classe exceptionnelle : êtes-vous promouvable, votre rang, vos points et la décision.', 'pi pi-star', '/promotions/mes-promotions', 'AGENT', NULL, NULL, 'SHOWN', 0),
(26, 21, 'Avis pour la classe exceptionnelle', 'Donner votre avis sur les promouvables de votre établissement ou de votre discipline.', 'pi pi-comments', '/promotions/avis', 'CHEF_ETABLISSEMENT|INSPECTEUR', NULL, NULL, 'SHOWN', 0),
(27, 22, 'Campagnes de promotion', 'Établir les promouvables, donner les appréciations, valider et publier les tableaux d''avancement.', 'pi pi-sliders-h', '/promotions/campagnes', 'GESTIONNAIRE_RH', NULL, NULL, 'SHOWN', 0);
