package fr.academie.portail.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import org.junit.jupiter.api.Test;

class UnexpectedFailureLogTest {

    @Test
    void aRefusalIsNoFailure() {
        assertThat(UnexpectedFailureLog.isUnexpected(new EJBAccessException("WFLYEJB0364"))).isFalse();
        assertThat(UnexpectedFailureLog.isUnexpected(new AccessRefusedException("Accès refusé"))).isFalse();
        assertThat(UnexpectedFailureLog.isUnexpected(new EJBException(new EJBAccessException("refus")))).isFalse();
    }

    @Test
    void aBugIs() {
        assertThat(UnexpectedFailureLog.isUnexpected(new NullPointerException())).isTrue();
        assertThat(UnexpectedFailureLog.isUnexpected(new EJBException(new IllegalStateException("x")))).isTrue();
        assertThat(UnexpectedFailureLog.isUnexpected(new OutOfMemoryError())).isTrue();
    }
}
