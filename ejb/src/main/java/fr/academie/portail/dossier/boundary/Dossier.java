package fr.academie.portail.dossier.boundary;

import fr.academie.portail.accounts.entity.Account;
import fr.academie.portail.dossier.entity.AdministrativeData;
import fr.academie.portail.establishments.entity.Establishment;
import java.time.LocalDate;

/** The administrative dossier as its readers see it: the NUMEN only masked, no hash. */
public record Dossier(
        String login,
        boolean actif,
        String civilite,
        String nom,
        String nomNaissance,
        String prenom,
        LocalDate dateNaissance,
        String numenMasque,
        String corps,
        String grade,
        Integer echelon,
        LocalDate dateEchelon,
        String discipline,
        String fonction,
        String etablissement,
        String uai,
        String commune,
        LocalDate dateEntree) {

    static Dossier of(Account account) {
        AdministrativeData d = account.getAgent().getData();
        Establishment e = account.getAgent().getEstablishment();
        return new Dossier(account.getLogin(), account.isActive(), d.civilite(), d.nom(), d.nomNaissance(), d.prenom(),
                d.dateNaissance(), "**********" + account.getAgent().getNumenSuffix(), d.corps(), d.grade(),
                d.echelon(), d.dateEchelon(), d.discipline(), d.fonction(), e.getName(), e.getUai(),
                e.getCommune(), d.dateEntree());
    }
}
