-- Home tiles of the dossier issue: career perspectives and CV for every agent, the staff's
-- dossiers for HR managers and heads of establishment.
INSERT INTO portal_tile (id, position, title, description, icon, target, roles, functions, disciplines, display, version) VALUES
(20, 12, 'Perspectives de carrière', 'Vos prochains échelons, votre indice et votre traitement, vos dates de promotion possibles.', 'pi pi-chart-line', '/carriere/perspectives', 'AGENT', NULL, NULL, 'SHOWN', 0),
(21, 14, 'Mon CV', 'Diplômes, certifications, formations, responsabilités et langues : le CV lu lors des promotions.', 'pi pi-file-edit', '/cv/mon-cv', 'AGENT', NULL, NULL, 'SHOWN', 0),
(22, 16, 'Dossiers des personnels', 'Rechercher un agent, consulter et corriger son dossier, exporter des listes.', 'pi pi-users', '/dossier/personnels', 'GESTIONNAIRE_RH|CHEF_ETABLISSEMENT', NULL, NULL, 'SHOWN', 0);
