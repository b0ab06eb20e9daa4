package fr.academie.portail.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TablePagingTest {

    @Test
    void acceptsWhatAPageTurnSends() {
        assertThat(TablePaging.accepts("personnels:agents_first", "0")).isTrue();
        assertThat(TablePaging.accepts("personnels:agents_first", "2500")).isTrue();
        assertThat(TablePaging.accepts("personnels:agents_rows", "100")).isTrue();
        assertThat(TablePaging.accepts("personnels:recherche", "-1")).as("not a paging parameter").isTrue();
    }

    @Test
    void refusesWhatNoPageTurnSends() {
        assertThat(TablePaging.accepts("personnels:agents_first", "-50")).isFalse();
        assertThat(TablePaging.accepts("personnels:agents_first", "2147483647")).isFalse();
        assertThat(TablePaging.accepts("personnels:agents_rows", "0")).isFalse();
        assertThat(TablePaging.accepts("personnels:agents_rows", "-1")).isFalse();
        assertThat(TablePaging.accepts("personnels:agents_rows", "2147483647")).isFalse();
        assertThat(TablePaging.accepts("personnels:agents_rows", "y")).isFalse();
        assertThat(TablePaging.accepts("personnels:agents_rows", "")).isFalse();
    }
}
