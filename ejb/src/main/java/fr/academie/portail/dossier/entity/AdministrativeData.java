package fr.academie.portail.dossier.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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

    /** Marks a missing value, so that « absent » and « empty » never hash alike. */
    private static final char NO_VALUE = '\u0000';
    private static final char SEPARATOR = '\u001F';
    private static final MessageDigest SHA_256;

    static {
        try {
            SHA_256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /**
     * A 64-bit fingerprint of these data at this establishment (the first bytes of their SHA-256):
     * stored with the dossier, it lets the nightly import tell an unchanged person from one number,
     * without reading the dossier back. Two different dossiers of one person sharing it: one chance
     * in 2^64 per change.
     */
    public long fingerprint(long establishmentId) {
        StringBuilder text = new StringBuilder(200).append(establishmentId);
        append(text, civilite);
        append(text, nom);
        append(text, nomNaissance);
        append(text, prenom);
        append(text, dateNaissance);
        append(text, corps);
        append(text, grade);
        append(text, echelon == null ? null : echelon.toString());
        append(text, dateEchelon);
        append(text, discipline);
        append(text, fonction);
        append(text, dateEntree);
        append(text, dateSortie);
        append(text, emailPerso);
        try {
            // a copy of one initialised digest rather than a provider lookup for each of a million lines
            MessageDigest sha256 = (MessageDigest) SHA_256.clone();
            return ByteBuffer.wrap(sha256.digest(text.toString().getBytes(StandardCharsets.UTF_8))).getLong();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("SHA-256 cannot be copied", e);
        }
    }

    private static void append(StringBuilder text, String value) {
        text.append(SEPARATOR);
        if (value == null) {
            text.append(NO_VALUE);
        } else {
            text.append(value);
        }
    }

    /** As {@link LocalDate#toString()} writes it (yyyy-MM-dd for years 0 to 9999), without its formatting. */
    private static void append(StringBuilder text, LocalDate date) {
        if (date == null || date.getYear() < 0 || date.getYear() > 9999) {
            append(text, date == null ? null : date.toString());
            return;
        }
        int year = date.getYear();
        text.append(SEPARATOR).append((char) ('0' + year / 1000)).append((char) ('0' + year / 100 % 10))
                .append((char) ('0' + year / 10 % 10)).append((char) ('0' + year % 10)).append('-')
                .append((char) ('0' + date.getMonthValue() / 10)).append((char) ('0' + date.getMonthValue() % 10)).append('-')
                .append((char) ('0' + date.getDayOfMonth() / 10)).append((char) ('0' + date.getDayOfMonth() % 10));
    }
}
