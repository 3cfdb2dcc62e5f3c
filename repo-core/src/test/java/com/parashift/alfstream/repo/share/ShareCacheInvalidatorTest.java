package com.parashift.alfstream.repo.share;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.parashift.alfstream.protocol.ContentDescriptor;
import com.parashift.alfstream.protocol.NodeSnapshot;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The Share cache invalidation against a real HTTP endpoint on 127.0.0.1: what it posts, which answers it retries,
 * and that the token never reaches the log.
 */
class ShareCacheInvalidatorTest {

    private static final String TOKEN = "s3cret-t0ken-4711-9f2c61d0b7a84e35a1c2";
    private static final String DASHBOARD = "/Company Home/Sites/s/surf-config/pages/site/s/dashboard.xml";

    /** A request Share received: its method, path and JSON body. */
    private record Received(String method, String path, JsonNode body) {
    }

    private final ObjectMapper json = new ObjectMapper();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Queue<Integer> answers = new ConcurrentLinkedQueue<>();
    private HttpServer share;
    private final List<ShareCacheInvalidator> invalidators = new ArrayList<>();

    @BeforeAll
    static void captureTheLog() {
        CapturedLog.install();
    }

    @BeforeEach
    void startShare() throws IOException {
        CapturedLog.clear();
        share = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        share.createContext("/share/page/caches/clearcachepath", exchange -> {
            received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    json.readTree(exchange.getRequestBody())));
            Integer status = answers.poll();
            exchange.sendResponseHeaders(status == null ? 200 : status, -1);
            exchange.close();
        });
        share.start();
    }

    @AfterEach
    void stop() {
        invalidators.forEach(ShareCacheInvalidator::close);
        share.stop(0);
        assertTokenNeverLogged();
    }

    private String shareUrl() {
        return "http://127.0.0.1:" + share.getAddress().getPort() + "/share/";
    }

    private ShareCacheInvalidator invalidator(String url, String token, int attempts) {
        ShareCacheInvalidator invalidator = new ShareCacheInvalidator(url, token, attempts, Duration.ofMillis(20));
        invalidators.add(invalidator);
        return invalidator;
    }

    private static NodeSnapshot node(String parentPath, String name, boolean content) {
        return new NodeSnapshot("u-" + name, "p", parentPath, name, content ? "cm:content" : "cm:folder", List.of(),
                Map.of(), content ? new ContentDescriptor(5, "text/xml", "UTF-8", "ab".repeat(32), null) : null,
                null, List.of());
    }

    private static NodeSnapshot dashboard() {
        return node("/Company Home/Sites/s/surf-config/pages/site/s", "dashboard.xml", true);
    }

    private static void waitFor(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("expected within 60 s: " + what + "; log: " + CapturedLog.lines());
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted waiting for " + what);
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted waiting for " + what);
            }
        }
    }

    private static Supplier<Boolean> logged(String token) {
        return () -> CapturedLog.lines().stream().anyMatch(line -> line.contains(token));
    }

    private static void assertTokenNeverLogged() {
        List<String> lines = CapturedLog.lines();
        assertFalse(lines.stream().anyMatch(line -> line.contains(TOKEN) || line.contains("4711")),
                "the token leaked into the log: " + lines);
    }

    @Test
    void postsThePathAndTheTokenAsJsonToClearCachePath() {
        invalidator(shareUrl(), TOKEN, 3).applied(dashboard());

        waitFor("one request", () -> received.size() == 1);
        Received request = received.get(0);
        assertEquals("POST", request.method());
        assertEquals("/share/page/caches/clearcachepath", request.path());
        assertEquals(DASHBOARD, request.body().get("path").asText());
        assertEquals(TOKEN, request.body().get("token").asText());
        waitFor("SHARE-CACHE-CLEARED logged", logged("SHARE-CACHE-CLEARED")::get);
    }

    @Test
    void onlyDocumentsUnderSurfConfigAreSent() {
        ShareCacheInvalidator invalidator = invalidator(shareUrl(), TOKEN, 3);
        invalidator.applied(node("/Company Home/Sites/s/documentLibrary", "a.txt", true));
        invalidator.applied(node("/Company Home/Sites/s/surf-config/pages/site", "s", false));
        invalidator.applied(dashboard());

        waitFor("the dashboard's request", () -> received.size() == 1);
        assertEquals(DASHBOARD, received.get(0).body().get("path").asText());
        // the executor runs in order: once the dashboard is through, nothing else was queued
        waitFor("SHARE-CACHE-CLEARED logged", logged("SHARE-CACHE-CLEARED")::get);
        assertEquals(1, received.size());
    }

    @Test
    void shareBeingUnavailableIsRetriedUntilItAnswers() {
        answers.add(503);
        answers.add(503);
        invalidator(shareUrl(), TOKEN, 5).applied(dashboard());

        waitFor("three requests", () -> received.size() == 3);
        waitFor("SHARE-CACHE-CLEARED logged", logged("SHARE-CACHE-CLEARED")::get);
        assertEquals(2, CapturedLog.lines().stream().filter(l -> l.contains("SHARE-CACHE-RETRY")).count());
        received.forEach(r -> assertEquals(TOKEN, r.body().get("token").asText()));
    }

    @Test
    void aRefusedTokenIsNotRetried() {
        answers.add(403);
        invalidator(shareUrl(), TOKEN, 5).applied(dashboard());

        waitFor("SHARE-CACHE-REFUSED logged", logged("SHARE-CACHE-REFUSED")::get);
        assertEquals(1, received.size());
        assertTrue(CapturedLog.lines().stream().anyMatch(l -> l.contains("SHARE-CACHE-REFUSED") && l.contains("403")
                && l.contains("alfstream.sync.sharetoken")), CapturedLog.lines().toString());
        assertFalse(CapturedLog.lines().stream().anyMatch(l -> l.contains("SHARE-CACHE-RETRY")));
    }

    @Test
    void anUnreachableShareIsRetriedThenGivenUpWithoutFailingTheApply() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            closedPort = socket.getLocalPort();
        }
        ShareCacheInvalidator invalidator = invalidator("http://127.0.0.1:" + closedPort + "/share", TOKEN, 3);

        invalidator.applied(dashboard()); // returns at once: the apply is never held up or failed

        waitFor("SHARE-CACHE-GAVE-UP logged", logged("SHARE-CACHE-GAVE-UP")::get);
        assertEquals(2, CapturedLog.lines().stream().filter(l -> l.contains("SHARE-CACHE-RETRY")).count());
        assertTrue(CapturedLog.lines().stream().anyMatch(l -> l.contains("SHARE-CACHE-GAVE-UP") && l.contains("after 3")),
                CapturedLog.lines().toString());
    }

    @Test
    void withoutAUsableTokenShareIsNeverCalledAndOneStartUpLineSaysHowToSetIt() {
        for (String bad : new String[] {"", "   ", ShareCacheInvalidator.OLD_DEFAULT_TOKEN, "x".repeat(31),
                "ALFSTREAM-DEFAULT-TOKEN"}) {
            CapturedLog.clear();
            ShareCacheInvalidator invalidator = invalidator(shareUrl(), bad, 1);
            List<String> lines = CapturedLog.lines().stream().filter(l -> l.contains("SHARE-TOKEN-UNSET")).toList();
            assertEquals(1, lines.size(), "token '" + bad + "': " + CapturedLog.lines());
            assertTrue(lines.get(0).startsWith("WARN") && lines.get(0).contains("alfstream.sync.sharetoken")
                    && lines.get(0).contains("at least 32"), lines.get(0));
            invalidator.applied(dashboard());
        }
        CapturedLog.clear();
        invalidator(shareUrl(), TOKEN, 1);
        assertFalse(logged("SHARE-TOKEN-UNSET").get(), "a token of 32 characters or more is used");
        assertEquals(0, received.size(), "Share was called without a usable token");
    }

    @Test
    void aShareUrlThatIsNoHttpUrlIsRefusedNamingTheProperty() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ShareCacheInvalidator("localhost:8080/share", TOKEN, 3, Duration.ofMillis(1)));
        assertTrue(e.getMessage().startsWith("alfstream.sync.shareurl"), e.getMessage());
    }

    @Test
    void closingDoesNotWaitForAPendingRetry() {
        answers.add(503);
        ShareCacheInvalidator invalidator = new ShareCacheInvalidator(shareUrl(), TOKEN, 5, Duration.ofMinutes(10));
        invalidator.applied(dashboard());
        waitFor("SHARE-CACHE-RETRY logged", logged("SHARE-CACHE-RETRY")::get);

        long started = System.nanoTime();
        invalidator.close();

        assertTrue(System.nanoTime() - started < Duration.ofSeconds(5).toNanos(), "close waited for the retry");
        assertEquals(1, received.size());
    }

    @Test
    void anApplyDuringShutdownIsNotFailedByTheInvalidator() {
        ShareCacheInvalidator invalidator = invalidator(shareUrl(), TOKEN, 3);
        invalidator.close();

        invalidator.applied(dashboard());

        assertTrue(logged("SHARE-CACHE-SKIPPED").get(), CapturedLog.lines().toString());
        assertEquals(0, received.size());
    }
}
