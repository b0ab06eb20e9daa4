package fr.academie.portail.provisioning.entity;

import java.io.Serializable;

/** What a provisioning run (or one chunk of it) did, line by line. */
public record RunCounts(int read, int created, int updated, int unchanged, int disabled, int rejected)
        implements Serializable {
}
