package com.parashift.alfstream.testkit.server;

import com.parashift.alfstream.protocol.ApplyRequest;
import com.parashift.alfstream.protocol.ErrorBody;
import com.parashift.alfstream.protocol.Protocol;
import com.parashift.alfstream.protocol.ResendRequest;
import com.parashift.alfstream.protocol.StateRequest;
import com.parashift.alfstream.repo.apply.ApplyHandler;
import com.parashift.alfstream.repo.apply.ApplyListener;
import com.parashift.alfstream.repo.notify.FailureNotifier;
import com.parashift.alfstream.repo.share.ShareCacheInvalidator;
import com.parashift.alfstream.repo.apply.StagingArea;
import com.parashift.alfstream.repo.export.ContentHandler;
import com.parashift.alfstream.repo.export.SnapshotExporter;
import com.parashift.alfstream.repo.http.Json;
import com.parashift.alfstream.repo.http.SyncException;
import com.parashift.alfstream.repo.journal.ChangesHandler;
import com.parashift.alfstream.repo.status.StatusHandler;
import com.parashift.alfstream.repo.verify.ResendHandler;
import com.parashift.alfstream.repo.verify.TreeHandler;
import com.parashift.alfstream.testkit.repository.ReferenceRepository;
import com.sun.net.httpserver.BasicAuthenticator;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Serves a reference repository over HTTP on loopback, at the same paths and through the same handlers as the
 * repository AMP's webscripts, behind basic auth.
 */
public class ReferenceServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ReferenceServer.class);

    private final ReferenceRepository repository;
    private final ChangesHandler changes;
    private final ContentHandler content;
    private final StagingArea staging;
    private final ApplyHandler apply;
    private final StatusHandler status;
    private final TreeHandler tree;
    private final ResendHandler resend;
    private final ShareCacheInvalidator shareCache;
    private final FailureNotifier failureMail;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(8);
    private final AtomicInteger applyRequests = new AtomicInteger();

    /**
     * What an Alfresco administrator sets in alfresco-global.properties, for the reference repository.
     *
     * @param shareUrl            {@code alfstream.sync.shareurl}; {@code null}: no Share to tell of dashboard changes
     * @param shareToken          {@code alfstream.sync.sharetoken}
     * @param createMissingPeople {@code alfstream.sync.people.create}
     * @param mailTo              {@code alfstream.sync.mail.to}: failure mail for nodes outside sites; empty for
     *                            the administrators
     */
    public record Settings(String shareUrl, String shareToken, boolean createMissingPeople, List<String> mailTo) {

        public static final Settings DEFAULT = new Settings(null, null, false, List.of());
    }

    /** How many apply requests this server has answered: what a test checks of how the engine batches. */
    public int applyRequests() {
        return applyRequests.get();
    }

    public ReferenceServer(ReferenceRepository repository, Path dataDirectory, int port, String user, String password)
            throws IOException {
        this(repository, dataDirectory, port, user, password, Settings.DEFAULT);
    }

    public ReferenceServer(ReferenceRepository repository, Path dataDirectory, int port, String user, String password,
                           Settings settings) throws IOException {
        this.repository = repository;
        this.changes = new ChangesHandler(repository, repository.directory(), new SnapshotExporter(repository, SnapshotExporter.DEFAULT_INLINE_LIMIT));
        this.content = new ContentHandler(repository);
        this.staging = new StagingArea(dataDirectory.resolve("staging"), Duration.ofHours(24));
        this.shareCache = settings.shareUrl() == null ? null
                : new ShareCacheInvalidator(settings.shareUrl(), settings.shareToken(), 5, Duration.ofMillis(200));
        this.apply = new ApplyHandler(repository, repository.directory(), staging,
                shareCache == null ? ApplyListener.NONE : shareCache, settings.createMissingPeople());
        this.failureMail = new FailureNotifier(repository, repository.directory(), settings.mailTo());
        this.status = new StatusHandler(repository);
        this.tree = new TreeHandler(repository);
        this.resend = new ResendHandler(repository);
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
        server.createContext("/alfresco" + Protocol.BASE_PATH + "/", this::handle)
                .setAuthenticator(new BasicAuthenticator("Alfresco") {
                    @Override
                    public boolean checkCredentials(String u, String p) {
                        return constantTimeEquals(u, user) & constantTimeEquals(p, password);
                    }
                });
        server.setExecutor(executor);
        server.start();
        LOG.info("REFERENCE-STARTED {} at {}", repository.instanceId(), url());
    }

    /** The repository URL, as {@code alfstream.local.url} / {@code alfstream.remote.url} take it. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/alfresco";
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public ReferenceRepository repository() {
        return repository;
    }

    /** One run of the failure mail job (in Alfresco, a scheduled job); returns how many mails it sent. */
    public int mailFailures() {
        return failureMail.run();
    }

    @Override
    public void close() {
        if (shareCache != null) {
            shareCache.close();
        }
        server.stop(0);
        executor.shutdownNow();
        LOG.info("REFERENCE-STOPPED {}", repository.instanceId());
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath().substring(("/alfresco" + Protocol.BASE_PATH).length());
            String method = exchange.getRequestMethod();
            Map<String, String> query = query(exchange.getRequestURI());
            try {
                route(exchange, method, path, query);
            } catch (SyncException e) {
                sendJson(exchange, e.status(), new ErrorBody(e.status(), e.getMessage()));
            } catch (RuntimeException e) {
                LOG.warn("REQUEST-FAILED {} {}: {}", method, path, e.toString());
                sendJson(exchange, 500, new ErrorBody(500, e.getClass().getSimpleName() + ": " + e.getMessage()));
            }
        }
    }

    private void route(HttpExchange exchange, String method, String path, Map<String, String> query) throws IOException {
        if (method.equals("GET") && path.equals("/changes")) {
            sendJson(exchange, 200, changes.changes(query.get("after"), query.get("holes"), query.get("limit"),
                    query.get("exclude-origin")));
        } else if (method.equals("GET") && path.equals("/status")) {
            sendJson(exchange, 200, status.status());
        } else if (method.equals("POST") && path.equals("/apply")) {
            applyRequests.incrementAndGet();
            sendJson(exchange, 200, apply.apply(Json.read(exchange.getRequestBody(), ApplyRequest.class)));
        } else if (method.equals("GET") && path.equals("/tree")) {
            sendJson(exchange, 200, tree.page(query.get("path"), query.get("root"), query.get("after"),
                    query.get("limit"), query.get("detail")));
        } else if (method.equals("POST") && path.equals("/resend")) {
            sendJson(exchange, 200, resend.resend(Json.read(exchange.getRequestBody(), ResendRequest.class)));
        } else if (method.equals("POST") && path.equals("/state")) {
            status.setState(Json.read(exchange.getRequestBody(), StateRequest.class));
            exchange.sendResponseHeaders(204, -1);
        } else if (method.equals("GET") && path.startsWith("/content/")) {
            sendContent(exchange, content.open(path.substring("/content/".length()), query.get(Protocol.VERSION_PARAMETER)));
        } else if (method.equals("PUT") && path.startsWith("/staging/")) {
            staging.stage(path.substring("/staging/".length()), exchange.getRequestBody());
            exchange.sendResponseHeaders(204, -1);
        } else if (method.equals("GET") && path.startsWith("/staging/")) {
            boolean has = staging.has(path.substring("/staging/".length()));
            exchange.sendResponseHeaders(has ? 204 : 404, -1);
        } else {
            throw SyncException.notFound("no endpoint " + method + " " + path);
        }
    }

    private static void sendContent(HttpExchange exchange, ContentHandler.Content found) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", found.descriptor().mimetype());
        exchange.getResponseHeaders().set(Protocol.SHA256_HEADER, found.descriptor().sha256());
        exchange.sendResponseHeaders(200, found.descriptor().size() == 0 ? -1 : found.descriptor().size());
        try (InputStream in = found.stream(); OutputStream out = exchange.getResponseBody()) {
            in.transferTo(out);
        }
    }

    private static void sendJson(HttpExchange exchange, int code, Object body) throws IOException {
        byte[] bytes = Json.bytes(body);
        exchange.getResponseHeaders().set("Content-Type", Protocol.JSON);
        exchange.sendResponseHeaders(code, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> params = new HashMap<>();
        String raw = uri.getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                params.put(key, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return params;
    }

    private static boolean constantTimeEquals(String given, String expected) {
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }
}
