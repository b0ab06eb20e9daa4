package fr.academie.portail.cv.control;

/**
 * One line of a CV as the agent enters it. What each field means depends on the section:
 * <ul>
 * <li>DIPLOME: title, institution, level (« niveau » 3 to 8 of the national framework), year;</li>
 * <li>CERTIFICATION (FLE, DNL, CAPPEI…): title, issuing body, year;</li>
 * <li>FORMATION: title, organiser, year, duration in hours;</li>
 * <li>ACTIVITE (professeur principal, tuteur, coordonnateur REP…): title, establishment, from and to years;</li>
 * <li>LANGUE: language and CEFR level (A1 to C2).</li>
 * </ul>
 */
public record CvEntry(CvSection section, String title, String organisation, String level, Integer year,
        Integer endYear, Integer hours) {

    /** The same entry with its texts trimmed, blanks read as « not given ». */
    public CvEntry tidy() {
        return new CvEntry(section, blankToNull(title), blankToNull(organisation), blankToNull(level), year, endYear,
                hours);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
