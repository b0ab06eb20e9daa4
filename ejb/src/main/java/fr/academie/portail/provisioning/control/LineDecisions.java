package fr.academie.portail.provisioning.control;

import fr.academie.portail.accounts.control.LoginIndex;
import fr.academie.portail.accounts.control.LoginRule;
import fr.academie.portail.accounts.control.Numen;
import java.time.LocalDate;

/**
 * Decides, line after line in the extract's order, what a run does with each: refuse it, create
 * the person (homonyms numbered in that order), or compare with the dossier the database holds.
 * Plain memory, no query: the run writes the decisions of a chunk together, and its restart makes
 * the decisions of the lines already handled again to find itself where it stopped. Lines come
 * {@linkplain LinePreparation prepared}, which needs no order and is done on every core beforehand.
 */
public final class LineDecisions {

    private final KnownStaff known;
    private final RunNumens met;
    private final LoginIndex logins;
    private final LocalDate today;

    /** @param logins every login given so far, to which the decisions add the new ones */
    public LineDecisions(KnownStaff known, RunNumens met, LoginIndex logins, LocalDate today) {
        this.known = known;
        this.met = met;
        this.logins = logins;
        this.today = today;
    }

    /** Decides a prepared line: lines are decided one at a time, in the extract's order. */
    public LineDecision decide(PreparedLine line) {
        RowOutcome outcome = line.outcome();
        String numenHash = line.numenHash();
        if (numenHash != null) {
            // met even if the line is refused below: a refused line never gets its owner taken for absent
            long first = met.firstLine(line.hashHigh(), line.hashLow(), outcome.lineNumber());
            if (first != RunNumens.NEW) {
                return refuse(outcome, ProvisioningMessages.format("ligne.numen.doublon", first));
            }
        }
        if (outcome instanceof RowOutcome.Rejected rejected) {
            return new LineDecision.Refused(rejected.rejection());
        }
        StaffRecord staff = ((RowOutcome.Accepted) outcome).staff();
        Long establishment = line.establishmentId();
        if (establishment == null) {
            return refuse(outcome, ProvisioningMessages.format("ligne.uai.inconnu", staff.uai()));
        }
        LocalDate exit = staff.data().dateSortie();
        boolean departed = exit != null && exit.isBefore(today);
        int index = known.find(line.hashHigh(), line.hashLow());
        if (index == HashKeys.ABSENT) {
            String base = LoginRule.base(staff.data().prenom(), staff.data().nom()).orElseThrow();
            return new LineDecision.Created(staff, numenHash, establishment, line.fingerprint(), logins.give(base),
                    departed);
        }
        boolean unchanged = known.hasFingerprint(index, line.fingerprint());
        return new LineDecision.Known(index, staff, establishment, line.fingerprint(), unchanged,
                departed && known.active(index));
    }

    /** The line's NUMEN, when it holds a well-formed one (accepted or not). */
    public static String numenOf(RowOutcome outcome) {
        return outcome instanceof RowOutcome.Accepted accepted
                ? accepted.staff().numen()
                : ((RowOutcome.Rejected) outcome).rejection().numen();
    }

    private static LineDecision refuse(RowOutcome outcome, String reason) {
        return new LineDecision.Refused(new RowRejection(outcome.lineNumber(), Numen.masked(numenOf(outcome)), reason));
    }
}
