-- The nightly import keeps what a run has met in memory (rebuilt from the extract itself when a run
-- is restarted): the run's lines no longer go to the database.
DROP TABLE provisioning_line;
DROP SEQUENCE provisioning_line_seq;

-- The fingerprint of a dossier's administrative data and establishment (AdministrativeData.fingerprint):
-- the import tells an unchanged person from it without reading the dossier. NULL until the dossier's
-- next change or import computes it.
ALTER TABLE agent ADD fingerprint BIGINT;
