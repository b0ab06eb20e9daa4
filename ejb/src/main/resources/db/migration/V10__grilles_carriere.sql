-- Career perspectives: the échelon grids (PPCR) of the teaching and education corps, the
-- promotion rules, and the value of the point d'indice. Reference data, cited text by text.
--
-- Structure and durations: décret n° 2017-786 du 5 mai 2017 (JORF n° 0108 du 7 mai 2017) modifying the
-- statuts particuliers — décret n° 72-581 (certifiés), n° 72-580 (agrégés), n° 90-680 (professeurs des
-- écoles), n° 70-738 (CPE), n° 92-1189 (PLP) — then décret n° 2023-720 du 4 août 2023 (JORF du 5 août
-- 2023: the classe exceptionnelle's échelon spécial becomes a 5th échelon reached after 3 years in the 4th;
-- no more viviers from the 2024 table) and, for agrégés, décret n° 2024-727 du 6 juillet 2024 (JORF n° 0160).
-- Indices: décret n° 2017-789 du 5 mai 2017 (échelonnement indiciaire, as modified by décret n° 2023-721 du
-- 4 août 2023), indices majorés from the barème of décret n° 82-1105 as raised by 5 points on 1 January 2024
-- by décret n° 2023-519 du 28 juin 2023 (JORF n° 0149 du 29 juin 2023). HEA/HEB chevrons are given as the
-- indices majorés equivalent to the hors-échelle pay.
-- Durations in months; accelerated_months: the stay when a rendez-vous de carrière grants the one-year
-- acceleration (6th and 8th échelons of the classe normale, 30 % of the cohort).
-- The values were cross-checked against several unions' published grids (SNES-FSU, CGT Éduc'action,
-- SE-UNSA, SNALC); the agrégés' classe exceptionnelle (one échelon, then HEA, then HEB) rests on fewer
-- sources than the others and is to be checked against the consolidated décret n° 72-580.

CREATE TABLE career_grid (
    id             BIGINT       NOT NULL,
    corps          VARCHAR(100) NOT NULL,
    grade          VARCHAR(30)  NOT NULL,
    effective_from DATE         NOT NULL,
    source         VARCHAR(500) NOT NULL,
    CONSTRAINT pk_career_grid PRIMARY KEY (id),
    CONSTRAINT uk_career_grid UNIQUE (corps, grade, effective_from)
);

CREATE TABLE career_grid_step (
    grid_id            BIGINT     NOT NULL,
    echelon            INT        NOT NULL,
    chevron            VARCHAR(4),
    indice_majore      INT        NOT NULL,
    duration_months    INT,
    accelerated_months INT,
    CONSTRAINT fk_career_grid_step_grid FOREIGN KEY (grid_id) REFERENCES career_grid (id)
);
CREATE INDEX ix_career_grid_step_grid ON career_grid_step (grid_id, echelon);

CREATE TABLE career_promotion_rule (
    corps                  VARCHAR(100) NOT NULL,
    hors_classe_echelon    INT          NOT NULL,
    hors_classe_months     INT          NOT NULL,
    exceptionnelle_echelon INT,
    source                 VARCHAR(500) NOT NULL,
    CONSTRAINT pk_career_promotion_rule PRIMARY KEY (corps)
);

CREATE TABLE career_point_value (
    effective_from DATE          NOT NULL,
    monthly_value  DECIMAL(10,5) NOT NULL,
    source         VARCHAR(500)  NOT NULL,
    CONSTRAINT pk_career_point_value PRIMARY KEY (effective_from)
);

-- Professeurs certifiés (décret n° 72-581): grids 1 (classe normale), 2 (hors classe), 3 (classe exceptionnelle).
INSERT INTO career_grid (id, corps, grade, effective_from, source) VALUES
(1, 'Professeur certifié', 'CLASSE_NORMALE', DATE '2024-01-01', 'Décret n° 72-581 modifié par le décret n° 2017-786 ; indices : décret n° 2017-789, décret n° 2023-519 (+5 points au 1er janvier 2024)'),
(2, 'Professeur certifié', 'HORS_CLASSE', DATE '2024-01-01', 'Décret n° 72-581 modifié par le décret n° 2017-786 (7e échelon au 1er septembre 2020) ; indices : décret n° 2017-789, décret n° 2023-519'),
(3, 'Professeur certifié', 'CLASSE_EXCEPTIONNELLE', DATE '2024-01-01', 'Décret n° 72-581 modifié par les décrets n° 2017-786 et n° 2023-720 (5e échelon au 6 août 2023) ; indices : décrets n° 2023-721 et n° 2023-519');

INSERT INTO career_grid_step (grid_id, echelon, chevron, indice_majore, duration_months, accelerated_months) VALUES
(1, 1, NULL, 395, 12, NULL), (1, 2, NULL, 446, 12, NULL), (1, 3, NULL, 453, 24, NULL), (1, 4, NULL, 466, 24, NULL),
(1, 5, NULL, 481, 30, NULL), (1, 6, NULL, 497, 36, 24), (1, 7, NULL, 524, 36, NULL), (1, 8, NULL, 562, 42, 30),
(1, 9, NULL, 595, 48, NULL), (1, 10, NULL, 634, 48, NULL), (1, 11, NULL, 678, NULL, NULL),
(2, 1, NULL, 595, 24, NULL), (2, 2, NULL, 629, 24, NULL), (2, 3, NULL, 673, 30, NULL), (2, 4, NULL, 720, 30, NULL),
(2, 5, NULL, 768, 36, NULL), (2, 6, NULL, 811, 36, NULL), (2, 7, NULL, 826, NULL, NULL),
(3, 1, NULL, 700, 24, NULL), (3, 2, NULL, 740, 24, NULL), (3, 3, NULL, 780, 30, NULL), (3, 4, NULL, 835, 36, NULL),
(3, 5, 'HEA1', 895, 12, NULL), (3, 5, 'HEA2', 930, 12, NULL), (3, 5, 'HEA3', 977, NULL, NULL);

-- Professeurs de lycée professionnel (décret n° 92-1189), professeurs des écoles (décret n° 90-680) and
-- conseillers principaux d'éducation (décret n° 70-738): the certifiés' grids, durations and indices.
INSERT INTO career_grid (id, corps, grade, effective_from, source)
SELECT id + 3, 'Professeur de lycée professionnel', grade, effective_from, REPLACE(source, '72-581', '92-1189') FROM career_grid WHERE id BETWEEN 1 AND 3;
INSERT INTO career_grid (id, corps, grade, effective_from, source)
SELECT id + 6, 'Professeur des écoles', grade, effective_from, REPLACE(source, '72-581', '90-680') FROM career_grid WHERE id BETWEEN 1 AND 3;
INSERT INTO career_grid (id, corps, grade, effective_from, source)
SELECT id + 9, 'Conseiller principal d''éducation', grade, effective_from, REPLACE(source, '72-581', '70-738') FROM career_grid WHERE id BETWEEN 1 AND 3;
INSERT INTO career_grid_step (grid_id, echelon, chevron, indice_majore, duration_months, accelerated_months)
SELECT grid_id + 3, echelon, chevron, indice_majore, duration_months, accelerated_months FROM career_grid_step WHERE grid_id BETWEEN 1 AND 3;
INSERT INTO career_grid_step (grid_id, echelon, chevron, indice_majore, duration_months, accelerated_months)
SELECT grid_id + 6, echelon, chevron, indice_majore, duration_months, accelerated_months FROM career_grid_step WHERE grid_id BETWEEN 1 AND 3;
INSERT INTO career_grid_step (grid_id, echelon, chevron, indice_majore, duration_months, accelerated_months)
SELECT grid_id + 9, echelon, chevron, indice_majore, duration_months, accelerated_months FROM career_grid_step WHERE grid_id BETWEEN 1 AND 3;

-- Professeurs agrégés (décret n° 72-580): classe normale (same durations as the certifiés), hors classe of
-- four échelons (the 4th in HEA chevrons), classe exceptionnelle of one échelon then HEA then HEB.
INSERT INTO career_grid (id, corps, grade, effective_from, source) VALUES
(13, 'Professeur agrégé', 'CLASSE_NORMALE', DATE '2024-01-01', 'Décret n° 72-580 modifié par le décret n° 2017-786 ; indices : décret n° 2017-789, décret n° 2023-519 (+5 points au 1er janvier 2024)'),
(14, 'Professeur agrégé', 'HORS_CLASSE', DATE '2024-01-01', 'Décret n° 72-580 modifié par le décret n° 2017-786 ; indices : décret n° 2017-789, décret n° 2023-519'),
(15, 'Professeur agrégé', 'CLASSE_EXCEPTIONNELLE', DATE '2024-01-01', 'Décret n° 72-580 modifié par les décrets n° 2017-786 et n° 2024-727 ; indices : décrets n° 2017-789 et n° 2023-519');
INSERT INTO career_grid_step (grid_id, echelon, chevron, indice_majore, duration_months, accelerated_months) VALUES
(13, 1, NULL, 455, 12, NULL), (13, 2, NULL, 503, 12, NULL), (13, 3, NULL, 518, 24, NULL), (13, 4, NULL, 547, 24, NULL),
(13, 5, NULL, 584, 30, NULL), (13, 6, NULL, 623, 36, 24), (13, 7, NULL, 664, 36, NULL), (13, 8, NULL, 715, 42, 30),
(13, 9, NULL, 762, 48, NULL), (13, 10, NULL, 805, 48, NULL), (13, 11, NULL, 835, NULL, NULL),
(14, 1, NULL, 762, 24, NULL), (14, 2, NULL, 805, 24, NULL), (14, 3, NULL, 835, 36, NULL),
(14, 4, 'HEA1', 895, 12, NULL), (14, 4, 'HEA2', 930, 12, NULL), (14, 4, 'HEA3', 977, NULL, NULL),
(15, 1, NULL, 835, 30, NULL),
(15, 2, 'HEA1', 895, 12, NULL), (15, 2, 'HEA2', 930, 12, NULL), (15, 2, 'HEA3', 977, 12, NULL),
(15, 3, 'HEB1', 977, 12, NULL), (15, 3, 'HEB2', 1018, 12, NULL), (15, 3, 'HEB3', 1072, NULL, NULL);

-- Hors classe: at least 2 years in the 9th échelon of the classe normale on 31 August of the table's year
-- (décret n° 72-581 art. 34, n° 72-580 art. 13 quinquies, n° 90-680 art. 25, as modified by n° 2017-786).
-- Classe exceptionnelle since the 2024 table (décret n° 2023-720; for agrégés n° 2024-727): the 5th
-- échelon of the hors classe at least, the 4th for agrégés.
INSERT INTO career_promotion_rule (corps, hors_classe_echelon, hors_classe_months, exceptionnelle_echelon, source) VALUES
('Professeur certifié', 9, 24, 5, 'Décret n° 72-581 (art. 34) ; classe exceptionnelle : décret n° 2023-720 du 4 août 2023'),
('Professeur de lycée professionnel', 9, 24, 5, 'Décret n° 92-1189 ; classe exceptionnelle : décret n° 2023-720 du 4 août 2023'),
('Professeur des écoles', 9, 24, 5, 'Décret n° 90-680 (art. 25) ; classe exceptionnelle : décret n° 2023-720 du 4 août 2023'),
('Conseiller principal d''éducation', 9, 24, 5, 'Décret n° 70-738 ; classe exceptionnelle : décret n° 2023-720 du 4 août 2023'),
('Professeur agrégé', 9, 24, 4, 'Décret n° 72-580 (art. 13 quinquies) ; classe exceptionnelle : décret n° 2024-727 du 6 juillet 2024');

-- Monthly gross value of one point (annual value of 100 points ÷ 1 200): décret n° 85-1148 as modified by
-- décret n° 2022-994 du 7 juillet 2022 (5 820,04 € from 1 July 2022) and décret n° 2023-519 du 28 juin 2023
-- (5 907,34 € from 1 July 2023).
INSERT INTO career_point_value (effective_from, monthly_value, source) VALUES
(DATE '2022-07-01', 4.85003, 'Décret n° 2022-994 du 7 juillet 2022 (5 820,04 € par an pour l''indice 100)'),
(DATE '2023-07-01', 4.92278, 'Décret n° 2023-519 du 28 juin 2023 (5 907,34 € par an pour l''indice 100)');
