package fr.academie.portail.provisioning.control;

import fr.academie.portail.dossier.entity.AdministrativeData;
import java.io.Serializable;

/** A valid extract line: the person's NUMEN (in memory only), establishment and dossier data. */
public record StaffRecord(long lineNumber, String numen, String uai, AdministrativeData data)
        implements Serializable {

    @Override
    public String toString() {
        // never print the NUMEN, even by accident in a log line
        return "StaffRecord[line=" + lineNumber + ", uai=" + uai + "]";
    }
}
