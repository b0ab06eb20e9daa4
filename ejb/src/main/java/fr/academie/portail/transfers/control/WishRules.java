package fr.academie.portail.transfers.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What an agent's list of wishes may hold, and the establishments it stands for. A precise wish may
 * name any establishment of the académie (posts free up as others move); a group stands for its
 * establishments that offer a post in the agent's discipline, alphabetically, leaving out the
 * agent's own establishment and those an earlier wish already asked for.
 *
 * <p>Each distinct wish is resolved once into a {@link Group} of place numbers (places are numbered
 * alphabetically, so a group's members in ascending order are in the documented order): a campaign
 * run meets the same few thousand wishes three million times.
 */
public final class WishRules {

    private static final Comparator<Place> ALPHABETICAL = Comparator.comparing(Place::name, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(Place::uai);

    private final int maxWishes;
    private final Set<WishType> allowed;
    private final Map<String, Place> places;
    private Place[] ordered;
    private Map<String, Integer> numbers;
    private final Map<WishType, Map<String, Group>> groups = new EnumMap<>(WishType.class);

    /** @param places every establishment of the académie, by UAI */
    public WishRules(int maxWishes, Set<WishType> allowed, Map<String, Place> places) {
        this.maxWishes = maxWishes;
        this.allowed = Set.copyOf(allowed);
        this.places = places;
    }

    /**
     * The places a wish stands for: their numbers in ascending (alphabetical) order, none when the
     * wish names no place of the académie; and the wish's département when it has one (for the
     * spouse's rapprochement).
     */
    public record Group(WishType type, int[] members, String departement) {

        public boolean known() {
            return members.length > 0;
        }
    }

    /** The group of a wish, resolved once per distinct type and code. */
    public Group group(WishType type, String code) {
        String key = type == WishType.COM || type == WishType.GEO ? code.toUpperCase(Locale.ROOT) : code;
        return groups.computeIfAbsent(type, t -> new HashMap<>()).computeIfAbsent(key, k -> resolve(type, code));
    }

    private Group resolve(WishType type, String code) {
        Place[] all = ordered();
        int[] members;
        if (type == WishType.ETAB) {
            Integer number = numbers.get(code);
            members = number == null ? new int[0] : new int[] {number};
        } else {
            members = java.util.stream.IntStream.range(0, all.length).filter(i -> all[i].in(type, code)).toArray();
        }
        String departement = switch (type) {
            case DPT -> code;
            case ETAB -> members.length == 0 ? null : all[members[0]].departement();
            case COM, GEO, ACA -> onlyOne(Arrays.stream(members).mapToObj(i -> all[i].departement()).distinct().limit(2).toList());
        };
        return new Group(type, members, departement);
    }

    /** How many places the académie has (place numbers run from 0 to this, excluded). */
    public int placeCount() {
        return ordered().length;
    }

    public String uai(int place) {
        return ordered()[place].uai();
    }

    /** The place number of an establishment, or -1 when it is not a place of the académie. */
    public int place(String uai) {
        ordered();
        Integer number = uai == null ? null : numbers.get(uai);
        return number == null ? -1 : number;
    }

    private Place[] ordered() {
        if (ordered == null) {
            ordered = places.values().stream().sorted(ALPHABETICAL).toArray(Place[]::new);
            numbers = new HashMap<>(ordered.length * 2);
            for (int i = 0; i < ordered.length; i++) {
                numbers.put(ordered[i].uai(), i);
            }
        }
        return ordered;
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
            if (!group(wish.type(), wish.code()).known()) {
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
        Group[] resolved = wishes.stream().map(w -> group(w.type(), w.code())).toArray(Group[]::new);
        boolean[] offers = new boolean[placeCount()];
        for (String uai : offering) {
            Integer number = numbers.get(uai);
            if (number != null) {
                offers[number] = true;
            }
        }
        Expander expander = expander();
        int size = expander.expand(resolved, 0, resolved.length, place(ownUai), offers);
        List<ExpandedWish> expanded = new ArrayList<>(size);
        for (int k = 0; k < size; k++) {
            expanded.add(new ExpandedWish(expander.rank(k), uai(expander.place(k))));
        }
        return expanded;
    }

    /** A reusable expansion of one list of wishes after another, without an object per wish. */
    public Expander expander() {
        return new Expander(placeCount());
    }

    /** Expands lists of wishes into places, reusing its buffers from one list to the next. */
    public static final class Expander {

        private final int[] takenBy;
        private int list;
        private int[] places = new int[64];
        private int[] ranks = new int[64];

        private Expander(int placeCount) {
            takenBy = new int[placeCount];
        }

        /**
         * Expands the {@code count} wishes from {@code wishes[from]}; {@code offering[place]} tells
         * whether the place offers a post in the agent's discipline. Returns how many places the
         * wishes stand for, read with {@link #place} and {@link #rank}.
         */
        public int expand(Group[] wishes, int from, int count, int ownPlace, boolean[] offering) {
            list++; // a place is taken in this list when takenBy[place] == list
            if (ownPlace >= 0) {
                takenBy[ownPlace] = list;
            }
            int size = 0;
            for (int k = 0; k < count; k++) {
                Group wish = wishes[from + k];
                boolean precise = wish.type() == WishType.ETAB;
                for (int place : wish.members()) {
                    if ((precise || offering[place]) && takenBy[place] != list) {
                        takenBy[place] = list;
                        if (size == places.length) {
                            places = Arrays.copyOf(places, size * 2);
                            ranks = Arrays.copyOf(ranks, size * 2);
                        }
                        places[size] = place;
                        ranks[size] = k + 1;
                        size++;
                    }
                }
            }
            return size;
        }

        /** The place of the k-th establishment of the last expansion (from 0). */
        public int place(int k) {
            return places[k];
        }

        /** The rank of the wish the k-th establishment of the last expansion comes from (from 1). */
        public int rank(int k) {
            return ranks[k];
        }
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
        return group(wish.type(), wish.code()).departement();
    }

    private static String onlyOne(List<String> departements) {
        return departements.size() == 1 ? departements.get(0) : null;
    }

    private static WishRequest normalised(WishRequest wish) {
        return new WishRequest(wish.type(), wish.code().strip().toUpperCase(Locale.ROOT));
    }
}
