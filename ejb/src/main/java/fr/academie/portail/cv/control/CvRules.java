package fr.academie.portail.cv.control;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a CV accepts: bounded texts, plausible years, levels from the lists reviewers know. Each
 * problem is keyed by the field it concerns and said in French. Text is kept as typed: the pages
 * escape it when they show it.
 */
public final class CvRules {

    public static final int TITLE_MAX = 150;
    public static final int ORGANISATION_MAX = 150;
    public static final int PRESENTATION_MAX = 2000;
    public static final int ENTRIES_PER_SECTION = 30;
    public static final int FIRST_YEAR = 1950;

    /** Diploma levels of the national framework of qualifications (décret n° 2019-14), 3 (CAP) to 8 (doctorat). */
    public static final List<String> DIPLOMA_LEVELS = List.of("3", "4", "5", "6", "7", "8");
    /** Common European Framework of Reference for Languages. */
    public static final List<String> CEFR_LEVELS = List.of("A1", "A2", "B1", "B2", "C1", "C2");

    private CvRules() {
    }

    public static Map<String, String> problems(CvEntry entry, int entriesAlreadyInSection, int currentYear) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (entry.section() == null) {
            problems.put("section", "Choisissez la rubrique du CV.");
            return problems;
        }
        if (entriesAlreadyInSection >= ENTRIES_PER_SECTION) {
            problems.put("section", "Cette rubrique compte déjà " + ENTRIES_PER_SECTION + " lignes, le maximum.");
        }
        String what = entry.section() == CvSection.LANGUE ? "la langue" : "l'intitulé";
        if (entry.title() == null || entry.title().length() < 2) {
            problems.put("title", "Indiquez " + what + " (2 caractères au moins).");
        } else if (entry.title().length() > TITLE_MAX) {
            problems.put("title", TITLE_MAX + " caractères au plus pour " + what + ".");
        }
        if (entry.organisation() != null && entry.organisation().length() > ORGANISATION_MAX) {
            problems.put("organisation", ORGANISATION_MAX + " caractères au plus.");
        }
        switch (entry.section()) {
            case DIPLOME -> {
                if (entry.organisation() == null) {
                    problems.put("organisation", "Indiquez l'établissement qui a délivré le diplôme.");
                }
                if (entry.level() == null || !DIPLOMA_LEVELS.contains(entry.level())) {
                    problems.put("level", "Choisissez le niveau du diplôme (niveau 3, CAP, à niveau 8, doctorat).");
                }
                year(problems, "year", entry.year(), currentYear, "l'année d'obtention");
            }
            case CERTIFICATION -> year(problems, "year", entry.year(), currentYear, "l'année d'obtention");
            case FORMATION -> {
                year(problems, "year", entry.year(), currentYear, "l'année de la formation");
                if (entry.hours() != null && (entry.hours() < 1 || entry.hours() > 2000)) {
                    problems.put("hours", "La durée d'une formation va de 1 à 2 000 heures.");
                }
            }
            case ACTIVITE -> {
                year(problems, "year", entry.year(), currentYear, "l'année de début");
                if (entry.endYear() != null) {
                    if (entry.endYear() > currentYear + 1) {
                        problems.put("endYear", "L'année de fin ne peut dépasser " + (currentYear + 1) + ".");
                    } else if (entry.year() != null && entry.endYear() < entry.year()) {
                        problems.put("endYear", "L'année de fin précède l'année de début.");
                    }
                }
            }
            case LANGUE -> {
                if (entry.level() == null || !CEFR_LEVELS.contains(entry.level())) {
                    problems.put("level", "Choisissez le niveau du cadre européen (A1 à C2).");
                }
            }
        }
        return problems;
    }

    public static Map<String, String> presentationProblems(String presentation) {
        return presentation != null && presentation.length() > PRESENTATION_MAX
                ? Map.of("presentation", "La présentation tient en " + PRESENTATION_MAX + " caractères au plus ("
                        + presentation.length() + " saisis).")
                : Map.of();
    }

    /** A CV may be validated once it says something. */
    public static Map<String, String> validationProblems(int entries, String presentation) {
        return entries == 0 && (presentation == null || presentation.isBlank())
                ? Map.of("cv", "Votre CV est vide : ajoutez au moins un diplôme, une formation ou une présentation avant de le valider.")
                : Map.of();
    }

    private static void year(Map<String, String> problems, String field, Integer year, int currentYear, String what) {
        if (year == null) {
            problems.put(field, "Indiquez " + what + ".");
        } else if (year < FIRST_YEAR || year > currentYear) {
            problems.put(field, "L'année va de " + FIRST_YEAR + " à " + currentYear + ".");
        }
    }
}
