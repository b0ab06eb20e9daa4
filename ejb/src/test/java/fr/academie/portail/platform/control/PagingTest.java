package fr.academie.portail.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PagingTest {

    @Test
    void aPageStartsWhereItsNumberSays() {
        assertThat(Paging.offset(0, 50, Integer.MAX_VALUE)).isZero();
        assertThat(Paging.offset(3, 50, Integer.MAX_VALUE)).isEqualTo(150);
    }

    @Test
    void aHugePageNumberIsFarPastTheEndNeverTheFirstPage() {
        assertThat(Paging.offset(Integer.MAX_VALUE, 50, Integer.MAX_VALUE)).isEqualTo(Integer.MAX_VALUE);
        assertThat(Paging.beyond(Integer.MAX_VALUE, 100, 10_000)).isTrue();
        assertThat(Paging.beyond(99, 100, 10_000)).isFalse();
    }

    @Test
    void negativeValuesMeanTheFirstPage() {
        assertThat(Paging.offset(-5, 50, Integer.MAX_VALUE)).isZero();
        assertThat(Paging.offset(2, -1, Integer.MAX_VALUE)).isEqualTo(2);
    }
}
