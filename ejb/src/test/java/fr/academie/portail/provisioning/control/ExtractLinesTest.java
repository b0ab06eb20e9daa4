package fr.academie.portail.provisioning.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the extract's bytes become lines: numbering, broken structure, and what stops the reading. */
class ExtractLinesTest {

    private static final String HEADER = String.join(";", HrExtractFormat.COLUMNS);
    private static final String TAIL = ";M.;Martin;;Jean;01/02/1980;;;;;;0750655E;;;;";

    @TempDir
    Path folder;

    @Test
    void linesAreNumberedAsInTheFileEmptyLinesAndAQuotedLineBreakIncluded() throws IOException {
        List<ExtractRow> rows = read("\uFEFF" + HEADER + "\n01E2044444DDA" + TAIL + "\n\n01E2044444DDB;M.;\"Mar\ntin\";;Jean;01/02/1980;;;;;;0750655E;;;;\n"
                + "01E2044444DDC" + TAIL + "\n");

        assertThat(rows).extracting(ExtractRow::lineNumber).containsExactly(2L, 4L, 6L);
        assertThat(rows).allSatisfy(row -> assertThat(row.structuralProblem()).isNull());
        assertThat(rows.get(0).value(HrExtractFormat.NUMEN)).as("the byte order mark is not part of the first column").isEqualTo("01E2044444DDA");
        assertThat(rows.get(1).value(HrExtractFormat.NOM)).isEqualTo("Mar\ntin");
    }

    @Test
    void aCarriageReturnInsideTheLastQuotedFieldKeepsItsLine() throws IOException {
        // FastCSV 4.1 dropped such a line without a word: the line must reach the checks, which refuse it
        List<ExtractRow> rows = read(HEADER + "\n01E2044444DDA;M.;Martin;;Jean;01/02/1980;;;;;;0750655E;;;;\"a\rb@x.fr\"\n"
                + "01E2044444DDB" + TAIL + "\n");

        // a carriage return alone ends a line for text editors too: the next line is numbered 4
        assertThat(rows).extracting(ExtractRow::lineNumber).containsExactly(2L, 4L);
        assertThat(rows.get(0).values().get(HrExtractFormat.EMAIL_PERSO)).isEqualTo("a\rb@x.fr");
    }

    @Test
    void aLineWithTooFewOrTooManyFieldsIsReportedAndTheNextOnesStillRead() throws IOException {
        List<ExtractRow> rows = read(HEADER + "\n01E2044444DDA;M.;Martin\n01E2044444DDB" + TAIL + ";en trop\n01E2044444DDC" + TAIL + "\n");

        assertThat(rows.get(0).structuralProblem()).isEqualTo("Nombre de champs incorrect : 3 au lieu de 16.");
        assertThat(rows.get(1).structuralProblem()).isEqualTo("Nombre de champs incorrect : 17 au lieu de 16.");
        assertThat(rows.get(2).structuralProblem()).isNull();
    }

    @Test
    void aQuoteNeverClosedStopsTheReadingAtItsLine() throws IOException {
        List<ExtractRow> rows = read(HEADER + "\n01E2044444DDA" + TAIL + "\n01E2044444DDB;M.;\"Martin;;Jean;01/02/1980;;;;;;0750655E;;;;\n"
                + "01E2044444DDC" + TAIL + "\n01E2044444DDD" + TAIL + "\n");

        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).lineNumber()).isEqualTo(3);
        assertThat(rows.get(1).structuralProblem()).isEqualTo("Fichier illisible à partir de cette ligne : guillemet ouvrant sans guillemet fermant.");
    }

    @Test
    void textAfterAClosingQuoteStopsTheReadingRatherThanHideLinesInAField() throws IOException {
        // read on, the second quote of « "O"Brien" » would open a field running over the next lines
        for (String broken : List.of("\"O\"Brien\"", "\"Martin\" ", "\"Martin\"\t")) {
            List<ExtractRow> rows = read(HEADER + "\n01E2044444DDA" + TAIL + "\n01E2044444DDB;M.;" + broken + ";;Jean;01/02/1980;;;;;;0750655E;;;;\n"
                    + "01E2044444DDC" + TAIL + "\n01E2044444DDD;\";x\n");

            assertThat(rows).as(broken).hasSize(2);
            assertThat(rows.get(1).lineNumber()).isEqualTo(3);
            assertThat(rows.get(1).structuralProblem()).isEqualTo(
                    "Fichier illisible à partir de cette ligne : texte ou blanc après un guillemet fermant, avant le séparateur.");
        }
    }

    @Test
    void aFieldOverSixteenMegabytesStopsTheReadingWithAFrenchReason() throws IOException {
        List<ExtractRow> rows = read(HEADER + "\n01E2044444DDA" + TAIL + "\n01E2044444DDB;M.;" + "x".repeat(17 << 20) + ";;Jean\n");

        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).lineNumber()).isEqualTo(3);
        assertThat(rows.get(1).structuralProblem()).startsWith("Fichier illisible à partir de cette ligne : un champ dépasse 16 Mo");
    }

    @Test
    void latin1BytesStopTheReadingAsANonUtf8File() throws IOException {
        Path file = folder.resolve("latin1.csv");
        Files.write(file, (HEADER + "\n01E2044444DDA;M.;Lefèvre;;Anne;01/02/1980;;;;;;0750655E;;;;\n").getBytes(StandardCharsets.ISO_8859_1));

        List<ExtractRow> rows = read(file);

        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).structuralProblem()).contains("le fichier n'est pas encodé en UTF-8.");
    }

    @Test
    void anEmptyFileAndABrokenHeaderAreRefusedWhole() throws IOException {
        assertThat(read("")).singleElement().satisfies(row -> {
            assertThat(row.lineNumber()).isEqualTo(1);
            assertThat(row.structuralProblem()).isEqualTo("Fichier vide : aucune ligne d'en-tête.");
        });
        assertThat(read(HEADER.replace("uai", "rne") + "\n01E2044444DDA" + TAIL + "\n")).singleElement()
                .satisfies(row -> assertThat(row.structuralProblem()).contains("uai").contains("rne"));
        assertThat(read(HEADER + "\n")).as("a header alone: no line").isEmpty();
    }

    @Test
    void dataLinesAreCountedWhateverTheLastLineEndAndTheBytesAround() throws IOException {
        Path file = folder.resolve("compte.csv");
        for (String text : new String[] {"", HEADER, HEADER + "\n", HEADER + "\na", HEADER + "\na\n", HEADER + "\r\na\r\nb\r\n",
                HEADER + "\n\n\n\n\n\n\n\n\n\nfin", "é\nà\n" + "x".repeat(70_000) + "\n\n"}) {
            Files.writeString(file, text, StandardCharsets.UTF_8);
            long newlines = text.chars().filter(c -> c == '\n').count();
            long expected = Math.max(0, newlines + (text.isEmpty() || text.endsWith("\n") ? 0 : 1) - 1);
            assertThat(ExtractLines.dataLines(file)).as(text.length() > 40 ? text.substring(0, 40) : text).isEqualTo(expected);
        }
    }

    @Test
    void newlinesAreCountedEightBytesAtOnceAsOneByOne() {
        java.util.Random random = new java.util.Random(8);
        byte[] candidates = {'\n', '\r', 0, (byte) 0x0B, (byte) 0x8A, (byte) 0xFF, (byte) 0x7F, 'a'};
        for (int i = 0; i < 200_000; i++) {
            long word = 0;
            int newlines = 0;
            for (int b = 0; b < 8; b++) {
                byte value = random.nextBoolean() ? candidates[random.nextInt(candidates.length)] : (byte) random.nextInt();
                newlines += value == '\n' ? 1 : 0;
                word |= (value & 0xFFL) << (8 * b);
            }
            assertThat(ExtractLines.newlinesIn(word)).isEqualTo(newlines);
        }
    }

    private List<ExtractRow> read(String text) throws IOException {
        Path file = folder.resolve("extrait.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return read(file);
    }

    private static List<ExtractRow> read(Path file) throws IOException {
        List<ExtractRow> rows = new ArrayList<>();
        try (ExtractLines lines = ExtractLines.open(file)) {
            for (ExtractRow row = lines.next(); row != null; row = lines.next()) {
                rows.add(row);
            }
        }
        return rows;
    }
}
