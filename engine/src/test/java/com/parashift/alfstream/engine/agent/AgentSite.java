package com.parashift.alfstream.engine.agent;

import com.parashift.alfstream.engine.client.RepositoryClient;
import com.parashift.alfstream.engine.config.EngineSettings;
import com.parashift.alfstream.engine.cursor.SyncStore;
import com.parashift.alfstream.engine.event.SyncEvents;
import com.parashift.alfstream.testkit.repository.LocalEdits;
import com.parashift.alfstream.testkit.repository.ReferenceRepository;
import com.parashift.alfstream.testkit.server.EngineConfig;
import com.parashift.alfstream.testkit.server.ReferenceServer;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Two reference servers on loopback and an agent between them that the test polls by hand, one poll at a time,
 * on a clock it moves itself. The agent's store can be closed and opened again, as a restart does. A JUnit
 * extension: {@code @RegisterExtension final AgentSite site = new AgentSite();} gives each test a fresh site in a
 * folder of its own, closed and removed after it.
 */
final class AgentSite implements BeforeEachCallback, AfterEachCallback {

    static final String USER = "sync";
    static final String PASSWORD = "s3cret-Pa55";

    ReferenceServer a;
    ReferenceServer b;
    final TestClock clock = new TestClock();
    private Path tmp;
    private final List<AutoCloseable> open = new ArrayList<>();
    EngineSettings settings;
    SyncStore store;
    SyncAgent agent;

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        tmp = Files.createTempDirectory("agent-site");
        a = server("A");
        b = server("B");
    }

    private ReferenceServer server(String id) throws Exception {
        Path data = tmp.resolve(id);
        ReferenceServer server = new ReferenceServer(new ReferenceRepository(id, data), data, 0, USER, PASSWORD);
        open.add(server);
        return server;
    }

    /** Starts the agent A to B with these settings (retry.delay 1000, retry.maxDelay 8000 unless given). */
    SyncAgent start(Map<String, String> extra) {
        configure(extra);
        return start(SyncStore.open(settings.persistFile()));
    }

    /** The settings of the next start. */
    void configure(Map<String, String> extra) {
        Map<String, String> config = EngineConfig.between(a, b, USER, PASSWORD);
        config.put(EngineSettings.PERSIST_FILE, tmp.resolve("persist/state").toString());
        config.put(EngineSettings.RETRY_DELAY, "1000");
        config.put(EngineSettings.RETRY_MAX_DELAY, "8000");
        config.putAll(extra);
        settings = EngineSettings.from(config, tmp);
    }

    /** Starts the agent on the given store, with the settings of the last start. */
    SyncAgent start(SyncStore opened) {
        store = opened;
        RepositoryClient local = new RepositoryClient(settings.local(), Duration.ofSeconds(10));
        RepositoryClient remote = new RepositoryClient(settings.remote(), Duration.ofSeconds(10));
        open.add(local);
        open.add(remote);
        open.add(store);
        agent = new SyncAgent(settings, local, remote, store, SyncEvents.NONE, clock);
        return agent;
    }

    /** Polls once after the longest backoff, so that every retry that is due runs. */
    void pollLater() {
        clock.advanceMillis(10_000);
        agent.poll();
    }

    /** Restarts B on the same port and data, taking {@code password} for the sync user from now on. */
    void restartB(String password) throws Exception {
        int port = b.port();
        b.close();
        b = new ReferenceServer(b.repository(), tmp.resolve("B"), port, USER, password);
        open.add(b);
    }

    String syncedFolder(String name) {
        LocalEdits edit = a.repository().edit();
        String folder = edit.createFolder(a.repository().rootUuid(), name);
        edit.beginSync(folder);
        return folder;
    }

    boolean onB(String path) {
        return b.repository().findByPath(path).isPresent();
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
        open.clear();
        try (Stream<Path> paths = Files.walk(tmp)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** A client closed with the site. */
    RepositoryClient client(com.parashift.alfstream.engine.config.Endpoint endpoint) {
        RepositoryClient client = new RepositoryClient(endpoint, Duration.ofSeconds(10));
        open.add(client);
        return client;
    }
}
