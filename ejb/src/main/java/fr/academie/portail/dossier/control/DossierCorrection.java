package fr.academie.portail.dossier.control;

import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The administrative fields an HR manager corrects, and the reason they give. {@link #problems}
 * checks it: each problem keyed by the field it concerns, in French.
 */
public record DossierCorrection(
        String civilite,
        String nom,
        String nomNaissance,
        String prenom,
        LocalDate dateNaissance,
        String corps,
        String grade,
        Integer echelon,
        LocalDate dateEchelon,
        String discipline,
        String fonction,
        String uai,
        LocalDate dateEntree,
        String reason) {

    public static final int REASON_MIN = 10;
    public static final int REASON_MAX = 500;
    private static final Set<String> CIVILITES = Set.of("M.", "Mme");

    /** The same correction with its texts trimmed and blanks read as « not given ». */
    public DossierCorrection tidy() {
        return new DossierCorrection(blankToNull(civilite), blankToNull(nom), blankToNull(nomNaissance),
                blankToNull(prenom), dateNaissance, blankToNull(corps), blankToNull(grade), echelon, dateEchelon,
                blankToNull(discipline), blankToNull(fonction), uai == null ? null : uai.strip().toUpperCase(),
                dateEntree, blankToNull(reason));
    }

    /** What is wrong with the correction, field by field; empty when it may be saved. */
    public Map<String, String> problems(LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (civilite != null && !CIVILITES.contains(civilite)) {
            problems.put("civilite", "La civilité est « M. » ou « Mme ».");
        }
        required(problems, "nom", nom, "Le nom d'usage est obligatoire.");
        required(problems, "prenom", prenom, "Le prénom est obligatoire.");
        for (Map.Entry<String, String> text : Map.of("nom", str(nom), "nomNaissance", str(nomNaissance),
                "prenom", str(prenom), "corps", str(corps), "grade", str(grade), "discipline", str(discipline),
                "fonction", str(fonction)).entrySet()) {
            if (text.getValue().length() > 100 && !problems.containsKey(text.getKey())) {
                problems.put(text.getKey(), "100 caractères au plus.");
            }
        }
        if (dateNaissance == null) {
            problems.put("dateNaissance", "La date de naissance est obligatoire.");
        } else {
            int age = Period.between(dateNaissance, today).getYears();
            if (age < 16 || age > 80) {
                problems.put("dateNaissance", "Une date de naissance donnant " + age + " ans est impossible.");
            }
        }
        if (echelon != null && (echelon < 1 || echelon > 15)) {
            problems.put("echelon", "L'échelon va de 1 à 15.");
        }
        if (echelon != null && dateEchelon == null) {
            problems.put("dateEchelon", "Donnez la date depuis laquelle l'agent est à cet échelon.");
        }
        future(problems, "dateEchelon", dateEchelon, today, "La date d'échelon ne peut pas être dans le futur.");
        future(problems, "dateEntree", dateEntree, today, "La date d'entrée ne peut pas être dans le futur.");
        if (uai == null || !uai.matches("\\d{7}[A-Z]")) {
            problems.put("uai", "L'UAI s'écrit avec 7 chiffres et une lettre (ex. 0750655E).");
        }
        if (reason == null || reason.length() < REASON_MIN) {
            problems.put("reason", "Indiquez le motif de la modification (" + REASON_MIN + " caractères au moins) : il est conservé dans l'historique.");
        } else if (reason.length() > REASON_MAX) {
            problems.put("reason", "Le motif tient en " + REASON_MAX + " caractères au plus.");
        }
        return problems;
    }

    private static void required(Map<String, String> problems, String field, String value, String message) {
        if (value == null) {
            problems.put(field, message);
        }
    }

    private static void future(Map<String, String> problems, String field, LocalDate date, LocalDate today, String message) {
        if (date != null && date.isAfter(today) && !problems.containsKey(field)) {
            problems.put(field, message);
        }
    }

    private static String str(String value) {
        return value == null ? "" : value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
