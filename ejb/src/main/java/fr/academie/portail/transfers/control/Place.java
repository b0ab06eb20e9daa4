package fr.academie.portail.transfers.control;

/**
 * An establishment as the wishes see it: its UAI, name, commune, geographic group and département
 * (the UAI's first three characters, « 075 » for Paris).
 */
public record Place(String uai, String name, String commune, String zone) {

    public String departement() {
        String prefix = uai.substring(0, 3);
        if (prefix.startsWith("0")) {
            return prefix.substring(1);
        }
        if (prefix.equals("620")) {
            return "2A";
        }
        if (prefix.equals("720")) {
            return "2B";
        }
        return prefix;
    }

    /** Whether a group wish of that type and code takes in this establishment. */
    public boolean in(WishType type, String code) {
        return switch (type) {
            case ETAB -> uai.equals(code);
            case COM -> commune.equalsIgnoreCase(code);
            case GEO -> zone != null && zone.equalsIgnoreCase(code);
            case DPT -> departement().equals(code);
            case ACA -> true;
        };
    }
}
