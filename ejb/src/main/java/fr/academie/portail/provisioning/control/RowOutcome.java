package fr.academie.portail.provisioning.control;

import java.io.Serializable;

/** What validation made of an extract line: a record to reconcile or a rejection to report. */
public sealed interface RowOutcome extends Serializable {

    long lineNumber();

    record Accepted(StaffRecord staff) implements RowOutcome {
        @Override
        public long lineNumber() {
            return staff.lineNumber();
        }
    }

    record Rejected(RowRejection rejection) implements RowOutcome {
        @Override
        public long lineNumber() {
            return rejection.lineNumber();
        }
    }
}
