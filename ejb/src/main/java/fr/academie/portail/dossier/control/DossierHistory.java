package fr.academie.portail.dossier.control;

import fr.academie.portail.dossier.entity.AdministrativeData;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Reads a dossier's successive versions (oldest first) two ways: the changes made to it, field by
 * field, with who, when and why; and the agent's path: affectations, grade and échelon changes.
 */
public final class DossierHistory {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** The fields a change may touch, in the dossier's order; the keys name them in the bundles. */
    private static final Map<String, Function<DossierVersion, Object>> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("civilite", v -> v.data().civilite());
        FIELDS.put("nom", v -> v.data().nom());
        FIELDS.put("nomNaissance", v -> v.data().nomNaissance());
        FIELDS.put("prenom", v -> v.data().prenom());
        FIELDS.put("dateNaissance", v -> v.data().dateNaissance());
        FIELDS.put("corps", v -> v.data().corps());
        FIELDS.put("grade", v -> v.data().grade());
        FIELDS.put("echelon", v -> v.data().echelon());
        FIELDS.put("dateEchelon", v -> v.data().dateEchelon());
        FIELDS.put("discipline", v -> v.data().discipline());
        FIELDS.put("fonction", v -> v.data().fonction());
        FIELDS.put("etablissement", DossierVersion::establishment);
        FIELDS.put("dateEntree", v -> v.data().dateEntree());
        FIELDS.put("dateSortie", v -> v.data().dateSortie());
    }

    private DossierHistory() {
    }

    public record FieldChange(String field, Object before, Object after) {
    }

    /** One revision's changes; the first version of a dossier is its creation (no field list). */
    public record Change(Instant at, String author, String reason, boolean creation, List<FieldChange> fields) {
    }

    public enum Milestone { ENTREE, AFFECTATION, GRADE, ECHELON, SORTIE }

    /**
     * A step of the agent's path. {@code date} is the day it took effect where the dossier says so
     * (entry, échelon, exit), else the day it was recorded; {@code what} names the new situation.
     */
    public record PathEvent(LocalDate date, Milestone milestone, String what) {
    }

    /** The changes, newest first. Revisions that changed none of the shown fields are left out. */
    public static List<Change> changes(List<DossierVersion> versions) {
        List<Change> changes = new ArrayList<>();
        DossierVersion previous = null;
        for (DossierVersion version : versions) {
            if (previous == null) {
                changes.add(new Change(version.recordedAt(), version.author(), version.reason(), true, List.of()));
            } else {
                List<FieldChange> fields = new ArrayList<>();
                for (Map.Entry<String, Function<DossierVersion, Object>> field : FIELDS.entrySet()) {
                    Object before = field.getValue().apply(previous);
                    Object after = field.getValue().apply(version);
                    if (!Objects.equals(before, after)) {
                        fields.add(new FieldChange(field.getKey(), before, after));
                    }
                }
                if (!fields.isEmpty()) {
                    changes.add(new Change(version.recordedAt(), version.author(), version.reason(), false, fields));
                }
            }
            previous = version;
        }
        Collections.reverse(changes);
        return changes;
    }

    /** The agent's path, newest first. */
    public static List<PathEvent> path(List<DossierVersion> versions) {
        List<PathEvent> events = new ArrayList<>();
        DossierVersion previous = null;
        for (DossierVersion version : versions) {
            AdministrativeData now = version.data();
            LocalDate recorded = LocalDate.ofInstant(version.recordedAt(), PARIS);
            if (previous == null) {
                LocalDate entry = now.dateEntree() != null ? now.dateEntree() : recorded;
                events.add(new PathEvent(entry, Milestone.ENTREE, version.establishment()));
                if (now.grade() != null || now.corps() != null) {
                    events.add(new PathEvent(entry, Milestone.GRADE, gradeOf(now)));
                }
                if (now.echelon() != null) {
                    events.add(new PathEvent(dateOr(now.dateEchelon(), recorded), Milestone.ECHELON, now.echelon().toString()));
                }
            } else {
                AdministrativeData before = previous.data();
                if (!Objects.equals(previous.establishment(), version.establishment())) {
                    events.add(new PathEvent(recorded, Milestone.AFFECTATION, version.establishment()));
                }
                if (!Objects.equals(before.corps(), now.corps()) || !Objects.equals(before.grade(), now.grade())) {
                    events.add(new PathEvent(recorded, Milestone.GRADE, gradeOf(now)));
                }
                if (now.echelon() != null && (!Objects.equals(before.echelon(), now.echelon())
                        || !Objects.equals(before.dateEchelon(), now.dateEchelon()))) {
                    events.add(new PathEvent(dateOr(now.dateEchelon(), recorded), Milestone.ECHELON, now.echelon().toString()));
                }
            }
            if (now.dateSortie() != null && (previous == null || !Objects.equals(previous.data().dateSortie(), now.dateSortie()))) {
                events.add(new PathEvent(now.dateSortie(), Milestone.SORTIE, version.establishment()));
            }
            previous = version;
        }
        // Newest first; on the same day, the order the events happened in reversed too (stable sort).
        Collections.reverse(events);
        events.sort(Comparator.comparing(PathEvent::date).reversed());
        return events;
    }

    private static String gradeOf(AdministrativeData data) {
        if (data.corps() == null || data.grade() == null) {
            return data.corps() == null ? data.grade() : data.corps();
        }
        return data.corps() + ", " + data.grade().toLowerCase(Locale.FRENCH);
    }

    private static LocalDate dateOr(LocalDate date, LocalDate fallback) {
        return date != null ? date : fallback;
    }
}
