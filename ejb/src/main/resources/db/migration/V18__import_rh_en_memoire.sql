-- The nightly import keeps what a run has met in memory (rebuilt from the extract itself when a run
-- is restarted): the run's lines no longer go to the database.
DROP TABLE provisioning_line;
DROP SEQUENCE provisioning_line_seq;

-- The fingerprint of a dossier's administrative data and establishment (AdministrativeData.fingerprint):
-- the import tells an unchanged person from it without reading the dossier. NULL until the dossier's
-- next change or import computes it.
ALTER TABLE agent ADD fingerprint BIGINT;

-- The annuaire follows only the agents an import touched, as long as nothing else changed since it
-- last followed: no other import wrote without reaching its annuaire step (a run that failed, even
-- one restarted later, stays listed here until an annuaire step goes over every agent), and the
-- establishments are as last copied (their fingerprint).
CREATE TABLE directory_pending_run (
    job_instance_id BIGINT NOT NULL,
    CONSTRAINT pk_directory_pending_run PRIMARY KEY (job_instance_id)
);
ALTER TABLE directory_index_state ADD establishments_fingerprint BIGINT;
