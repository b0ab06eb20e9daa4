package fr.academie.portail.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

/** The line a broken CSV record began on, as FastCSV tells it. */
class CsvBreaksTest {

    @Test
    void theLineIsTheOneFastCsvNamesForAQuoteNeverClosed() {
        CsvParseException broken = breakOn("uai;postes\n0750680G;1\n\n0750700D;\"1\n");

        assertThat(CsvBreaks.lineOf(broken, 99)).isEqualTo(4);
    }

    @Test
    void theLineIsFoundInACauseAndOtherwiseTheGivenOneIsKept() {
        CsvParseException broken = breakOn("a;\"b\"x\n");

        assertThat(CsvBreaks.lineOf(new UncheckedIOException("lecture", new java.io.IOException(broken)), 99)).isEqualTo(1);
        assertThat(CsvBreaks.lineOf(new IllegalStateException("sans ligne"), 7)).isEqualTo(7);
    }

    private static CsvParseException breakOn(String text) {
        try {
            CsvReader.builder().fieldSeparator(';').allowUnclosedQuote(false).ofCsvRecord(text).forEach(record -> { });
        } catch (CsvParseException e) {
            return e;
        }
        throw new AssertionError("FastCSV read « " + text + " » without an error");
    }
}
