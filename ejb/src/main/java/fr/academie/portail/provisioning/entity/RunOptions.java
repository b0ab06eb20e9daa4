package fr.academie.portail.provisioning.entity;

import java.io.Serializable;

/**
 * How a run treats the extract. A dry run computes and reports every change and writes none; a
 * full extract lists everyone in post, so the active accounts it leaves out are disabled (unless
 * too many: see {@code maxDisabledShare}); a delta extract only adds and updates.
 */
public record RunOptions(boolean dryRun, boolean full, double maxDisabledShare) implements Serializable {

    public static final double DEFAULT_MAX_DISABLED_SHARE = 0.02;

    public static RunOptions nightly() {
        return new RunOptions(false, true, DEFAULT_MAX_DISABLED_SHARE);
    }

    public String mode() {
        return dryRun ? "DRY_RUN" : "REAL";
    }

    public String scope() {
        return full ? "FULL" : "DELTA";
    }
}
