package fr.academie.portail.transfers.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Wishes refused with their reason, and groups expanded in their documented order. */
class WishRulesTest {

    private static final Map<String, Place> PLACES = Map.of(
            "0750655E", new Place("0750655E", "Lycée Charlemagne", "Paris 4e", "Paris Centre"),
            "0750680G", new Place("0750680G", "Lycée Victor Hugo", "Paris 3e", "Paris Centre"),
            "0750693W", new Place("0750693W", "Lycée Voltaire", "Paris 11e", "Paris Est"),
            "0750700D", new Place("0750700D", "Lycée Hélène Boucher", "Paris 20e", "Paris Est"),
            "0930001A", new Place("0930001A", "Lycée Paul Éluard", "Saint-Denis", "Plaine Commune"));

    private final WishRules rules = new WishRules(3, EnumSet.of(WishType.ETAB, WishType.COM, WishType.GEO, WishType.DPT), PLACES);

    private static WishRequest etab(String uai) {
        return new WishRequest(WishType.ETAB, uai);
    }

    @Test
    void aSoundListHasNoProblem() {
        assertThat(rules.problems(List.of(etab("0750680G"), new WishRequest(WishType.GEO, "Paris Est"),
                new WishRequest(WishType.DPT, "75")), "0750655E")).isEmpty();
    }

    @Test
    void duplicatesOwnPostUnknownPlacesClosedTypesAndTooManyWishesAreRefused() {
        List<WishRequest> wishes = new ArrayList<>(List.of(etab("0750655E"), etab("0750680G"), etab("0750680G"),
                etab("0759999X"), new WishRequest(WishType.ACA, "ACA"), new WishRequest(WishType.COM, null)));

        Map<String, String> problems = rules.problems(wishes, "0750655E");

        assertThat(problems).containsEntry("voeux", "Vous avez 6 vœux : la campagne en permet au plus 3.")
                .containsEntry("voeu1", "Vœu n° 1 : c'est votre établissement actuel ; vous le conservez si aucun vœu ne vous est attribué.")
                .containsEntry("voeu3", "Le vœu n° 3 répète le vœu n° 2.")
                .containsEntry("voeu4", "Vœu n° 4 : « 0759999X » n'est pas un lieu de l'académie pour un vœu de type « Établissement ».")
                .containsEntry("voeu5", "Vœu n° 5 : les vœux de type « Tout poste de l'académie » ne sont pas ouverts dans cette campagne.")
                .containsEntry("voeu6", "Le vœu n° 6 est incomplet : choisissez un type et un lieu.")
                .doesNotContainKey("voeu2");
    }

    @Test
    void aGroupStandsForItsOfferingEstablishmentsAlphabeticallyWithoutRepeatsOrTheOwnPost() {
        List<WishRequest> wishes = List.of(etab("0750693W"), new WishRequest(WishType.DPT, "75"), new WishRequest(WishType.COM, "Saint-Denis"));
        Set<String> offering = Set.of("0750655E", "0750680G", "0750693W", "0750700D");

        List<ExpandedWish> expanded = rules.expand(wishes, "0750655E", offering);

        assertThat(expanded).containsExactly(new ExpandedWish(1, "0750693W"), new ExpandedWish(2, "0750700D"),
                new ExpandedWish(2, "0750680G"));
    }

    @Test
    void aWishKnowsItsDepartementWhenItHasOnlyOne() {
        assertThat(rules.departement(etab("0930001A"))).isEqualTo("93");
        assertThat(rules.departement(new WishRequest(WishType.GEO, "Paris Est"))).isEqualTo("75");
        assertThat(rules.departement(new WishRequest(WishType.ACA, "ACA"))).as("two départements").isNull();
        assertThat(rules.label(etab("0750680G"))).isEqualTo("Lycée Victor Hugo (0750680G)");
        assertThat(new Place("6200001A", "Lycée", "Ajaccio", null).departement()).isEqualTo("2A");
        assertThat(new Place("9741234B", "Lycée", "Saint-Denis", null).departement()).isEqualTo("974");
    }

    @Test
    void aWishIsResolvedOnceAndTheExpanderForgetsEachListBeforeTheNext() {
        WishRules.Group paris = rules.group(WishType.COM, "PARIS 11E");
        assertThat(rules.group(WishType.COM, "Paris 11e")).as("same commune, any case: resolved once").isSameAs(paris);
        assertThat(rules.group(WishType.ETAB, "0759999X").known()).isFalse();
        assertThat(rules.group(WishType.DPT, "75").members()).as("alphabetical: Charlemagne, Hélène Boucher, Victor Hugo, Voltaire")
                .containsExactly(rules.place("0750655E"), rules.place("0750700D"), rules.place("0750680G"), rules.place("0750693W"));

        WishRules.Group[] lists = {rules.group(WishType.DPT, "75"), rules.group(WishType.ETAB, "0930001A"), rules.group(WishType.DPT, "75")};
        boolean[] offering = new boolean[rules.placeCount()];
        offering[rules.place("0750680G")] = true;
        offering[rules.place("0750693W")] = true;
        WishRules.Expander expander = rules.expander();

        int first = expander.expand(lists, 0, 2, rules.place("0750680G"), offering);
        assertThat(first).isEqualTo(2);
        assertThat(List.of(rules.uai(expander.place(0)), rules.uai(expander.place(1)))).as("own post left out; a precise wish needs no offer")
                .containsExactly("0750693W", "0930001A");
        assertThat(List.of(expander.rank(0), expander.rank(1))).containsExactly(1, 2);

        int second = expander.expand(lists, 2, 1, -1, offering);
        assertThat(second).as("the places the first list took are free again").isEqualTo(2);
        assertThat(List.of(rules.uai(expander.place(0)), rules.uai(expander.place(1)))).containsExactly("0750680G", "0750693W");
    }
}
