package fr.academie.portail.home.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class TileRuleTest {

    @Test
    void anEmptyRuleLetsEveryoneThrough() {
        assertThat(TileRule.of(null, "", "  ").shows(Set.of("AGENT"), null, null)).isTrue();
    }

    @Test
    void rolesFunctionsAndDisciplinesMustAllPass() {
        TileRule arena = TileRule.of("CHEF_ETABLISSEMENT|GESTIONNAIRE_RH", null, null);
        assertThat(arena.shows(Set.of("AGENT", "CHEF_ETABLISSEMENT"), "Principal de collège", null)).isTrue();
        assertThat(arena.shows(Set.of("AGENT"), "Enseignant", "Mathématiques")).isFalse();

        TileRule maths = TileRule.of(null, "Enseignant", "Mathématiques");
        assertThat(maths.shows(Set.of("AGENT"), "Enseignant", "Mathématiques")).isTrue();
        assertThat(maths.shows(Set.of("AGENT"), "ENSEIGNANT", "mathematiques")).as("case and accents").isTrue();
        assertThat(maths.shows(Set.of("AGENT"), "Enseignant", "Physique-chimie")).isFalse();
        assertThat(maths.shows(Set.of("AGENT"), "Enseignant", null)).as("no discipline").isFalse();
        assertThat(maths.shows(Set.of("AGENT"), "Directeur d'école", "Mathématiques")).isFalse();

        TileRule education = TileRule.of(null, "Conseiller principal d’éducation", null);
        assertThat(education.shows(Set.of(), "Conseiller principal d'éducation", null)).as("either apostrophe").isTrue();
    }

    @Test
    void listsAreTidied() {
        assertThat(TileRule.tidy(" DSI | | ASSISTANCE|DSI ")).isEqualTo("DSI|ASSISTANCE");
        assertThat(TileRule.tidy(" | ")).isNull();
        assertThat(TileRule.tidy(null)).isNull();
    }
}
