-- The portal's home page: a tile per service the account opens, the portal's own pages and the
-- académie's other applications, each shown according to rules the DSI edits. A rule left empty
-- lets everyone through; roles, functions and disciplines are lists separated by |.
CREATE SEQUENCE portal_tile_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE portal_tile (
    id          BIGINT       NOT NULL,
    position    INT          NOT NULL,
    title       VARCHAR(80)  NOT NULL,
    description VARCHAR(300) NOT NULL,
    icon        VARCHAR(40)  NOT NULL,
    target      VARCHAR(500) NOT NULL,
    roles       VARCHAR(200),
    functions   VARCHAR(500),
    disciplines VARCHAR(500),
    display     VARCHAR(20)  NOT NULL,
    version     BIGINT       NOT NULL,
    CONSTRAINT pk_portal_tile PRIMARY KEY (id)
);

INSERT INTO portal_tile (id, position, title, description, icon, target, roles, functions, disciplines, display, version) VALUES
(1, 10, 'Mon dossier', 'Consulter votre dossier administratif : identité, corps, grade, échelon, affectation.', 'pi pi-id-card', '/dossier/mon-dossier', 'AGENT', NULL, NULL, 'SHOWN', 0),
(2, 20, 'Annuaire', 'Trouver une personne en poste dans l''académie ; consulter et compléter votre fiche.', 'pi pi-book', '/annuaire/recherche', 'AGENT', NULL, NULL, 'SHOWN', 0),
(3, 30, 'Services collaboratifs', 'Demander pour votre école ou établissement un des services de l''académie : blog de classe, espace collaboratif, visioconférence...', 'pi pi-th-large', '/services/catalogue', 'AGENT', NULL, NULL, 'SHOWN', 0),
(4, 40, 'QR code', 'Transformer un texte ou une adresse en QR code, en un clic.', 'pi pi-qrcode', '/services/qr-code', 'AGENT', NULL, NULL, 'SHOWN', 0),
(5, 50, 'Messagerie', 'Lire et envoyer votre courrier professionnel depuis le webmail académique.', 'pi pi-envelope', 'https://webmail.ac-paris.fr', NULL, NULL, NULL, 'SHOWN', 0),
(6, 60, 'Agenda', 'Votre agenda personnel et les agendas partagés de votre établissement.', 'pi pi-calendar', 'https://agenda.ac-paris.fr', NULL, NULL, NULL, 'SHOWN', 0),
(7, 70, 'I-Prof', 'Votre assistant de carrière du ministère : promotions, mutations, concours.', 'pi pi-briefcase', 'https://bv.ac-paris.fr/iprof', NULL, 'Enseignant|Conseiller principal d''éducation|Directeur d''école|Psychologue de l''éducation nationale|Professeur documentaliste', NULL, 'SHOWN', 0),
(8, 80, 'I-Professionnel', 'Le dossier de carrière des personnels administratifs, techniques, sociaux et de santé, et des personnels de direction.', 'pi pi-briefcase', 'https://bv.ac-paris.fr/iprofessionnel', NULL, 'Principal de collège|Proviseur|Gestionnaire RH|Plateforme d''assistance|Direction des systèmes d''information|Secrétaire administratif', NULL, 'SHOWN', 0),
(9, 90, 'Portail ARENA', 'Les applications de gestion de l''établissement : examens, bases élèves, enquêtes.', 'pi pi-sitemap', 'https://arena.ac-paris.fr', 'CHEF_ETABLISSEMENT|GESTIONNAIRE_RH|DSI', NULL, NULL, 'SHOWN', 0),
(10, 100, 'Demandes à traiter', 'Prendre en charge, transmettre, installer les demandes des écoles et établissements.', 'pi pi-inbox', '/assistance/demandes', 'ASSISTANCE|DSI', NULL, NULL, 'SHOWN', 0),
(11, 110, 'Comptes', 'Retrouver un compte, voir son journal, le déverrouiller.', 'pi pi-users', '/assistance/comptes', 'ASSISTANCE|DSI', NULL, NULL, 'SHOWN', 0),
(12, 120, 'Imports RH', 'Suivre les imports nocturnes de l''extraction RH et leurs lignes rejetées.', 'pi pi-upload', '/dsi/imports', 'DSI', NULL, NULL, 'SHOWN', 0),
(13, 130, 'Catalogue des services', 'Tenir le catalogue des services, les délais cibles, les instances qui expirent.', 'pi pi-cog', '/dsi/services', 'DSI', NULL, NULL, 'SHOWN', 0),
(14, 140, 'Tuiles de l''accueil', 'Choisir les tuiles de l''accueil et à qui chacune s''adresse.', 'pi pi-objects-column', '/dsi/accueil', 'DSI', NULL, NULL, 'SHOWN', 0),
(15, 150, 'Espace des professeurs de mathématiques', 'Ressources, actualités et réseau des enseignants de mathématiques de l''académie.', 'pi pi-percentage', 'https://maths.ac-paris.fr/espace-membres', NULL, NULL, 'Mathématiques', 'SHOWN', 0),
(16, 160, 'Espace lettres', 'Ressources et actualités des enseignants de lettres de l''académie.', 'pi pi-pen-to-square', 'https://lettres.ac-paris.fr/espace-membres', NULL, NULL, 'Lettres modernes|Lettres classiques', 'SHOWN', 0),
(17, 170, 'Espace histoire-géographie', 'Ressources et actualités des enseignants d''histoire-géographie de l''académie.', 'pi pi-globe', 'https://hg.ac-paris.fr/espace-membres', NULL, NULL, 'Histoire-géographie', 'SHOWN', 0);
