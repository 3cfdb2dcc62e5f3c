package com.parashift.alfstream.engine.config;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** What an operator writes in etc/com.parashift.cfg, and what the engine says when it is wrong. */
class EngineSettingsTest {

    private static final String LOCAL_PASSWORD = "L0cal-Secret!";
    private static final String REMOTE_PASSWORD = "R3mote-Secret_x";

    @TempDir
    Path karafHome;

    private Map<String, String> config;

    @BeforeEach
    void aWorkingConfiguration() {
        config = new HashMap<>();
        config.put("alfstream.local.url", "http://alfresco-a:8080/alfresco");
        config.put("alfstream.local.username", "sync-a");
        config.put("alfstream.local.password", LOCAL_PASSWORD);
        config.put("alfstream.remote.url", "https://alfresco-b.example.org/alfresco/");
        config.put("alfstream.remote.username", "sync-b");
        config.put("alfstream.remote.password", REMOTE_PASSWORD);
    }

    @Test
    void readsAMinimalConfigurationWithSafeDefaults() {
        EngineSettings settings = EngineSettings.from(config, karafHome);

        assertEquals("default", settings.agent());
        assertEquals("http://alfresco-a:8080/alfresco", settings.local().url().toString());
        assertEquals("https://alfresco-b.example.org/alfresco", settings.remote().url().toString(), "trailing / dropped");
        assertEquals("sync-b", settings.remote().username());
        assertEquals(REMOTE_PASSWORD, settings.remote().password());
        assertEquals(karafHome.resolve("persist/alfstream-sync"), settings.persistFile());
        assertEquals(Duration.ofMillis(500), settings.pollInterval());
        assertEquals(500, settings.batchSize());
        assertEquals(RetryStrategyName.errorQueue, settings.retryStrategy());
        assertEquals(3, settings.retryAttempts());
        assertEquals(Duration.ofSeconds(1), settings.retryDelay());
        assertEquals(Duration.ofMinutes(1), settings.retryMaxDelay());
        assertTrue(Files.isDirectory(karafHome.resolve("persist")), "the persist directory is created");
    }

    @Test
    void readsEverySettingAnOperatorGives() {
        config.put("alfstream.sync.agent", "site-a-to-b");
        config.put("alfstream.sync.persist.file", "data/state");
        config.put("alfstream.sync.poll.interval", " 250 ");
        config.put("alfstream.sync.batch.size", "5000");
        config.put("retry.strategy", "none");
        config.put("retry.attempts", "7");
        config.put("retry.delay", "10");
        config.put("retry.maxDelay", "10");
        config.put("alfstream.sync.hole.timeout", "1000");
        config.put("alfstream.sync.http.timeout", "100");

        EngineSettings settings = EngineSettings.from(config, karafHome);

        assertEquals("site-a-to-b", settings.agent());
        assertEquals(karafHome.resolve("data/state"), settings.persistFile());
        assertEquals(Duration.ofMillis(250), settings.pollInterval());
        assertEquals(5000, settings.batchSize());
        assertEquals(RetryStrategyName.none, settings.retryStrategy());
        assertEquals(7, settings.retryAttempts());
        assertEquals(Duration.ofMillis(10), settings.retryMaxDelay());
        assertEquals(Duration.ofSeconds(1), settings.holeTimeout());
        assertEquals(Duration.ofMillis(100), settings.httpTimeout());
    }

    @ParameterizedTest(name = "{0} = \"{1}\"")
    @CsvSource(delimiterString = " => ", nullValues = "<missing>", value = {
            "alfstream.local.url => <missing> => missing",
            "alfstream.remote.url => <missing> => missing",
            "alfstream.local.username => <missing> => missing",
            "alfstream.remote.password => <missing> => missing",
            "alfstream.local.password => '  ' => missing",
            "alfstream.local.url => http://alfresco a:8080/alfresco => malformed URL",
            "alfstream.remote.url => ftp://alfresco-b/alfresco => must be an http or https URL",
            "alfstream.remote.url => alfresco-b:8080/alfresco => must be an http or https URL",
            "alfstream.local.url => http:///alfresco => must be an http or https URL",
            "alfstream.sync.agent => two words => must be 1 to 64 letters",
            "retry.strategy => sometimes => is not a retry strategy",
            "retry.strategy => ErrorQueue => is not a retry strategy",
            "retry.attempts => 0 => must be between 1 and",
            "retry.attempts => three => is not a whole number",
            "alfstream.sync.batch.size => 0 => must be between 1 and 5000",
            "alfstream.sync.batch.size => 5001 => must be between 1 and 5000",
            "alfstream.sync.poll.interval => 9 => must be at least 10 ms",
            "alfstream.sync.poll.interval => 1.5 => is not a whole number",
            "retry.delay => 0 => must be at least 1 ms",
            "alfstream.sync.hole.timeout => 999 => must be at least 1000 ms",
            "alfstream.sync.http.timeout => 99 => must be at least 100 ms",
    })
    void aBadValueStopsTheAgentNamingTheKey(String key, String value, String problem) {
        if (value == null) {
            config.remove(key);
        } else {
            config.put(key, value);
        }

        ConfigException e = assertThrows(ConfigException.class, () -> EngineSettings.from(config, karafHome));

        assertEquals(key, e.key());
        assertTrue(e.getMessage().startsWith(key + ": ") && e.getMessage().contains(problem), e.getMessage());
        assertNoPassword(e.getMessage());
    }

    @Test
    void aMaximumDelayBelowTheDelayIsNamed() {
        config.put("retry.delay", "5000");
        config.put("retry.maxDelay", "1000");

        ConfigException e = assertThrows(ConfigException.class, () -> EngineSettings.from(config, karafHome));

        assertEquals("retry.maxDelay", e.key());
        assertTrue(e.getMessage().contains("retry.delay"), e.getMessage());
    }

    @Test
    void aUrlCarryingCredentialsIsRefusedWithoutRepeatingThem() {
        config.put("alfstream.remote.url", "http://admin:" + REMOTE_PASSWORD + "@alfresco-b:8080/alfresco");

        ConfigException e = assertThrows(ConfigException.class, () -> EngineSettings.from(config, karafHome));

        assertEquals("alfstream.remote.url", e.key());
        assertTrue(e.getMessage().contains("alfstream.remote.username and alfstream.remote.password"), e.getMessage());
        assertNoPassword(e.getMessage());
    }

    @Test
    void localAndRemoteMustBeDifferentRepositories() {
        config.put("alfstream.remote.url", "http://alfresco-a:8080/alfresco/");

        ConfigException e = assertThrows(ConfigException.class, () -> EngineSettings.from(config, karafHome));

        assertEquals("alfstream.remote.url", e.key());
        assertTrue(e.getMessage().contains("same as alfstream.local.url"), e.getMessage());
    }

    @Test
    void aPersistFileWhoseDirectoryCannotBeCreatedIsNamed() throws IOException {
        Files.writeString(karafHome.resolve("persist"), "a file where the directory should be");
        config.put("alfstream.sync.persist.file", "persist/alfstream-sync");

        ConfigException e = assertThrows(ConfigException.class, () -> EngineSettings.from(config, karafHome));

        assertEquals("alfstream.sync.persist.file", e.key());
        assertTrue(e.getMessage().contains("cannot create the directory"), e.getMessage());
    }

    @Test
    void aPersistDirectoryThatIsNotWritableIsNamed() throws IOException {
        Path readOnly = Files.createDirectory(karafHome.resolve("read-only"));
        assumeTrue(readOnly.toFile().setWritable(false) && !Files.isWritable(readOnly),
                "the file system lets this user write anyway (root)");
        try {
            config.put("alfstream.sync.persist.file", "read-only/alfstream-sync");

            ConfigException e = assertThrows(ConfigException.class, () -> EngineSettings.from(config, karafHome));

            assertEquals("alfstream.sync.persist.file", e.key());
            assertTrue(e.getMessage().contains("is not writable"), e.getMessage());
        } finally {
            readOnly.toFile().setWritable(true);
        }
    }

    @Test
    void theSettingsNeverPrintAPassword() {
        EngineSettings settings = EngineSettings.from(config, karafHome);

        assertNoPassword(settings.toString());
        assertNoPassword(settings.local().toString());
        assertNoPassword(settings.remote().toString());
        assertTrue(settings.toString().contains("sync-a") && settings.toString().contains("alfresco-a"),
                "the rest is there to read: " + settings);
    }

    private static void assertNoPassword(String text) {
        assertFalse(text.contains(LOCAL_PASSWORD) || text.contains(REMOTE_PASSWORD), "a password leaked: " + text);
    }
}
