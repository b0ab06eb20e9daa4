package fr.academie.portail.directory.boundary;

import fr.academie.portail.accounts.entity.Account;
import fr.academie.portail.accounts.entity.Role;
import fr.academie.portail.directory.entity.DirectoryEntry;
import fr.academie.portail.platform.control.Paging;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;

/**
 * The annuaire académique: find a person in post by any mix of name, first name, establishment,
 * commune, function and discipline (accents, case and hyphens ignored, one typo forgiven), with
 * facets; read and complete one's own entry. For signed-in staff only.
 */
@Stateless
@RolesAllowed(Role.Names.AGENT)
public class Directory {

    private static final Pattern PHONE = Pattern.compile("[0-9+() .-]{0,30}");
    private static final String[] SEARCHED = {"nom", "prenom", "fonction", "discipline", "establishmentName", "commune"};
    private static final Map<String, String> FACETS = Map.of(
            "fonction", "fonction_facette", "discipline", "discipline_facette", "etablissement", "etablissement_facette");

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    /** How deep the results can be paged: far more than a person reads. */
    static final int MAX_DEPTH = 10_000;

    public DirectoryPage search(DirectoryQuery query) {
        int size = Math.max(1, Math.min(DirectoryQuery.MAX_SIZE, query.size()));
        int page = Math.max(0, query.page());
        // a search engine collects every result before the page asked for: none past this depth
        boolean beyond = Paging.beyond(page, size, MAX_DEPTH);
        SearchSession search = Search.session(em);
        Map<String, AggregationKey<Map<String, Long>>> keys = new LinkedHashMap<>();
        FACETS.keySet().stream().sorted().forEach(facet -> keys.put(facet, AggregationKey.of(facet)));
        var step = search.search(DirectoryEntry.class).where(f -> predicate(f, query));
        for (var facet : keys.entrySet()) {
            step = step.aggregation(facet.getValue(), f -> f.terms().field(FACETS.get(facet.getKey()), String.class).maxTermCount(20));
        }
        // Without words, the alphabetical order; with words, the most relevant first.
        SearchResult<DirectoryEntry> result = (words(query).isEmpty() ? step.sort(f -> f.field("nom_tri")) : step)
                .fetch(beyond ? 0 : Paging.offset(page, size, MAX_DEPTH), beyond ? 0 : size);
        Map<String, List<DirectoryPage.Facet>> facets = new LinkedHashMap<>();
        keys.forEach((name, key) -> {
            List<DirectoryPage.Facet> counts = new ArrayList<>();
            result.aggregation(key).forEach((value, count) -> counts.add(new DirectoryPage.Facet(value, count)));
            facets.put(name, counts);
        });
        return new DirectoryPage(result.total().hitCount(), page, size,
                result.hits().stream().map(DirectoryCard::of).toList(), facets);
    }

    /** Every word must match some field (one typo forgiven per word); departed staff never match. */
    private static org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep predicate(SearchPredicateFactory f,
                                                                                               DirectoryQuery query) {
        BooleanPredicateClausesStep<?> all = f.bool().filter(f.match().field("listed").matching(true));
        for (String word : words(query)) {
            all = all.must(f.match().fields(SEARCHED).matching(word).fuzzy(word.length() > 3 ? 1 : 0));
        }
        filter(f, all, "fonction_facette", query.fonction());
        filter(f, all, "discipline_facette", query.discipline());
        filter(f, all, "etablissement_facette", query.etablissement());
        return all;
    }

    private static void filter(SearchPredicateFactory f, BooleanPredicateClausesStep<?> all, String field, String value) {
        if (value != null && !value.isBlank()) {
            all.filter(f.match().field(field).matching(value));
        }
    }

    /** Hyphens and apostrophes separate words as spaces do: « jean-pierre » is « jean pierre ». */
    private static List<String> words(DirectoryQuery query) {
        if (query.words() == null || query.words().isBlank()) {
            return List.of();
        }
        List<String> words = new ArrayList<>();
        for (String word : query.words().toLowerCase(Locale.ROOT).split("[\\s\\-'’,;]+")) {
            if (!word.isBlank() && words.size() < 8) {
                words.add(word.length() > 50 ? word.substring(0, 50) : word);
            }
        }
        return words;
    }

    /** The caller's own entry. */
    public Optional<DirectoryCard> mine() {
        return ownEntry().map(DirectoryCard::of);
    }

    /** The caller completes their entry: phone and office only, the rest comes from HR. */
    public DirectoryCard describeMine(String phone, String office) {
        String tel = phone == null || phone.isBlank() ? null : phone.strip();
        String room = office == null || office.isBlank() ? null : office.strip();
        List<String> errors = new ArrayList<>();
        if (tel != null && !PHONE.matcher(tel).matches()) {
            errors.add("Numéro de téléphone invalide : chiffres, espaces, +, points, tirets et parenthèses, 30 au plus.");
        }
        if (room != null && (room.length() > 100 || room.chars().anyMatch(Character::isISOControl))) {
            errors.add("Le bureau tient sur une ligne de 100 caractères au plus.");
        }
        if (!errors.isEmpty()) {
            throw new EntryRejectedException(String.join(" ", errors));
        }
        DirectoryEntry entry = ownEntry().orElseThrow(() -> new EntryRejectedException("Aucune fiche d'annuaire pour ce compte."));
        entry.describe(tel, room);
        return DirectoryCard.of(entry);
    }

    private Optional<DirectoryEntry> ownEntry() {
        return em.createNamedQuery(Account.BY_LOGIN, Account.class)
                .setParameter("login", session.getCallerPrincipal().getName()).getResultStream().findFirst()
                .map(account -> em.find(DirectoryEntry.class, account.getAgent().getId()));
    }
}
