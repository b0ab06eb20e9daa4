package fr.academie.portail.messages.control;

import static org.assertj.core.api.Assertions.assertThat;

import fr.academie.portail.messages.entity.TargetKind;
import org.junit.jupiter.api.Test;

class MessageDraftTest {

    @Test
    void aGoodDraftIsTidied() {
        MessageDraft.Checked checked = MessageDraft.check("  Réunion de rentrée ", "Rendez-vous lundi.\nSalle 12.",
                TargetKind.ETABLISSEMENT, " 0750655e ");
        assertThat(checked.errors()).isEmpty();
        assertThat(checked.draft()).isEqualTo(new MessageDraft("Réunion de rentrée", "Rendez-vous lundi.\nSalle 12.",
                TargetKind.ETABLISSEMENT, "0750655E"));
        MessageDraft named = MessageDraft.check("Objet", "Texte", TargetKind.IDENTIFIANTS, "MPierrard; elefevre,mpierrard")
                .draft();
        assertThat(named.value()).isEqualTo("mpierrard, elefevre");
        assertThat(named.logins()).containsExactly("mpierrard", "elefevre");
        assertThat(MessageDraft.check("Objet", "Texte", TargetKind.TOUS, "ignoré").draft().value()).isNull();
    }

    @Test
    void badDraftsSayWhy() {
        assertThat(MessageDraft.check(" ", "", null, null).errors()).containsExactly("L'objet du message est obligatoire.",
                "Le texte du message est obligatoire.", "Choisissez les destinataires.");
        assertThat(MessageDraft.check("a".repeat(201), "b", TargetKind.TOUS, null).errors())
                .containsExactly("L'objet tient sur une ligne de 200 caractères au plus.");
        assertThat(MessageDraft.check("Objet", "x\u0000y", TargetKind.TOUS, null).errors()).hasSize(1);
        assertThat(MessageDraft.check("Objet", "Texte", TargetKind.ETABLISSEMENT, "075065").errors())
                .containsExactly("« 075065 » n'est pas un UAI (7 chiffres et une lettre).");
        assertThat(MessageDraft.check("Objet", "Texte", TargetKind.DISCIPLINE, " ").errors())
                .containsExactly("Choisissez la discipline destinataire.");
        assertThat(MessageDraft.check("Objet", "Texte", TargetKind.IDENTIFIANTS, "m.pierrard").errors())
                .containsExactly("« m.pierrard » n'est pas un identifiant académique.");
        assertThat(MessageDraft.check("Objet", "Texte", TargetKind.IDENTIFIANTS, " ,; ").errors())
                .containsExactly("Donnez au moins un identifiant destinataire.");
    }
}
