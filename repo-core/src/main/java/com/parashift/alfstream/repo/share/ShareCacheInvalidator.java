package com.parashift.alfstream.repo.share;

import com.parashift.alfstream.protocol.NodeSnapshot;
import com.parashift.alfstream.repo.apply.ApplyListener;
import com.parashift.alfstream.repo.http.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * After a change under a site's {@code surf-config} is applied, asks Share to drop its cached copy:
 * {@code POST ${alfstream.sync.shareurl}/page/caches/clearcachepath} with {@code {"path": …, "token": …}}. Runs
 * in the background: Share being down is logged and retried with backoff, never fails the apply. The token is
 * never logged. There is no working default: a token shorter than {@value #MIN_TOKEN_LENGTH} characters, blank, or
 * the old documented default is refused with one {@code SHARE-TOKEN-UNSET} line at start-up, and Share is then
 * never called.
 */
public class ShareCacheInvalidator implements ApplyListener, AutoCloseable {

    /** The token early versions shipped as the default; refused, whatever its length. */
    public static final String OLD_DEFAULT_TOKEN = "alfstream-default-token";
    /** The shortest token accepted here and by Share. */
    public static final int MIN_TOKEN_LENGTH = 32;
    public static final String SURF_CONFIG = "/surf-config/";

    private static final Logger LOG = LoggerFactory.getLogger(ShareCacheInvalidator.class);

    private final URI endpoint;
    private final String token;
    private final int maxAttempts;
    private final Duration firstDelay;
    private final boolean enabled;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "alfstream-share-cache");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * @param shareUrl    {@code alfstream.sync.shareurl}, e.g. {@code http://localhost:8080/share}
     * @param token       {@code alfstream.sync.sharetoken}
     * @param maxAttempts attempts before giving up on one path
     * @param firstDelay  delay before the first retry; doubles after each
     */
    public ShareCacheInvalidator(String shareUrl, String token, int maxAttempts, Duration firstDelay) {
        if (shareUrl == null || !shareUrl.matches("https?://.+")) {
            throw new IllegalArgumentException("alfstream.sync.shareurl: '" + shareUrl + "' is not an http(s) URL");
        }
        this.endpoint = URI.create(shareUrl.replaceAll("/+$", "") + "/page/caches/clearcachepath");
        this.token = token == null ? "" : token;
        this.maxAttempts = maxAttempts;
        this.firstDelay = firstDelay;
        String problem = tokenProblem(this.token);
        this.enabled = problem == null;
        if (!enabled) {
            LOG.warn("SHARE-TOKEN-UNSET alfstream.sync.sharetoken {}: Share will not be told to drop its cached site"
                    + " pages. Set alfstream.sync.sharetoken in alfresco-global.properties to at least {} random"
                    + " characters (for example the output of: openssl rand -hex 24) and the same value in Share's"
                    + " share-config-custom.xml (<config evaluator=\"string-compare\" condition=\"ClearCache\">"
                    + "<token>…</token></config>)", problem, MIN_TOKEN_LENGTH);
        }
    }

    /** Why a token cannot be used, or {@code null} if it can. Never includes the token. */
    static String tokenProblem(String token) {
        if (token.isBlank()) {
            return "is not set";
        }
        if (token.trim().equalsIgnoreCase(OLD_DEFAULT_TOKEN)) {
            return "is the old documented default";
        }
        if (token.length() < MIN_TOKEN_LENGTH) {
            return "is shorter than " + MIN_TOKEN_LENGTH + " characters";
        }
        return null;
    }

    @Override
    public void applied(NodeSnapshot node) {
        String path = node.path();
        // Share caches the documents under surf-config (pages, components), not the folders holding them
        if (node.content() != null && path.contains(SURF_CONFIG)) {
            if (!enabled) {
                LOG.debug("SHARE-CACHE-SKIPPED {}: no usable alfstream.sync.sharetoken (see SHARE-TOKEN-UNSET)", path);
                return;
            }
            try {
                executor.execute(() -> send(path, 1));
            } catch (RejectedExecutionException e) {
                // shutting down: the apply has committed and must not be reported failed for this
                LOG.warn("SHARE-CACHE-SKIPPED {}: shutting down; Share keeps its cached copy until it expires", path);
            }
        }
    }

    private void send(String path, int attempt) {
        String problem;
        try {
            HttpRequest request = HttpRequest.newBuilder(endpoint)
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(Json.bytes(Map.of("path", path, "token", token))))
                    .build();
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status / 100 == 2) {
                LOG.debug("SHARE-CACHE-CLEARED {}", path);
                return;
            }
            if (status == 403 || status == 400) {
                LOG.warn("SHARE-CACHE-REFUSED {}: Share answered {}{}; not retried", path, status,
                        status == 403 ? " (alfstream.sync.sharetoken differs from Share's ClearCache token)" : "");
                return;
            }
            problem = "Share answered " + status;
        } catch (IOException e) {
            problem = "Share unreachable at " + endpoint + ": " + e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (attempt >= maxAttempts) {
            LOG.warn("SHARE-CACHE-GAVE-UP {} after {} attempts: {}", path, attempt, problem);
            return;
        }
        long delay = firstDelay.toMillis() << (attempt - 1);
        LOG.info("SHARE-CACHE-RETRY {} (attempt {}): {}; again in {} ms", path, attempt, problem, delay);
        executor.schedule(() -> send(path, attempt + 1), delay, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
