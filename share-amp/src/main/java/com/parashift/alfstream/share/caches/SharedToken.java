package com.parashift.alfstream.share.caches;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import org.springframework.extensions.config.Config;
import org.springframework.extensions.config.ConfigService;

/**
 * The token the repository must send to clear a cache entry, read from share-config-custom.xml:
 * {@code <config evaluator="string-compare" condition="ClearCache"><token>...</token></config>}.
 * No token configured (or a blank one) means every request is refused. The value never leaves this class.
 */
final class SharedToken {

    static final String CONFIG_CONDITION = "ClearCache";
    static final String CONFIG_ELEMENT = "token";

    private final byte[] expectedDigest;

    private SharedToken(String expected) {
        this.expectedDigest = expected == null ? null : sha256(expected);
    }

    /** Reads the token currently configured; a missing section, element or blank value gives an unset token. */
    static SharedToken fromConfig(ConfigService configService) {
        Config config = configService == null ? null : configService.getConfig(CONFIG_CONDITION);
        String value = config == null ? null : config.getConfigElementValue(CONFIG_ELEMENT);
        return new SharedToken(value == null || value.isBlank() ? null : value.trim());
    }

    boolean isConfigured() {
        return expectedDigest != null;
    }

    /**
     * Compares in constant time: both sides are hashed first, so neither the position of the first difference nor
     * the length of the expected token shows in the time taken.
     */
    boolean matches(String supplied) {
        if (expectedDigest == null || supplied == null) {
            return false;
        }
        return MessageDigest.isEqual(sha256(supplied), expectedDigest);
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    @Override
    public String toString() {
        return isConfigured() ? "SharedToken[configured]" : "SharedToken[not configured]";
    }
}
