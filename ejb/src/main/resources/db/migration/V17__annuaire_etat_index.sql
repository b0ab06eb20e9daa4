-- The annuaire's search index follows the entries slice by slice after each HR import. When an
-- import wrote entries and stopped before indexing them (a crash, a stop), the next one must rebuild
-- the whole index: this row remembers it, across restarts and from one night to the next.
CREATE TABLE directory_index_state (
    id      INT NOT NULL,
    pending INT NOT NULL,
    CONSTRAINT pk_directory_index_state PRIMARY KEY (id)
);
INSERT INTO directory_index_state (id, pending) VALUES (1, 0);
