package com.parashift.alfstream.e2e;

import com.parashift.alfstream.testkit.Await;
import com.parashift.alfstream.testkit.repository.ReferenceRepository;
import com.parashift.alfstream.testkit.server.EngineConfig;
import com.parashift.alfstream.testkit.server.ReferenceServer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Reference repositories on loopback and real Karafs syncing them, cleaned up together. */
final class SyncSetup implements AutoCloseable {

    static final String USER = "alfstream-sync";
    static final String PASSWORD = "Not-The-Default-7";
    static final Duration SYNC = Duration.ofMinutes(3);

    private final Path work;
    private final List<AutoCloseable> open = new ArrayList<>();

    SyncSetup(String testName) throws IOException {
        this.work = Path.of(System.getProperty("e2e.work")).resolve(testName + "-" + System.nanoTime());
        Files.createDirectories(work);
    }

    Path work() {
        return work;
    }

    ReferenceServer repository(String id) throws IOException {
        return repository(id, ReferenceServer.Settings.DEFAULT);
    }

    ReferenceServer repository(String id, ReferenceServer.Settings settings) throws IOException {
        Path data = work.resolve("repo-" + id);
        ReferenceServer server = new ReferenceServer(new ReferenceRepository(id, data), data, 0, USER, PASSWORD, settings);
        open.add(server);
        return server;
    }

    /** A Karaf with the KAR in deploy/, configured to sync local to remote; not started yet. */
    Karaf karaf(String name, ReferenceServer local, ReferenceServer remote, Map<String, String> extra) throws IOException {
        Karaf karaf = new Karaf(work.resolve("karaf-" + name));
        karaf.configure(config(local, remote, extra));
        karaf.deployKar();
        open.add(karaf);
        return karaf;
    }

    /** A Karaf on each side, agent a-to-b on A's and b-to-a on B's, both started and their engines running. */
    List<Karaf> twoWay(ReferenceServer a, ReferenceServer b) throws IOException {
        Karaf karafA = karaf("a", a, b, Map.of("alfstream.sync.agent", "a-to-b"));
        Karaf karafB = karaf("b", b, a, Map.of("alfstream.sync.agent", "b-to-a"));
        karafA.start();
        karafB.start();
        karafA.awaitEngineStarted(0);
        karafB.awaitEngineStarted(0);
        return List.of(karafA, karafB);
    }

    static Map<String, String> config(ReferenceServer local, ReferenceServer remote, Map<String, String> extra) {
        Map<String, String> config = EngineConfig.between(local, remote, USER, PASSWORD);
        config.put("alfstream.sync.persist.file", "persist/alfstream-sync");
        config.put("alfstream.sync.poll.interval", "200");
        config.put("retry.delay", "200");
        config.put("retry.maxDelay", "2000");
        config.putAll(extra);
        return config;
    }

    static void awaitSameTree(ReferenceRepository a, ReferenceRepository b, String what) {
        Await.until(what, () -> a.describeTree(a.rootUuid()).equals(b.describeTree(b.rootUuid())), SYNC,
                () -> "A has " + a.describeTree(a.rootUuid()).size() + " nodes, B has "
                        + b.describeTree(b.rootUuid()).size() + "; first difference: " + firstDifference(a, b));
    }

    private static String firstDifference(ReferenceRepository a, ReferenceRepository b) {
        Map<String, String> ta = a.describeTree(a.rootUuid());
        Map<String, String> tb = b.describeTree(b.rootUuid());
        for (Map.Entry<String, String> e : ta.entrySet()) {
            if (!e.getValue().equals(tb.get(e.getKey()))) {
                return e.getKey() + " A=" + e.getValue() + " B=" + tb.get(e.getKey());
            }
        }
        return tb.keySet().stream().filter(k -> !ta.containsKey(k)).findFirst().map(k -> k + " only on B").orElse("none");
    }

    static void assertAppliedOnce(ReferenceRepository target) {
        Map<String, Integer> twice = new LinkedHashMap<>();
        target.appliedCounts().forEach((change, n) -> {
            if (n > 1) {
                twice.put(change, n);
            }
        });
        if (!twice.isEmpty()) {
            throw new AssertionError("changes applied more than once on " + target.instanceId() + ": " + twice);
        }
    }

    /** Stops everything, then deletes the work folder (Karaf copies, repositories, large files) unless -De2e.keep=true. */
    @Override
    public void close() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
        if (!Boolean.getBoolean("e2e.keep")) {
            try (Stream<Path> paths = Files.walk(work)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }
}
