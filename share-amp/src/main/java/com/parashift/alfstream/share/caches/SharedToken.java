package com.parashift.alfstream.share.caches;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import org.springframework.extensions.config.Config;
import org.springframework.extensions.config.ConfigService;

/**
 * The token the repository must send to clear a cache entry, read from share-config-custom.xml:
 * {@code <config evaluator="string-compare" condition="ClearCache"><token>...</token></config>}.
 * No token configured, a blank one, one shorter than {@value #MIN_LENGTH} characters or the old shipped default
 * {@code alfstream-default-token} means every request is refused. The value never leaves this class.
 */
final class SharedToken {

    static final String CONFIG_CONDITION = "ClearCache";
    static final String CONFIG_ELEMENT = "token";
    /** The shortest token accepted, as on the repository side ({@code alfstream.sync.sharetoken}). */
    static final int MIN_LENGTH = 32;
    static final String OLD_DEFAULT = "alfstream-default-token";

    private final byte[] expectedDigest;

    private SharedToken(String expected) {
        this.expectedDigest = expected == null ? null : sha256(expected);
    }

    /**
     * Reads the token currently configured; a missing section or element, or a value that is no usable token
     * (blank, shorter than {@value #MIN_LENGTH}, the old default) gives an unset token.
     */
    static SharedToken fromConfig(ConfigService configService) {
        Config config = configService == null ? null : configService.getConfig(CONFIG_CONDITION);
        String value = config == null ? null : config.getConfigElementValue(CONFIG_ELEMENT);
        String token = value == null ? "" : value.trim();
        boolean usable = token.length() >= MIN_LENGTH && !token.equalsIgnoreCase(OLD_DEFAULT);
        return new SharedToken(usable ? token : null);
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
