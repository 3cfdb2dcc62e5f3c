package com.parashift.alfstream.share.config;

import static com.parashift.alfstream.share.config.AmpSources.configSection;
import static com.parashift.alfstream.share.config.AmpSources.elements;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Every label and message the AMP shows exists in English and in every translation. */
class MessagesTest {

    private static final Pattern KEY_IN_JS = Pattern.compile("\"((?:actions|message|banner|status)\\.alfstream[\\w.-]*\\w)\"");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

    @Test
    void thereIsAtLeastOneTranslation() throws IOException {
        assertTrue(translations().size() >= 1);
    }

    @Test
    void everyKeyTheConfigAndTheCodeUseIsInEnglish() throws Exception {
        Properties english = AmpSources.properties(AmpSources.MESSAGES.resolve("alfstream-sync.properties"));
        Set<String> used = usedKeys();
        assertTrue(used.size() > 15, "found the keys: " + used);
        for (String key : used) {
            assertTrue(english.containsKey(key), "missing English message " + key);
        }
    }

    @Test
    void translationsHaveTheSameKeysAndPlaceholders() throws Exception {
        Properties english = AmpSources.properties(AmpSources.MESSAGES.resolve("alfstream-sync.properties"));
        for (Path translation : translations()) {
            Properties translated = AmpSources.properties(translation);
            assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(translated.stringPropertyNames()), translation.toString());
            for (String key : english.stringPropertyNames()) {
                assertEquals(placeholders(english.getProperty(key)), placeholders(translated.getProperty(key)), translation + ": " + key);
            }
        }
    }

    @Test
    void bundlesAreAsciiSoEveryShareVersionReadsThemAlike() throws IOException {
        try (Stream<Path> files = Files.list(AmpSources.MESSAGES)) {
            for (Path file : files.toList()) {
                byte[] bytes = Files.readAllBytes(file);
                for (byte b : bytes) {
                    assertTrue(b >= 0, file + " has a non-ASCII byte: use \\u escapes");
                }
                assertTrue(new String(bytes, StandardCharsets.US_ASCII).lines().noneMatch(l -> !l.startsWith("#") && l.contains("''")),
                        "Share hands messages to the browser unformatted: no MessageFormat quoting");
            }
        }
    }

    private static List<Path> translations() throws IOException {
        try (Stream<Path> files = Files.list(AmpSources.MESSAGES)) {
            return files.filter(f -> f.getFileName().toString().matches("alfstream-sync_[a-z]{2}(_[A-Z]{2})?\\.properties")).sorted().toList();
        }
    }

    private static Set<String> usedKeys() throws Exception {
        Set<String> keys = new TreeSet<>();
        Document config = AmpSources.xml(AmpSources.SHARE_CONFIG);
        for (Element action : elements(configSection(config, "DocLibActions"), "action")) {
            if (action.hasAttribute("label")) {
                keys.add(action.getAttribute("label"));
            }
            for (Element param : elements(action, "param")) {
                if (param.getAttribute("name").endsWith("Message")) {
                    keys.add(param.getTextContent().trim());
                }
            }
        }
        for (Element indicator : elements(configSection(config, "DocumentLibrary"), "indicator")) {
            keys.add(indicator.getAttribute("label"));
        }
        for (String file : List.of("alfstream-sync-logic.js", "alfstream-sync.js")) {
            Matcher m = KEY_IN_JS.matcher(AmpSources.text(AmpSources.DOCLIB_WEB.resolve(file)));
            while (m.find()) {
                keys.add(m.group(1));
            }
        }
        return keys;
    }

    private static List<String> placeholders(String message) {
        List<String> found = new java.util.ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(message);
        while (m.find()) {
            found.add(m.group());
        }
        found.sort(null);
        return found;
    }
}
