package com.parashift.alfstream.benchmarks;

import com.parashift.alfstream.engine.SyncEngine;
import com.parashift.alfstream.engine.config.EngineSettings;
import com.parashift.alfstream.engine.event.SyncEvents;
import com.parashift.alfstream.testkit.repository.ReferenceRepository;
import com.parashift.alfstream.testkit.server.EngineConfig;
import com.parashift.alfstream.testkit.server.ReferenceServer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What every benchmark runs on: reference repositories A and B behind their HTTP servers on loopback, in a fresh
 * folder, and the engine syncing A to B over real HTTP, configured as an operator configures PID com.parashift.
 * Counts the paths of IMPORTED events, so a benchmark can wait for the engine without touching B's lock.
 */
final class Site implements AutoCloseable {

    private static final String USER = "sync";

    final ReferenceServer a;
    final ReferenceServer b;
    final AtomicLong imported = new AtomicLong();
    private final Path directory;
    private final String password = HexFormat.of().formatHex(new SecureRandom().generateSeed(12));

    private Site(Path directory) throws IOException {
        this.directory = directory;
        ReferenceServer first = new ReferenceServer(new ReferenceRepository("A", directory.resolve("a")),
                directory.resolve("a"), 0, USER, password);
        try {
            this.b = new ReferenceServer(new ReferenceRepository("B", directory.resolve("b")), directory.resolve("b"), 0,
                    USER, password);
        } catch (IOException | RuntimeException e) {
            first.close();
            throw e;
        }
        this.a = first;
    }

    /** Starts A and B in a new, empty folder below {@code parent}. */
    static Site start(Path parent, String name) throws IOException {
        Path directory = parent.resolve(name);
        delete(directory);
        Files.createDirectories(directory);
        return new Site(directory);
    }

    /** Starts the engine A -> B with the defaults of EngineSettings, overridden by {@code extra}. */
    SyncEngine startEngine(Map<String, String> extra) throws Exception {
        return startEngine(a, b, "persist/alfstream-sync", extra);
    }

    /** Starts the engine B -> A as well (two-way), its own agent with its own state. */
    SyncEngine startReverseEngine(Map<String, String> extra) throws Exception {
        Map<String, String> reverse = new java.util.HashMap<>(extra);
        reverse.put(EngineSettings.AGENT, "b-to-a");
        return startEngine(b, a, "persist/alfstream-sync-b-to-a", reverse);
    }

    private SyncEngine startEngine(ReferenceServer local, ReferenceServer remote, String persist,
                                   Map<String, String> extra) throws Exception {
        Map<String, String> settings = EngineConfig.between(local, remote, USER, password);
        settings.put(EngineSettings.PERSIST_FILE, directory.resolve(persist).toString());
        settings.putAll(extra);
        SyncEvents events = (type, agent, packageId, paths) -> {
            if (type == SyncEvents.Type.IMPORTED) {
                imported.addAndGet(paths.size());
            }
        };
        return SyncEngine.start(EngineSettings.from(settings, directory), events);
    }

    ReferenceRepository repositoryA() {
        return a.repository();
    }

    ReferenceRepository repositoryB() {
        return b.repository();
    }

    /** Both sides hold the same tree: same paths, UUIDs, types and SHA-256 of every file. */
    boolean identical() {
        return repositoryA().describeTree(repositoryA().rootUuid())
                .equals(repositoryB().describeTree(repositoryB().rootUuid()));
    }

    @Override
    public void close() throws IOException {
        try {
            a.close();
            b.close();
        } finally {
            delete(directory);
        }
    }

    private static void delete(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (var paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
