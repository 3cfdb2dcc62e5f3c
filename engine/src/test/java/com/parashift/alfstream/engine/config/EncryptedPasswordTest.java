package com.parashift.alfstream.engine.config;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Passwords given as ENC(...) in etc/com.parashift.cfg, decrypted with the key in etc/alfstream.key. */
class EncryptedPasswordTest {

    private static final String SECRET = "L0cal-Secret!";

    @TempDir
    Path karafHome;

    private Map<String, String> config;
    private Path keyFile;

    @BeforeEach
    void aWorkingConfiguration() {
        config = new HashMap<>();
        config.put("alfstream.local.url", "http://alfresco-a:8080/alfresco");
        config.put("alfstream.local.username", "sync-a");
        config.put("alfstream.remote.url", "http://alfresco-b:8080/alfresco");
        config.put("alfstream.remote.username", "sync-b");
        config.put("alfstream.remote.password", "plain-is-still-fine");
        keyFile = karafHome.resolve(EngineSettings.DEFAULT_KEY_FILE);
    }

    @Test
    void anEncryptedPasswordIsDecryptedWithTheKeyFileAndThePlainOneIsKept() throws Exception {
        String encrypted = PasswordCipher.loadOrCreate(keyFile).encrypt(SECRET);
        assertTrue(encrypted.startsWith("ENC(") && !encrypted.contains(SECRET), encrypted);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)));
        config.put("alfstream.local.password", encrypted);

        EngineSettings settings = EngineSettings.from(config, karafHome);

        assertEquals(SECRET, settings.local().password());
        assertEquals("plain-is-still-fine", settings.remote().password());
        assertNotEquals(encrypted, PasswordCipher.load(keyFile).encrypt(SECRET), "a fresh nonce every time");
    }

    @Test
    void aValueOfAnotherKeyOrAlteredIsNamedWithoutShowingIt() throws Exception {
        String otherKeys = PasswordCipher.loadOrCreate(karafHome.resolve("other.key")).encrypt(SECRET);
        PasswordCipher.loadOrCreate(keyFile);
        for (String wrong : new String[] {otherKeys, "ENC(bm90IGEgcGFzc3dvcmQ=)", "ENC(%%%)", "ENC()"}) {
            config.put("alfstream.local.password", wrong);
            ConfigException e = assertThrows(ConfigException.class, () -> EngineSettings.from(config, karafHome));
            assertEquals("alfstream.local.password", e.key());
            assertTrue(e.getMessage().startsWith("alfstream.local.password: ENC(...) cannot be decrypted with the key in "
                    + keyFile), e.getMessage());
            assertFalse(e.getMessage().contains(wrong) || e.getMessage().contains(SECRET), e.getMessage());
        }
    }

    @Test
    void anEncryptedPasswordWithoutItsKeyFileIsNamed() throws Exception {
        config.put("alfstream.local.password", PasswordCipher.loadOrCreate(karafHome.resolve("elsewhere.key")).encrypt(SECRET));

        ConfigException e = assertThrows(ConfigException.class, () -> EngineSettings.from(config, karafHome));

        assertEquals("alfstream.local.password: is encrypted (ENC(...)) but the key file " + keyFile
                + " cannot be read (NoSuchFileException)", e.getMessage());
    }
}
