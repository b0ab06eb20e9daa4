package fr.academie.portail.directory.boundary;

import fr.academie.portail.directory.entity.DirectoryEntry;
import java.io.Serializable;

/** What the annuaire shows of a person: nothing private (no NUMEN, birth date, grade, personal address). */
public record DirectoryCard(String nom, String prenom, String email, String fonction, String discipline,
                            String etablissement, String uai, String commune, String telephone, String bureau)
        implements Serializable {

    static DirectoryCard of(DirectoryEntry e) {
        return new DirectoryCard(e.getNom(), e.getPrenom(), e.getEmail(), e.getFonction(), e.getDiscipline(),
                e.getEstablishmentName(), e.getEstablishmentUai(), e.getCommune(), e.getPhone(), e.getOffice());
    }
}
