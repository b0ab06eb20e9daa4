package fr.academie.portail.dossier.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DossierAccessTest {

    @Test
    void anAgentReadsTheirOwnDossierUnlogged() {
        DossierAccess access = DossierAccess.decide("mpierrard", false, false, null, "MPierrard", "0750693W");

        assertThat(access).isEqualTo(DossierAccess.OWNER);
        assertThat(access.logged()).isFalse();
    }

    @Test
    void anHrManagerReadsAnyDossierAndTheReadIsLogged() {
        DossierAccess access = DossierAccess.decide("cmoreau", true, false, null, "mpierrard", "0750693W");

        assertThat(access).isEqualTo(DossierAccess.HR_MANAGER);
        assertThat(access.logged()).isTrue();
    }

    @Test
    void aHeadReadsTheirEstablishmentsStaffOnly() {
        assertThat(DossierAccess.decide("pgarnier", false, true, "0750693W", "mpierrard", "0750693W"))
                .isEqualTo(DossierAccess.HEAD_OF_ESTABLISHMENT);
        assertThat(DossierAccess.decide("pgarnier", false, true, "0750693W", "fdurand", "0750655E"))
                .isEqualTo(DossierAccess.REFUSED);
        assertThat(DossierAccess.decide("pgarnier", false, true, null, "fdurand", null))
                .isEqualTo(DossierAccess.REFUSED);
    }

    @Test
    void anotherAgentIsRefused() {
        assertThat(DossierAccess.decide("fdurand", false, false, "0750693W", "mpierrard", "0750693W"))
                .isEqualTo(DossierAccess.REFUSED);
    }
}
