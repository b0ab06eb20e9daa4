package fr.academie.portail.services.control;

import fr.academie.portail.services.entity.Audience;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Premier or second degré, read from the kind of establishment the HR extract gives (« École
 * élémentaire », « Collège », « Lycée professionnel »...). Other sites (rectorat, CIO) are neither:
 * they may ask for the services meant for all.
 */
public enum SchoolLevel {
    PREMIER_DEGRE,
    SECOND_DEGRE,
    AUTRE;

    public static SchoolLevel of(String establishmentKind) {
        String kind = Normalizer.normalize(establishmentKind == null ? "" : establishmentKind, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).strip();
        if (kind.startsWith("ecole")) {
            return PREMIER_DEGRE;
        }
        if (kind.startsWith("college") || kind.startsWith("lycee") || kind.startsWith("erea")) {
            return SECOND_DEGRE;
        }
        return AUTRE;
    }

    public boolean mayAskFor(Audience audience) {
        return switch (audience) {
            case TOUS -> true;
            case PREMIER_DEGRE -> this == PREMIER_DEGRE;
            case SECOND_DEGRE -> this == SECOND_DEGRE;
        };
    }
}
