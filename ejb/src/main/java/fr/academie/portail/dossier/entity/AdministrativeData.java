package fr.academie.portail.dossier.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Arrays;

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

    /** Marks a missing value, so that « absent » and « empty » never hash alike. */
    private static final char NO_VALUE = '\u0000';
    private static final char SEPARATOR = '\u001F';

    /**
     * A 64-bit fingerprint of these data at this establishment (the first bytes of their SHA-256):
     * stored with the dossier, it lets the nightly import tell an unchanged person from one number,
     * without reading the dossier back. Two different dossiers of one person sharing it: one chance
     * in 2^64 per change.
     */
    public long fingerprint(long establishmentId) {
        StringBuilder text = new StringBuilder(200).append(establishmentId);
        for (Object value : Arrays.asList(civilite, nom, nomNaissance, prenom, dateNaissance, corps, grade, echelon,
                dateEchelon, discipline, fonction, dateEntree, dateSortie, emailPerso)) {
            text.append(SEPARATOR).append(value == null ? String.valueOf(NO_VALUE) : value.toString());
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is unavailable", e);
        }
    }
}
