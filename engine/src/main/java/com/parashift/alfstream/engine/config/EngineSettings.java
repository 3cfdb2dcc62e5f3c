package com.parashift.alfstream.engine.config;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Map;

/**
 * The engine's settings, from PID {@code com.parashift} ({@code etc/com.parashift.cfg}), validated: a missing or
 * malformed value is a {@link ConfigException} naming the key.
 */
public record EngineSettings(
        String agent,
        Endpoint local,
        Endpoint remote,
        Path persistFile,
        Duration pollInterval,
        int batchSize,
        RetryStrategyName retryStrategy,
        int retryAttempts,
        Duration retryDelay,
        Duration retryMaxDelay,
        Duration holeTimeout,
        Duration dependencyTimeout,
        Duration httpTimeout) {

    public static final String AGENT = "alfstream.sync.agent";
    public static final String PERSIST_FILE = "alfstream.sync.persist.file";
    public static final String POLL_INTERVAL = "alfstream.sync.poll.interval";
    public static final String BATCH_SIZE = "alfstream.sync.batch.size";
    public static final String RETRY_STRATEGY = "retry.strategy";
    public static final String RETRY_ATTEMPTS = "retry.attempts";
    public static final String RETRY_DELAY = "retry.delay";
    public static final String RETRY_MAX_DELAY = "retry.maxDelay";
    public static final String HOLE_TIMEOUT = "alfstream.sync.hole.timeout";
    public static final String DEPENDENCY_TIMEOUT = "alfstream.sync.dependency.timeout";
    public static final String HTTP_TIMEOUT = "alfstream.sync.http.timeout";
    public static final String KEY_FILE = "alfstream.sync.key.file";

    public static final String DEFAULT_AGENT = "default";
    public static final String DEFAULT_PERSIST_FILE = "persist/alfstream-sync";
    public static final long DEFAULT_POLL_INTERVAL_MS = 500;
    public static final int DEFAULT_BATCH_SIZE = 500;
    public static final String DEFAULT_RETRY_STRATEGY = "errorQueue";
    public static final int DEFAULT_RETRY_ATTEMPTS = 3;
    public static final long DEFAULT_RETRY_DELAY_MS = 1_000;
    public static final long DEFAULT_RETRY_MAX_DELAY_MS = 60_000;
    public static final long DEFAULT_HOLE_TIMEOUT_MS = 600_000;
    public static final long DEFAULT_DEPENDENCY_TIMEOUT_MS = 600_000;
    public static final long DEFAULT_HTTP_TIMEOUT_MS = 60_000;
    public static final String DEFAULT_KEY_FILE = "etc/alfstream.key";

    /**
     * Reads and checks the settings.
     *
     * @param properties the configuration, as ConfigAdmin or a properties file gives it
     * @param base       the directory a relative {@code alfstream.sync.persist.file} or
     *                   {@code alfstream.sync.key.file} is resolved against
     */
    public static EngineSettings from(Map<String, ?> properties, Path base) {
        Reader in = new Reader(properties);
        String agent = in.text(AGENT, DEFAULT_AGENT);
        if (!agent.matches("[A-Za-z0-9._-]{1,64}")) {
            throw new ConfigException(AGENT, "must be 1 to 64 letters, digits, '.', '_' or '-'");
        }
        Path keyFile = keyFile(properties, base);
        Endpoint local = in.endpoint("local", keyFile);
        Endpoint remote = in.endpoint("remote", keyFile);
        if (local.url().equals(remote.url())) {
            throw new ConfigException("alfstream.remote.url", "is the same as alfstream.local.url");
        }
        Path persist = base.resolve(in.text(PERSIST_FILE, DEFAULT_PERSIST_FILE)).normalize();
        checkWritable(persist);
        String strategy = in.text(RETRY_STRATEGY, DEFAULT_RETRY_STRATEGY);
        RetryStrategyName retry = RetryStrategyName.parse(strategy).orElseThrow(() -> new ConfigException(
                RETRY_STRATEGY, "'" + strategy + "' is not a retry strategy; use none or errorQueue"));
        Duration retryDelay = in.millis(RETRY_DELAY, DEFAULT_RETRY_DELAY_MS, 1);
        Duration retryMax = in.millis(RETRY_MAX_DELAY, DEFAULT_RETRY_MAX_DELAY_MS, 1);
        if (retryMax.compareTo(retryDelay) < 0) {
            throw new ConfigException(RETRY_MAX_DELAY, "must not be below " + RETRY_DELAY);
        }
        return new EngineSettings(agent, local, remote, persist,
                in.millis(POLL_INTERVAL, DEFAULT_POLL_INTERVAL_MS, 10),
                in.integer(BATCH_SIZE, DEFAULT_BATCH_SIZE, 1, 5_000),
                retry,
                in.integer(RETRY_ATTEMPTS, DEFAULT_RETRY_ATTEMPTS, 1, 1_000_000),
                retryDelay, retryMax,
                in.millis(HOLE_TIMEOUT, DEFAULT_HOLE_TIMEOUT_MS, 1_000),
                in.millis(DEPENDENCY_TIMEOUT, DEFAULT_DEPENDENCY_TIMEOUT_MS, 1_000),
                in.millis(HTTP_TIMEOUT, DEFAULT_HTTP_TIMEOUT_MS, 100));
    }

    /** The key file that {@code ENC(...)} passwords are decrypted with. */
    public static Path keyFile(Map<String, ?> properties, Path base) {
        return base.resolve(new Reader(properties).text(KEY_FILE, DEFAULT_KEY_FILE)).normalize();
    }

    private static void checkWritable(Path persist) {
        Path directory = persist.toAbsolutePath().getParent();
        try {
            Files.createDirectories(directory);
        } catch (Exception e) {
            throw new ConfigException(PERSIST_FILE, "cannot create the directory " + directory + ": " + e.getMessage());
        }
        if (!Files.isWritable(directory) || (Files.exists(persist) && !Files.isWritable(persist))) {
            throw new ConfigException(PERSIST_FILE, persist + " is not writable");
        }
    }

    /** Reads values of one configuration, converting and range-checking them. */
    private record Reader(Map<String, ?> properties) {

        String text(String key, String fallback) {
            Object value = properties.get(key);
            String text = value == null ? "" : value.toString().trim();
            return text.isEmpty() ? fallback : text;
        }

        String required(String key) {
            String text = text(key, null);
            if (text == null) {
                throw new ConfigException(key, "missing");
            }
            return text;
        }

        Endpoint endpoint(String side, Path keyFile) {
            String prefix = "alfstream." + side + ".";
            String url = required(prefix + "url");
            URI uri;
            try {
                uri = new URI(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
            } catch (URISyntaxException e) {
                throw new ConfigException(prefix + "url", "malformed URL: " + e.getReason());
            }
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new ConfigException(prefix + "url", "must be an http or https URL like http://host:8080/alfresco");
            }
            if (uri.getUserInfo() != null) {
                throw new ConfigException(prefix + "url", "must not carry credentials; use "
                        + prefix + "username and " + prefix + "password");
            }
            return new Endpoint(side, uri, required(prefix + "username"), password(prefix + "password", keyFile));
        }

        /** The password, decrypted if it is given as {@code ENC(...)}; a message never shows the value. */
        String password(String key, Path keyFile) {
            String value = required(key);
            if (!PasswordCipher.isEncrypted(value)) {
                return value;
            }
            PasswordCipher cipher;
            try {
                cipher = PasswordCipher.load(keyFile);
            } catch (IOException e) {
                throw new ConfigException(key, "is encrypted (ENC(...)) but the key file " + keyFile
                        + " cannot be read (" + e.getClass().getSimpleName() + ")");
            }
            try {
                return cipher.decrypt(value);
            } catch (GeneralSecurityException e) {
                throw new ConfigException(key, "ENC(...) cannot be decrypted with the key in " + keyFile + " ("
                        + e.getClass().getSimpleName() + "); encrypt the password again with alfstream:encrypt");
            }
        }

        int integer(String key, int fallback, int min, int max) {
            long value = number(key, fallback);
            if (value < min || value > max) {
                throw new ConfigException(key, "must be between " + min + " and " + max + ", was " + value);
            }
            return (int) value;
        }

        Duration millis(String key, long fallback, long min) {
            long value = number(key, fallback);
            if (value < min) {
                throw new ConfigException(key, "must be at least " + min + " ms, was " + value);
            }
            return Duration.ofMillis(value);
        }

        private long number(String key, long fallback) {
            String text = text(key, null);
            if (text == null) {
                return fallback;
            }
            try {
                return Long.parseLong(text);
            } catch (NumberFormatException e) {
                throw new ConfigException(key, "'" + text + "' is not a whole number");
            }
        }
    }
}
