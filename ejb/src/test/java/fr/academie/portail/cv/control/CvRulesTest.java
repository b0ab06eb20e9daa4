package fr.academie.portail.cv.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CvRulesTest {

    static final int YEAR = 2026;

    @Test
    void aDiplomaNeedsItsInstitutionLevelAndYear() {
        CvEntry master = new CvEntry(CvSection.DIPLOME, "Master MEEF Lettres", "Sorbonne Université", "7", 2003, null, null);

        assertThat(CvRules.problems(master, 0, YEAR)).isEmpty();
        assertThat(CvRules.problems(new CvEntry(CvSection.DIPLOME, "Licence", null, "9", null, null, null), 0, YEAR))
                .containsEntry("organisation", "Indiquez l'établissement qui a délivré le diplôme.")
                .containsEntry("level", "Choisissez le niveau du diplôme (niveau 3, CAP, à niveau 8, doctorat).")
                .containsEntry("year", "Indiquez l'année d'obtention.");
    }

    @Test
    void yearsArePlausible() {
        assertThat(CvRules.problems(new CvEntry(CvSection.CERTIFICATION, "DNL anglais", null, null, 1949, null, null), 0, YEAR))
                .containsEntry("year", "L'année va de 1950 à 2026.");
        assertThat(CvRules.problems(new CvEntry(CvSection.CERTIFICATION, "CAPPEI", null, null, 2027, null, null), 0, YEAR))
                .containsKey("year");
        assertThat(CvRules.problems(new CvEntry(CvSection.ACTIVITE, "Professeur principal", "Lycée", null, 2020, 2019, null), 0, YEAR))
                .containsEntry("endYear", "L'année de fin précède l'année de début.");
        assertThat(CvRules.problems(new CvEntry(CvSection.ACTIVITE, "Tuteur", null, null, 2020, 2028, null), 0, YEAR))
                .containsEntry("endYear", "L'année de fin ne peut dépasser 2027.");
        assertThat(CvRules.problems(new CvEntry(CvSection.ACTIVITE, "Coordonnateur REP", null, null, 2024, null, null), 0, YEAR))
                .isEmpty();
    }

    @Test
    void aLanguageHasACefrLevelAndNoYear() {
        assertThat(CvRules.problems(new CvEntry(CvSection.LANGUE, "Anglais", null, "C1", null, null, null), 0, YEAR)).isEmpty();
        assertThat(CvRules.problems(new CvEntry(CvSection.LANGUE, "Allemand", null, "C3", null, null, null), 0, YEAR))
                .containsEntry("level", "Choisissez le niveau du cadre européen (A1 à C2).");
        assertThat(CvRules.problems(new CvEntry(CvSection.LANGUE, " ", null, "B2", null, null, null).tidy(), 0, YEAR))
                .containsEntry("title", "Indiquez la langue (2 caractères au moins).");
    }

    @Test
    void textsAreBoundedAndSectionsHaveAMaximum() {
        CvEntry longTitle = new CvEntry(CvSection.FORMATION, "x".repeat(151), "y".repeat(151), null, 2024, null, 3000);

        assertThat(CvRules.problems(longTitle, 0, YEAR))
                .containsEntry("title", "150 caractères au plus pour l'intitulé.")
                .containsEntry("organisation", "150 caractères au plus.")
                .containsEntry("hours", "La durée d'une formation va de 1 à 2 000 heures.");
        assertThat(CvRules.problems(new CvEntry(CvSection.FORMATION, "Numérique", null, null, 2024, null, 6), 30, YEAR))
                .containsEntry("section", "Cette rubrique compte déjà 30 lignes, le maximum.");
        assertThat(CvRules.problems(new CvEntry(null, "x", null, null, null, null, null), 0, YEAR)).containsOnlyKeys("section");
    }

    @Test
    void markupIsKeptAsTypedTheEscapingIsThePagesJob() {
        CvEntry script = new CvEntry(CvSection.FORMATION, "<script>alert(1)</script>", null, null, 2024, null, null);

        assertThat(CvRules.problems(script, 0, YEAR)).isEmpty();
        assertThat(script.tidy().title()).isEqualTo("<script>alert(1)</script>");
    }

    @Test
    void thePresentationIsBoundedAndAnEmptyCvCannotBeValidated() {
        assertThat(CvRules.presentationProblems("x".repeat(2001))).containsKey("presentation");
        assertThat(CvRules.presentationProblems("Professeure de lettres")).isEmpty();
        assertThat(CvRules.validationProblems(0, " ")).containsKey("cv");
        assertThat(CvRules.validationProblems(0, "Présentation")).isEmpty();
        assertThat(CvRules.validationProblems(2, null)).isEmpty();
    }
}
