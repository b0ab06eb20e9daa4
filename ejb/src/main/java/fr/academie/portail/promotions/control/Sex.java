package fr.academie.portail.promotions.control;

import java.util.Optional;

/** As the HR extract's civilité tells it, for the balance of women and men the tableau must state. */
public enum Sex {
    FEMME,
    HOMME;

    /** « Mme » is a woman, « M. » a man; anything else unknown. */
    public static Optional<Sex> ofCivilite(String civilite) {
        if (civilite == null) {
            return Optional.empty();
        }
        String value = civilite.strip().toLowerCase(java.util.Locale.ROOT);
        if (value.equals("mme") || value.equals("madame")) {
            return Optional.of(FEMME);
        }
        if (value.equals("m.") || value.equals("m") || value.equals("monsieur")) {
            return Optional.of(HOMME);
        }
        return Optional.empty();
    }
}
