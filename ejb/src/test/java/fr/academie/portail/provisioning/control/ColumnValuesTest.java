package fr.academie.portail.provisioning.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A line's values by column: found by the format's constant names, by any equal name, and once read back. */
class ColumnValuesTest {

    private final ColumnValues.Columns header = new ColumnValues.Columns(
            List.of(new String("numen"), new String("nom"), new String("prenom")));

    @Test
    void aColumnIsFoundByTheFormatsConstantAndByAnyEqualName() {
        Map<String, String> line = new ColumnValues(header, new String[] {"01E2044444DDA", "Martin", "Anne"});

        assertThat(line.get(HrExtractFormat.NOM)).isEqualTo("Martin");
        assertThat(line.get(new String("prenom"))).as("an equal name, not the constant").isEqualTo("Anne");
        assertThat(line.get("uai")).isNull();
        assertThat(line.containsKey(new String("numen"))).isTrue();
    }

    @Test
    void aShortLineHasNoValueForTheColumnsItLacks() {
        Map<String, String> line = new ColumnValues(header, new String[] {"01E2044444DDA"});

        assertThat(line.get(HrExtractFormat.PRENOM)).isNull();
        assertThat(line.containsKey(HrExtractFormat.PRENOM)).isFalse();
        assertThat(line).hasSize(1);
    }

    @Test
    void aLineReadBackFromItsSerialFormFindsItsColumnsAsBefore() throws Exception {
        Map<String, String> line = new ColumnValues(header, new String[] {"01E2044444DDA", "Martin", "Anne"});
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(line);
        }

        @SuppressWarnings("unchecked")
        Map<String, String> read = (Map<String, String>) new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))
                .readObject();

        assertThat(read.get(HrExtractFormat.NOM)).isEqualTo("Martin");
        assertThat(read.get(new String("numen"))).isEqualTo("01E2044444DDA");
        assertThat(read).isEqualTo(line);
    }
}
