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

    @Test
    void onlyTheExactTokenMatches() {
        SharedToken token = configured("Abc-123");
        assertTrue(token.matches("Abc-123"));
        assertFalse(token.matches("abc-123"));
        assertFalse(token.matches("Abc-1234"));
        assertFalse(token.matches("Abc-12"));
        assertFalse(token.matches(""));
        assertFalse(token.matches(null));
    }

    @Test
    void surroundingWhitespaceInTheConfigIsIgnored() {
        assertTrue(configured("\n   Abc-123\n  ").matches("Abc-123"));
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
        assertFalse(configured("Abc-123").toString().contains("Abc-123"));
    }
}
