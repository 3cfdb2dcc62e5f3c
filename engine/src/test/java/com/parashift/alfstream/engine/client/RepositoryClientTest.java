package com.parashift.alfstream.engine.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.parashift.alfstream.engine.config.Endpoint;
import com.parashift.alfstream.protocol.ChangeBatch;
import com.parashift.alfstream.protocol.ErrorBody;
import com.parashift.alfstream.protocol.IdRange;
import com.parashift.alfstream.protocol.Protocol;
import com.parashift.alfstream.testkit.content.GeneratedContent;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The client against real HTTP servers on loopback that answer as a repository would, or refuse to. */
class RepositoryClientTest {

    private static final String USER = "sync";
    private static final String PASSWORD = "Pa55-w0rd-never-shown";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<AutoCloseable> open = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
    }

    @Test
    void refusedCredentialsNameTheUserButNeverThePassword() {
        for (int code : new int[] {401, 403}) {
            RepositoryClient client = client("remote", server(Protocol.STATUS, exchange ->
                    send(exchange, code, "text/html", "<html><body>Unauthorized</body></html>")));

            PeerException e = assertThrows(PeerException.class, client::status);

            assertEquals(code, e.status());
            assertTrue(e.getMessage().contains("refused the credentials of user '" + USER + "'"), e.getMessage());
            assertTrue(e.getMessage().startsWith("remote repository http://127.0.0.1:"), e.getMessage());
            assertNoSecret(e.getMessage());
        }
    }

    @Test
    void aRepositoryThatIsDownIsUnreachableWithStatusZero() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        RepositoryClient client = client("local", "http://127.0.0.1:" + port + "/alfresco");

        PeerException e = assertThrows(PeerException.class, client::status);

        assertEquals(0, e.status());
        assertTrue(e.getMessage().contains("local repository http://127.0.0.1:" + port + "/alfresco unreachable"),
                e.getMessage());
        assertFalse(e.isAboutTheItem());
        assertNoSecret(e.getMessage());
    }

    @Test
    void theMessageOfAnErrorBodyIsPassedOn() {
        String url = server(Protocol.APPLY, exchange -> send(exchange, 409, Protocol.JSON,
                JSON.writeValueAsString(new ErrorBody(409, "parent of 'plan.txt' does not exist here"))));
        RepositoryClient client = client("remote", url);

        PeerException e = assertThrows(PeerException.class,
                () -> client.apply(new com.parashift.alfstream.protocol.ApplyRequest(Protocol.VERSION, "A", List.of())));

        assertEquals(409, e.status());
        assertTrue(e.isAboutTheItem());
        assertTrue(e.getMessage().endsWith("answered 409 to POST /alfresco" + Protocol.APPLY
                + ": parent of 'plan.txt' does not exist here"), e.getMessage());
    }

    @Test
    void aPlainTextErrorIsPassedOnToo() {
        RepositoryClient client = client("local", server(Protocol.STATUS, exchange ->
                send(exchange, 500, "text/plain", "  the database is down\n")));

        PeerException e = assertThrows(PeerException.class, client::status);

        assertEquals(500, e.status());
        assertFalse(e.isAboutTheItem());
        assertTrue(e.getMessage().endsWith(": the database is down"), e.getMessage());
    }

    @Test
    void aChangesRequestCarriesTheCursorHolesLimitOriginToExcludeAndBasicAuth() throws Exception {
        AtomicReference<URI> asked = new AtomicReference<>();
        AtomicReference<String> authorization = new AtomicReference<>();
        RepositoryClient client = client("local", server(Protocol.CHANGES, exchange -> {
            asked.set(exchange.getRequestURI());
            authorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
            send(exchange, 200, Protocol.JSON, JSON.writeValueAsString(new ChangeBatch(Protocol.VERSION, 42, true, List.of())));
        }));

        ChangeBatch batch = client.changes(17, List.of(new IdRange(3, 5), new IdRange(9, 9)), 250, "B");

        assertEquals(42, batch.high());
        assertTrue(batch.hasMore());
        String query = URLDecoder.decode(asked.get().getRawQuery(), StandardCharsets.UTF_8);
        assertEquals("after=17&limit=250&exclude-origin=B&holes=3-5,9", query);
        assertEquals("Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)),
                authorization.get());
    }

    @Test
    void anAnswerThatIsNotTheExpectedJsonIsA502NamingWhatWasExpected() {
        RepositoryClient client = client("remote", server(Protocol.STATUS, exchange ->
                send(exchange, 200, "text/html", "<html>Alfresco login page</html>")));

        PeerException e = assertThrows(PeerException.class, client::status);

        assertEquals(502, e.status());
        assertTrue(e.getMessage().contains("is not a Status"), e.getMessage());
    }

    @Test
    void isStagedAsksTheTarget() {
        String sha = "a".repeat(64);
        AtomicBoolean staged = new AtomicBoolean();
        RepositoryClient client = client("remote", server(Protocol.STAGING, exchange ->
                send(exchange, staged.get() ? 204 : 404, null, null)));

        assertFalse(client.isStaged(sha));
        staged.set(true);
        assertTrue(client.isStaged(sha));
    }

    @Test
    void contentIsStreamedFromSourceToTargetStagingWithTheTargetsCredentials() throws Exception {
        long size = 4L * 1024 * 1024;
        String sha = sha256(new GeneratedContent(size, 11));
        CountDownLatch targetReceiving = new CountDownLatch(1);
        AtomicBoolean streamed = new AtomicBoolean();
        String source = server(Protocol.CONTENT, exchange -> {
            exchange.getResponseHeaders().set(Protocol.SHA256_HEADER, sha);
            exchange.sendResponseHeaders(200, size);
            try (InputStream content = new GeneratedContent(size, 11); OutputStream out = exchange.getResponseBody()) {
                copy(content, out, size / 2);
                out.flush();
                // the rest only once the target has bytes: a client that buffered the whole file would wait here
                streamed.set(await(targetReceiving));
                copy(content, out, size - size / 2);
            }
        });
        AtomicReference<String> stagedAs = new AtomicReference<>();
        AtomicReference<String> receivedSha = new AtomicReference<>();
        AtomicLong receivedBytes = new AtomicLong();
        AtomicReference<String> targetAuth = new AtomicReference<>();
        String target = server(Protocol.STAGING, exchange -> {
            stagedAs.set(exchange.getRequestURI().getPath());
            targetAuth.set(exchange.getRequestHeaders().getFirst("Authorization"));
            MessageDigest digest = sha256Digest();
            try (InputStream in = new DigestInputStream(exchange.getRequestBody(), digest)) {
                byte[] buffer = new byte[8192];
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    receivedBytes.addAndGet(n);
                    targetReceiving.countDown();
                }
            }
            receivedSha.set(HexFormat.of().formatHex(digest.digest()));
            send(exchange, 204, null, null);
        });
        RepositoryClient from = client("local", source);
        RepositoryClient to = new RepositoryClient(new Endpoint("remote", URI.create(target), "target-user", "t-pass"),
                Duration.ofSeconds(30));
        open.add(to);

        from.copyContent("node-1", null, sha, size, to);

        assertTrue(streamed.get(), "the target received bytes before the source had sent them all");
        assertEquals("/alfresco" + Protocol.STAGING + sha, stagedAs.get());
        assertEquals(size, receivedBytes.get());
        assertEquals(sha, receivedSha.get());
        assertEquals("Basic " + Base64.getEncoder().encodeToString("target-user:t-pass".getBytes(StandardCharsets.UTF_8)),
                targetAuth.get());
    }

    @Test
    void contentThatChangedSinceItWasListedIsNotStaged() {
        String listed = "b".repeat(64);
        String source = server(Protocol.CONTENT, exchange -> {
            exchange.getResponseHeaders().set(Protocol.SHA256_HEADER, "c".repeat(64));
            send(exchange, 200, "application/octet-stream", "newer bytes");
        });
        AtomicInteger puts = new AtomicInteger();
        String target = server(Protocol.STAGING, exchange -> {
            puts.incrementAndGet();
            send(exchange, 204, null, null);
        });
        RepositoryClient from = client("local", source);
        RepositoryClient to = client("remote", target);

        PeerException e = assertThrows(PeerException.class, () -> from.copyContent("node-2", null, listed, 11, to));

        assertEquals(409, e.status());
        assertTrue(e.getMessage().contains("changed since it was listed"), e.getMessage());
        assertEquals(0, puts.get(), "nothing was sent to the target");
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    @FunctionalInterface
    private interface Handler {
        void handle(HttpExchange exchange) throws IOException;
    }

    /** A server answering everything below the path prefix; returns the repository URL to configure. */
    private String server(String pathPrefix, Handler handler) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
            ExecutorService executor = Executors.newCachedThreadPool();
            HttpHandler wrapped = exchange -> {
                try (exchange) {
                    handler.handle(exchange);
                }
            };
            server.createContext("/alfresco" + pathPrefix, wrapped);
            server.setExecutor(executor);
            server.start();
            open.add(() -> {
                server.stop(0);
                executor.shutdownNow();
            });
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/alfresco";
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private RepositoryClient client(String name, String url) {
        RepositoryClient client = new RepositoryClient(new Endpoint(name, URI.create(url), USER, PASSWORD),
                Duration.ofSeconds(30));
        open.add(client);
        return client;
    }

    private static void send(HttpExchange exchange, int code, String type, String body) throws IOException {
        if (body == null) {
            exchange.sendResponseHeaders(code, -1);
            return;
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(code, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void copy(InputStream in, OutputStream out, long count) throws IOException {
        byte[] buffer = new byte[8192];
        for (long left = count; left > 0; ) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            out.write(buffer, 0, n);
            left -= n;
        }
    }

    private static boolean await(CountDownLatch latch) {
        try {
            return latch.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String sha256(InputStream in) throws IOException {
        MessageDigest digest = sha256Digest();
        try (InputStream digesting = new DigestInputStream(in, digest)) {
            digesting.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertNoSecret(String message) {
        assertFalse(message.contains(PASSWORD), "the password leaked: " + message);
        assertFalse(message.contains(Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8))),
                "the credentials leaked: " + message);
    }
}
