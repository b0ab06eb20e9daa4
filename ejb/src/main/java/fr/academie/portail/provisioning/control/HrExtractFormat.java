package fr.academie.portail.provisioning.control;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The HR extract, format v1: UTF-8 (BOM tolerated), {@code ;} separated, {@code "} quoted,
 * one header line naming these columns in any order.
 */
public final class HrExtractFormat {

    public static final char DELIMITER = ';';
    public static final char QUOTE = '"';

    public static final String NUMEN = "numen";
    public static final String CIVILITE = "civilite";
    public static final String NOM = "nom";
    public static final String NOM_NAISSANCE = "nom_naissance";
    public static final String PRENOM = "prenom";
    public static final String DATE_NAISSANCE = "date_naissance";
    public static final String CORPS = "corps";
    public static final String GRADE = "grade";
    public static final String ECHELON = "echelon";
    public static final String DATE_ECHELON = "date_echelon";
    public static final String DISCIPLINE = "discipline";
    public static final String UAI = "uai";
    public static final String FONCTION = "fonction";
    public static final String DATE_ENTREE = "date_entree";
    public static final String DATE_SORTIE = "date_sortie";
    public static final String EMAIL_PERSO = "email_perso";

    public static final List<String> COLUMNS = List.of(NUMEN, CIVILITE, NOM, NOM_NAISSANCE, PRENOM,
            DATE_NAISSANCE, CORPS, GRADE, ECHELON, DATE_ECHELON, DISCIPLINE, UAI, FONCTION,
            DATE_ENTREE, DATE_SORTIE, EMAIL_PERSO);

    /** In the header's order: a line missing several is told so in that order, every night the same. */
    public static final List<String> REQUIRED = List.of(NUMEN, NOM, PRENOM, DATE_NAISSANCE, UAI);

    private HrExtractFormat() {
    }

    /** Canonical column name: trimmed, lower case. */
    public static String columnName(String raw) {
        return raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
    }

    /** Everything wrong with a header line, in French; empty when the header is valid. */
    public static List<String> headerProblems(List<String> header) {
        List<String> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<String> duplicated = new LinkedHashSet<>();
        Set<String> unknown = new LinkedHashSet<>();
        for (String raw : header) {
            String column = columnName(raw);
            if (!seen.add(column)) {
                duplicated.add(column);
            }
            if (!COLUMNS.contains(column)) {
                unknown.add(column.isEmpty() ? "(vide)" : column);
            }
        }
        List<String> missing = REQUIRED.stream().filter(c -> !seen.contains(c)).sorted().toList();
        if (!missing.isEmpty()) {
            problems.add(ProvisioningMessages.format("entete.colonnes.manquantes", String.join(", ", missing)));
        }
        if (!unknown.isEmpty()) {
            problems.add(ProvisioningMessages.format("entete.colonnes.inconnues", String.join(", ", unknown)));
        }
        if (!duplicated.isEmpty()) {
            problems.add(ProvisioningMessages.format("entete.colonnes.doublons", String.join(", ", duplicated)));
        }
        return problems;
    }
}
