package fr.academie.portail.dossier.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/**
 * The administrative data the HR extract carries for a person. A value: comparing the stored one
 * with the incoming one tells whether a provisioning run has anything to write.
 */
@Embeddable
public record AdministrativeData(
        @Column(name = "civilite", length = 10) String civilite,
        @Column(name = "nom", nullable = false, length = 100) String nom,
        @Column(name = "nom_naissance", length = 100) String nomNaissance,
        @Column(name = "prenom", nullable = false, length = 100) String prenom,
        @Column(name = "date_naissance", nullable = false) LocalDate dateNaissance,
        @Column(name = "corps", length = 100) String corps,
        @Column(name = "grade", length = 100) String grade,
        @Column(name = "echelon") Integer echelon,
        @Column(name = "date_echelon") LocalDate dateEchelon,
        @Column(name = "discipline", length = 100) String discipline,
        @Column(name = "fonction", length = 100) String fonction,
        @Column(name = "date_entree") LocalDate dateEntree,
        @Column(name = "date_sortie") LocalDate dateSortie,
        @Column(name = "email_perso", length = 254) String emailPerso) {
}
