-- Collaborative services: the catalogue the académie offers its schools, and the « demandes de mise
-- en place » that go from a school to the plateforme d'assistance, then to the DSI, which installs
-- an instance and accompanies the school. Portable types only (H2 and MariaDB), as in V1.

CREATE SEQUENCE service_request_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE service_request_event_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE service_request_comment_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE service_request_attachment_seq START WITH 1 INCREMENT BY 50;

-- A service of the catalogue. audience: PREMIER_DEGRE, SECOND_DEGRE, TOUS. instance_policy:
-- ONE_PER_ESTABLISHMENT (a second request is refused while an instance exists), ONE_PER_REQUEST
-- (a space per project or per class), SELF_SERVICE (nothing to install: a link or a portal page).
CREATE TABLE collaborative_service (
    code            VARCHAR(30)   NOT NULL,
    position        INT           NOT NULL,
    name            VARCHAR(100)  NOT NULL,
    summary         VARCHAR(300)  NOT NULL,
    description     VARCHAR(2000) NOT NULL,
    audience        VARCHAR(20)   NOT NULL,
    instance_policy VARCHAR(30)   NOT NULL,
    access_url      VARCHAR(500),
    icon            VARCHAR(40)   NOT NULL,
    offer           VARCHAR(20)   NOT NULL,
    version         BIGINT        NOT NULL,
    CONSTRAINT pk_collaborative_service PRIMARY KEY (code)
);

-- The fields a request for the service needs. kind: TEXT, LONG_TEXT, DATE, TIME, NUMBER,
-- SCHOOL_YEAR, CHOICE, LOGIN, LOGINS. requirement: REQUIRED or OPTIONAL. choices: for CHOICE the
-- values, for NUMBER the bounds, separated by |.
CREATE TABLE collaborative_service_field (
    service_code VARCHAR(30)  NOT NULL,
    position     INT          NOT NULL,
    code         VARCHAR(40)  NOT NULL,
    label        VARCHAR(200) NOT NULL,
    kind         VARCHAR(20)  NOT NULL,
    requirement  VARCHAR(12)  NOT NULL,
    choices      VARCHAR(500),
    hint         VARCHAR(300),
    CONSTRAINT pk_collaborative_service_field PRIMARY KEY (service_code, code),
    CONSTRAINT fk_service_field_service FOREIGN KEY (service_code) REFERENCES collaborative_service (code)
);

-- Service-level targets set by the DSI (a single row): time to take a request in charge, time to
-- install it; the time a request waits for its requester does not count.
CREATE TABLE service_level_target (
    id                BIGINT NOT NULL,
    take_charge_hours INT    NOT NULL,
    install_days      INT    NOT NULL,
    version           BIGINT NOT NULL,
    CONSTRAINT pk_service_level_target PRIMARY KEY (id)
);
INSERT INTO service_level_target (id, take_charge_hours, install_days, version) VALUES (1, 48, 15, 0);

-- A request (kind DEMANDE) or a suggestion (kind SUGGESTION, no service). The installed instance
-- (URL, access details, end of validity) is recorded on the request that asked for it.
CREATE TABLE service_request (
    id               BIGINT        NOT NULL,
    kind             VARCHAR(20)   NOT NULL,
    service_code     VARCHAR(30),
    establishment_id BIGINT        NOT NULL,
    requester_login  VARCHAR(40)   NOT NULL,
    requester_name   VARCHAR(200)  NOT NULL,
    requested_as     VARCHAR(20)   NOT NULL,
    subject          VARCHAR(200)  NOT NULL,
    details          VARCHAR(4000),
    state            VARCHAR(30)   NOT NULL,
    resume_state     VARCHAR(30),
    submitted_at     DATETIME(6)   NOT NULL,
    taken_at         DATETIME(6),
    installed_at     DATETIME(6),
    ended_at         DATETIME(6),
    paused_since     DATETIME(6),
    paused_seconds   BIGINT        NOT NULL,
    instance_url     VARCHAR(500),
    access_details   VARCHAR(2000),
    expires_on       DATE,
    version          BIGINT        NOT NULL,
    CONSTRAINT pk_service_request PRIMARY KEY (id),
    CONSTRAINT fk_service_request_service FOREIGN KEY (service_code) REFERENCES collaborative_service (code),
    CONSTRAINT fk_service_request_establishment FOREIGN KEY (establishment_id) REFERENCES establishment (id)
);
CREATE INDEX ix_service_request_state ON service_request (state, submitted_at);
CREATE INDEX ix_service_request_establishment ON service_request (establishment_id, service_code);
CREATE INDEX ix_service_request_requester ON service_request (requester_login);

CREATE TABLE service_request_value (
    request_id BIGINT        NOT NULL,
    field_code VARCHAR(40)   NOT NULL,
    field_value VARCHAR(4000) NOT NULL,
    CONSTRAINT pk_service_request_value PRIMARY KEY (request_id, field_code),
    CONSTRAINT fk_request_value_request FOREIGN KEY (request_id) REFERENCES service_request (id)
);

-- Every transition: who, when, from which state to which, and why.
CREATE TABLE service_request_event (
    id          BIGINT        NOT NULL,
    request_id  BIGINT        NOT NULL,
    occurred_at DATETIME(6)   NOT NULL,
    actor_login VARCHAR(40)   NOT NULL,
    actor_role  VARCHAR(20)   NOT NULL,
    transition  VARCHAR(40)   NOT NULL,
    from_state  VARCHAR(30),
    to_state    VARCHAR(30)   NOT NULL,
    note        VARCHAR(4000),
    CONSTRAINT pk_service_request_event PRIMARY KEY (id),
    CONSTRAINT fk_request_event_request FOREIGN KEY (request_id) REFERENCES service_request (id)
);
CREATE INDEX ix_service_request_event ON service_request_event (request_id, occurred_at);

CREATE TABLE service_request_comment (
    id           BIGINT        NOT NULL,
    request_id   BIGINT        NOT NULL,
    written_at   DATETIME(6)   NOT NULL,
    author_login VARCHAR(40)   NOT NULL,
    author_role  VARCHAR(20)   NOT NULL,
    body         VARCHAR(4000) NOT NULL,
    CONSTRAINT pk_service_request_comment PRIMARY KEY (id),
    CONSTRAINT fk_request_comment_request FOREIGN KEY (request_id) REFERENCES service_request (id)
);
CREATE INDEX ix_service_request_comment ON service_request_comment (request_id, written_at);

-- Attachments are at most 10 MB (checked before they get here): MEDIUMBLOB on MariaDB holds
-- 16 MB; H2 reads it as a BLOB.
CREATE TABLE service_request_attachment (
    id           BIGINT       NOT NULL,
    request_id   BIGINT       NOT NULL,
    added_at     DATETIME(6)  NOT NULL,
    author_login VARCHAR(40)  NOT NULL,
    file_name    VARCHAR(255) NOT NULL,
    media_type   VARCHAR(100) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    content      MEDIUMBLOB   NOT NULL,
    CONSTRAINT pk_service_request_attachment PRIMARY KEY (id),
    CONSTRAINT fk_request_attachment_request FOREIGN KEY (request_id) REFERENCES service_request (id)
);
CREATE INDEX ix_service_request_attachment ON service_request_attachment (request_id);

-- The catalogue (the académie's page « Outils collaboratifs »), described in our own words.
INSERT INTO collaborative_service (code, position, name, summary, description, audience, instance_policy, access_url, icon, offer, version) VALUES
('FILESENDER', 1, 'FileSender', 'Envoyer des fichiers volumineux',
 'Un service d''envoi de fichiers trop lourds pour la messagerie (vidéos de projets, archives, sauvegardes) : le destinataire reçoit un lien de téléchargement valable quelques jours. L''académie ouvre à l''établissement un espace d''envoi à son nom.',
 'TOUS', 'ONE_PER_ESTABLISHMENT', NULL, 'pi pi-send', 'OFFERED', 0),
('CYBERCARNET', 2, 'Cybercarnet', 'Le blog d''une classe pour une année scolaire',
 'Un blog ouvert pour une année scolaire, où l''enseignant et ses élèves racontent la vie de la classe ou un projet. Il est public (lisible par tous les internautes) ou réservé (protégé par un compte). Il ferme à la fin de l''année scolaire demandée.',
 'TOUS', 'ONE_PER_REQUEST', NULL, 'pi pi-book', 'OFFERED', 0),
('SYNERGIE', 3, 'Espace collaboratif Synergie', 'Un espace de travail en réseau pour un projet',
 'Un espace thématique dans le réseau social professionnel de l''académie, pour un groupe de collègues qui travaillent ensemble sur un projet : publications, documents partagés, discussions. La demande nomme les membres du groupe.',
 'TOUS', 'ONE_PER_REQUEST', NULL, 'pi pi-sitemap', 'OFFERED', 0),
('VISIOCONFERENCE', 4, 'Organisation d''une visioconférence', 'Être accompagné pour organiser une réunion à distance',
 'La DSI aide l''organisateur (l''animateur) à préparer une réunion en visioconférence : salle virtuelle, invitations, essai technique avant la réunion. La demande donne la date, l''heure et le nombre de participants attendus.',
 'TOUS', 'ONE_PER_REQUEST', NULL, 'pi pi-video', 'OFFERED', 0),
('SYNBOX', 5, 'Synbox', 'Sauvegarder et partager les documents de l''école',
 'Un espace de stockage hébergé au rectorat pour les écoles : sauvegarder les documents professionnels, partager des fichiers et des dossiers avec l''équipe. Réservé au premier degré.',
 'PREMIER_DEGRE', 'ONE_PER_ESTABLISHMENT', NULL, 'pi pi-box', 'OFFERED', 0),
('MUR_POSTIT', 6, 'Mur de Post-it', 'Recueillir idées et messages courts sur un mur partagé',
 'Un mur numérique où chacun dépose une note, une idée, un mot ou une image : pour un remue-méninges en classe ou en conseil pédagogique.',
 'TOUS', 'ONE_PER_ESTABLISHMENT', NULL, 'pi pi-th-large', 'OFFERED', 0),
('QR_CODE', 7, 'Générer un QR code', 'Transformer un texte ou un lien en QR code, en un clic',
 'Saisissez un texte ou une adresse : le portail fabrique aussitôt le QR code que les smartphones savent lire, à télécharger en PNG ou en SVG. Aucune demande à faire.',
 'TOUS', 'SELF_SERVICE', '/services/qr-code.xhtml', 'pi pi-qrcode', 'OFFERED', 0),
('ECRITURE_SIMULTANEE', 8, 'Écrire simultanément', 'Une page partagée où l''on écrit à plusieurs en même temps',
 'Une page blanche que plusieurs personnes rédigent en même temps, avec des images : compte rendu de réunion, texte collectif d''une classe.',
 'TOUS', 'ONE_PER_ESTABLISHMENT', NULL, 'pi pi-pencil', 'OFFERED', 0),
('ANTIVIRUS', 9, 'Antivirus', 'Un antivirus gratuit pour les enseignants',
 'Un antivirus proposé gratuitement aux enseignants de l''académie pour leur ordinateur professionnel ou personnel. Le téléchargement se fait depuis la page du service.',
 'TOUS', 'SELF_SERVICE', 'https://www.ac-paris.fr/antivirus', 'pi pi-shield', 'OFFERED', 0),
('TRIBU', 10, 'TRIBU', 'Un espace sécurisé partagé par un groupe, pour un projet',
 'Un espace collaboratif sécurisé pour un groupe d''utilisateurs réunis autour d''un projet : documents, agenda, annonces. La demande nomme le projet et ses membres.',
 'TOUS', 'ONE_PER_REQUEST', NULL, 'pi pi-users', 'OFFERED', 0),
('CLASSE_VIRTUELLE', 11, 'Ma classe virtuelle', 'La plateforme de visioconférence pour faire cours à distance',
 'Une salle de classe virtuelle pour les cours à distance : vidéo, tableau blanc, partage d''écran. Chaque enseignant y accède directement avec son compte.',
 'TOUS', 'SELF_SERVICE', 'https://classe-virtuelle.cned.fr', 'pi pi-desktop', 'OFFERED', 0);

INSERT INTO collaborative_service_field (service_code, position, code, label, kind, requirement, choices, hint) VALUES
('FILESENDER', 1, 'usage', 'Usage prévu', 'LONG_TEXT', 'OPTIONAL', NULL, 'Qui enverra des fichiers, et de quel type.'),
('CYBERCARNET', 1, 'annee_scolaire', 'Année scolaire', 'SCHOOL_YEAR', 'REQUIRED', NULL, 'Par exemple 2026-2027 : le blog ferme à la fin de cette année scolaire.'),
('CYBERCARNET', 2, 'acces', 'Accès au blog', 'CHOICE', 'REQUIRED', 'PUBLIC|RESTREINT', NULL),
('CYBERCARNET', 3, 'classes', 'Classes concernées', 'TEXT', 'REQUIRED', NULL, 'Par exemple : 6e B, 5e A'),
('CYBERCARNET', 4, 'enseignant', 'Enseignant responsable (identifiant)', 'LOGIN', 'REQUIRED', NULL, 'L''identifiant académique, par exemple mpierrard.'),
('SYNERGIE', 1, 'projet', 'Nom du projet', 'TEXT', 'REQUIRED', NULL, NULL),
('SYNERGIE', 2, 'membres', 'Membres de l''espace (identifiants)', 'LOGINS', 'REQUIRED', NULL, 'Identifiants académiques séparés par des virgules.'),
('VISIOCONFERENCE', 1, 'date', 'Date de la réunion', 'DATE', 'REQUIRED', NULL, 'Au format jj/mm/aaaa.'),
('VISIOCONFERENCE', 2, 'heure', 'Heure de début', 'TIME', 'REQUIRED', NULL, 'Au format hh:mm.'),
('VISIOCONFERENCE', 3, 'participants', 'Nombre de participants attendus', 'NUMBER', 'REQUIRED', '2|500', 'Entre 2 et 500.'),
('VISIOCONFERENCE', 4, 'organisateur', 'Organisateur (identifiant)', 'LOGIN', 'REQUIRED', NULL, NULL),
('SYNBOX', 1, 'usage', 'Usage prévu', 'LONG_TEXT', 'OPTIONAL', NULL, NULL),
('MUR_POSTIT', 1, 'usage', 'Usage prévu', 'LONG_TEXT', 'OPTIONAL', NULL, NULL),
('ECRITURE_SIMULTANEE', 1, 'usage', 'Usage prévu', 'LONG_TEXT', 'OPTIONAL', NULL, NULL),
('TRIBU', 1, 'projet', 'Nom du projet', 'TEXT', 'REQUIRED', NULL, NULL),
('TRIBU', 2, 'membres', 'Membres de l''espace (identifiants)', 'LOGINS', 'REQUIRED', NULL, 'Identifiants académiques séparés par des virgules.');
