package com.parashift.alfstream.share.caches;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.springframework.extensions.config.Config;
import org.springframework.extensions.config.ConfigService;

class SharedTokenTest {

    private static SharedToken configured(String value) {
        ConfigService service = mock(ConfigService.class);
        Config config = mock(Config.class);
        when(service.getConfig("ClearCache")).thenReturn(config);
        when(config.getConfigElementValue("token")).thenReturn(value);
        return SharedToken.fromConfig(service);
    }

    private static final String SECRET = "Abc-123-4f9e2d7c1b8a6e3d5f0a9c2b";

    @Test
    void onlyTheExactTokenMatches() {
        SharedToken token = configured(SECRET);
        assertTrue(token.matches(SECRET));
        assertFalse(token.matches(SECRET.toLowerCase()));
        assertFalse(token.matches(SECRET + "4"));
        assertFalse(token.matches(SECRET.substring(1)));
        assertFalse(token.matches(""));
        assertFalse(token.matches(null));
    }

    @Test
    void surroundingWhitespaceInTheConfigIsIgnored() {
        assertTrue(configured("\n   " + SECRET + "\n  ").matches(SECRET));
    }

    @Test
    void aTokenShorterThan32OrTheOldDefaultIsNoToken() {
        assertFalse(configured("x".repeat(31)).isConfigured());
        assertTrue(configured("x".repeat(32)).isConfigured());
        assertFalse(configured("alfstream-default-token").isConfigured());
        assertFalse(configured("alfstream-default-token").matches("alfstream-default-token"));
    }

    @Test
    void missingOrBlankConfigMatchesNothing() {
        ConfigService service = mock(ConfigService.class);
        assertFalse(SharedToken.fromConfig(service).isConfigured(), "no ClearCache section");
        assertFalse(configured(null).isConfigured());
        assertFalse(configured("  ").isConfigured());
        assertFalse(configured("  ").matches("  "));
        assertFalse(configured(null).matches("null"));
    }

    @Test
    void theTokenNeverShowsInItsDescription() {
        assertFalse(configured(SECRET).toString().contains(SECRET));
    }
}
