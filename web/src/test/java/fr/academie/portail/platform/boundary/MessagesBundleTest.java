package fr.academie.portail.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The pages' texts, French and English: the same keys, and patterns MessageFormat reads as they are written. */
class MessagesBundleTest {

    private static final String FOLDER = "/fr/academie/portail/web/";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d");
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    @Test
    void frenchAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(load("messages_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("messages.properties").stringPropertyNames());
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_en.properties"})
    void aPatternWithPlaceholdersDoublesItsApostrophes(String file) throws IOException {
        // MessageFormat takes a lone ' for a quote: « de l'import n° {0} » once showed « de limport n° {0} »
        Properties messages = load(file);
        TreeMap<String, String> swallowed = new TreeMap<>();
        for (String key : messages.stringPropertyNames()) {
            String pattern = messages.getProperty(key);
            if (PLACEHOLDER.matcher(pattern).find() && LONE_APOSTROPHE.matcher(pattern).find()) {
                swallowed.put(key, pattern);
            }
        }
        assertThat(swallowed).as("patterns to write with '' in " + file).isEmpty();
    }

    private static Properties load(String file) throws IOException {
        Properties messages = new Properties();
        try (InputStream in = MessagesBundleTest.class.getResourceAsStream(FOLDER + file)) {
            assertThat(in).as(file).isNotNull();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                messages.load(reader);
            }
        }
        return messages;
    }
}
