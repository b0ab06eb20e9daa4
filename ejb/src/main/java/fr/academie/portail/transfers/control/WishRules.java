package fr.academie.portail.transfers.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an agent's list of wishes may hold, and the establishments it stands for. A precise wish may
 * name any establishment of the académie (posts free up as others move); a group stands for its
 * establishments that offer a post in the agent's discipline, alphabetically, leaving out the
 * agent's own establishment and those an earlier wish already asked for.
 */
public final class WishRules {

    private final int maxWishes;
    private final Set<WishType> allowed;
    private final Map<String, Place> places;

    /** @param places every establishment of the académie, by UAI */
    public WishRules(int maxWishes, Set<WishType> allowed, Map<String, Place> places) {
        this.maxWishes = maxWishes;
        this.allowed = Set.copyOf(allowed);
        this.places = places;
    }

    /** The list's problems, by wish (« voeu3 ») or for the list (« voeux »), in French; empty when it can be saved. */
    public Map<String, String> problems(List<WishRequest> wishes, String ownUai) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (wishes.size() > maxWishes) {
            problems.put("voeux", "Vous avez " + wishes.size() + " vœux : la campagne en permet au plus " + maxWishes + ".");
        }
        Map<WishRequest, Integer> seen = new LinkedHashMap<>();
        for (int rank = 1; rank <= wishes.size(); rank++) {
            WishRequest wish = wishes.get(rank - 1);
            String key = "voeu" + rank;
            if (wish == null || wish.type() == null || wish.code() == null || wish.code().isBlank()) {
                problems.put(key, "Le vœu n° " + rank + " est incomplet : choisissez un type et un lieu.");
                continue;
            }
            if (!allowed.contains(wish.type())) {
                problems.put(key, "Vœu n° " + rank + " : les vœux de type « " + wish.type().label() + " » ne sont pas ouverts dans cette campagne.");
                continue;
            }
            if (!known(wish)) {
                problems.put(key, "Vœu n° " + rank + " : « " + wish.code() + " » n'est pas un lieu de l'académie pour un vœu de type « "
                        + wish.type().label() + " ».");
                continue;
            }
            if (wish.type() == WishType.ETAB && wish.code().equals(ownUai)) {
                problems.put(key, "Vœu n° " + rank + " : c'est votre établissement actuel ; vous le conservez si aucun vœu ne vous est attribué.");
                continue;
            }
            Integer earlier = seen.putIfAbsent(normalised(wish), rank);
            if (earlier != null) {
                problems.put(key, "Le vœu n° " + rank + " répète le vœu n° " + earlier + ".");
            }
        }
        return problems;
    }

    /**
     * The establishments the wishes stand for, in order. {@code offering} holds the UAIs that offer a
     * post in the agent's discipline (vacant or held by a participant).
     */
    public List<ExpandedWish> expand(List<WishRequest> wishes, String ownUai, Set<String> offering) {
        List<ExpandedWish> expanded = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        if (ownUai != null) {
            taken.add(ownUai);
        }
        Comparator<Place> alphabetical = Comparator.comparing(Place::name, String.CASE_INSENSITIVE_ORDER).thenComparing(Place::uai);
        for (int rank = 1; rank <= wishes.size(); rank++) {
            WishRequest wish = wishes.get(rank - 1);
            if (wish.type() == WishType.ETAB) {
                if (places.containsKey(wish.code()) && taken.add(wish.code())) {
                    expanded.add(new ExpandedWish(rank, wish.code()));
                }
                continue;
            }
            int wishRank = rank;
            places.values().stream()
                    .filter(p -> p.in(wish.type(), wish.code()) && offering.contains(p.uai()))
                    .sorted(alphabetical)
                    .filter(p -> taken.add(p.uai()))
                    .forEach(p -> expanded.add(new ExpandedWish(wishRank, p.uai())));
        }
        return expanded;
    }

    /** The place's label for a wish: the establishment's name, the commune, « Département 75 »… */
    public String label(WishRequest wish) {
        return switch (wish.type()) {
            case ETAB -> places.containsKey(wish.code()) ? places.get(wish.code()).name() + " (" + wish.code() + ")" : wish.code();
            case COM -> "Commune : " + wish.code();
            case GEO -> "Groupement : " + wish.code();
            case DPT -> "Département " + wish.code();
            case ACA -> "Tout poste de l'académie";
        };
    }

    /** The département of a wish's place, when it has one (for the spouse's rapprochement). */
    public String departement(WishRequest wish) {
        return switch (wish.type()) {
            case ETAB -> places.containsKey(wish.code()) ? places.get(wish.code()).departement() : null;
            case DPT -> wish.code();
            case COM, GEO, ACA -> onlyOne(places.values().stream().filter(p -> p.in(wish.type(), wish.code()))
                    .map(Place::departement).distinct().limit(2).toList());
        };
    }

    private static String onlyOne(List<String> departements) {
        return departements.size() == 1 ? departements.get(0) : null;
    }

    private boolean known(WishRequest wish) {
        return places.values().stream().anyMatch(p -> p.in(wish.type(), wish.code()));
    }

    private static WishRequest normalised(WishRequest wish) {
        return new WishRequest(wish.type(), wish.code().strip().toUpperCase(java.util.Locale.ROOT));
    }
}
