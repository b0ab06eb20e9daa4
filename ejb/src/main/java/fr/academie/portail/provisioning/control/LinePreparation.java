package fr.academie.portail.provisioning.control;

import fr.academie.portail.accounts.control.NumenKey;
import java.time.LocalDate;
import java.util.Map;

/**
 * Makes an extract line ready for its decision: validates it, hashes its NUMEN, finds its
 * establishment and fingerprints its dossier. It needs nothing of the lines before, so lines are
 * prepared on every core, ahead of the run that decides them in file order ({@link LinesAhead}).
 */
public final class LinePreparation {

    private final RowValidator validator;
    private final NumenKey numenKey;
    private final Map<String, Long> establishmentIds;

    /** @param establishmentIds every establishment's id by UAI */
    public LinePreparation(NumenKey numenKey, Map<String, Long> establishmentIds, LocalDate today) {
        this.validator = new RowValidator(today);
        this.numenKey = numenKey;
        this.establishmentIds = Map.copyOf(establishmentIds);
    }

    /** Safe on several threads at once. */
    public PreparedLine prepare(ExtractRow row) {
        RowOutcome outcome = validator.validate(row);
        String numen = LineDecisions.numenOf(outcome);
        String hash = numen == null ? null : numenKey.hash(numen);
        if (outcome instanceof RowOutcome.Accepted accepted) {
            Long establishment = establishmentIds.get(accepted.staff().uai());
            if (establishment != null) {
                return new PreparedLine(outcome, hash, establishment, accepted.staff().data().fingerprint(establishment));
            }
        }
        return new PreparedLine(outcome, hash, null, 0);
    }
}
