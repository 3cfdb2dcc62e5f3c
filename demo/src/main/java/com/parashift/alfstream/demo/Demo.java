package com.parashift.alfstream.demo;

import com.parashift.alfstream.engine.SyncEngine;
import com.parashift.alfstream.engine.config.EngineSettings;
import com.parashift.alfstream.engine.event.SyncEvents;
import com.parashift.alfstream.testkit.content.GeneratedContent;
import com.parashift.alfstream.testkit.repository.LocalEdits;
import com.parashift.alfstream.testkit.repository.ReferenceRepository;
import com.parashift.alfstream.testkit.server.EngineConfig;
import com.parashift.alfstream.testkit.server.ReferenceServer;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The main job on the embedded default: repositories A and B on loopback, a sample tree on A brought under sync,
 * the engine moving it to B, progress while it runs, and a check that both sides hold the same tree and bytes.
 * Exits 0 when they do, 1 when they do not within the time limit.
 */
public final class Demo {

    private static final long TIME_LIMIT_MS = 5 * 60_000;

    private Demo() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = System.out;
        Path data = Path.of(args.length > 0 ? args[0] : "demo-data").toAbsolutePath();
        freshDataFolder(data);
        String password = HexFormat.of().formatHex(new SecureRandom().generateSeed(12));
        try (ReferenceServer a = new ReferenceServer(new ReferenceRepository("A", data.resolve("a")), data.resolve("a"), 0, "sync", password);
             ReferenceServer b = new ReferenceServer(new ReferenceRepository("B", data.resolve("b")), data.resolve("b"), 0, "sync", password)) {
            out.println("Alfstream Sync demo: repository A at " + a.url() + ", repository B at " + b.url());
            int nodes = sampleTree(a.repository());
            out.println("A: sample tree of " + nodes + " nodes under /Company Home/Sales, brought under sync");

            AtomicLong imported = new AtomicLong();
            SyncEvents events = (type, agent, id, paths) -> {
                if (type == SyncEvents.Type.IMPORTED) {
                    imported.addAndGet(paths.size());
                }
            };
            long started = System.currentTimeMillis();
            try (SyncEngine engine = SyncEngine.start(EngineSettings.from(settings(a, b, password, data), data), events)) {
                boolean same = false;
                while (!same && System.currentTimeMillis() - started < TIME_LIMIT_MS) {
                    Thread.sleep(250);
                    same = tree(a).equals(tree(b));
                    out.printf("  progress: %d of %d nodes on B%n", tree(b).size(), nodes);
                }
                long seconds = Math.max(1, (System.currentTimeMillis() - started) / 1000);
                if (!same) {
                    out.println("NOT IDENTICAL after " + seconds + " s: A has " + tree(a).size() + " nodes, B has " + tree(b).size());
                    System.exit(1);
                }
                out.println("IDENTICAL: A and B hold the same " + nodes + " nodes (same UUIDs, names, types and"
                        + " SHA-256 of every file) after " + seconds + " s; " + imported.get()
                        + " changes imported; error queue: "
                        + engine.errorQueue().items().size() + " items");
                out.println("alfstream:verify '/Company Home/Sales' (both sides compared page by page):");
                out.println("  " + engine.verify("/Company Home/Sales", false).replace("\n", "\n  "));
            }
        }
    }

    private static SortedMap<String, String> tree(ReferenceServer server) {
        return server.repository().describeTree(server.repository().rootUuid());
    }

    /** A sales department's folder: regions, quarters, small documents, a zero-byte file, non-ASCII names, a large file. */
    private static int sampleTree(ReferenceRepository repository) {
        LocalEdits edit = repository.edit();
        String sales = edit.createFolder(repository.rootUuid(), "Sales");
        int count = 1;
        for (String region : new String[]{"Europe", "Amériques", "日本"}) {
            String regionFolder = edit.createFolder(sales, region);
            count++;
            for (int quarter = 1; quarter <= 4; quarter++) {
                String folder = edit.createFolder(regionFolder, "Q" + quarter);
                count++;
                for (int i = 1; i <= 25; i++) {
                    String text = "Report " + i + " for " + region + " Q" + quarter + "\n";
                    edit.createFile(folder, "report-" + i + ".txt", text.getBytes(StandardCharsets.UTF_8));
                    count++;
                }
            }
        }
        edit.createFile(sales, "empty.txt", new byte[0]);
        edit.createFile(sales, "Kundenübersicht – café.csv", "name;city\nMüller;Zürich\n".getBytes(StandardCharsets.UTF_8));
        edit.createFile(sales, "catalogue.pdf", new GeneratedContent(20L * 1024 * 1024, 7), "application/pdf");
        edit.beginSync(sales);
        return count + 3;
    }

    private static Map<String, String> settings(ReferenceServer a, ReferenceServer b, String password, Path data) {
        Map<String, String> settings = EngineConfig.between(a, b, "sync", password);
        settings.put(EngineSettings.PERSIST_FILE, data.resolve("persist/alfstream-sync").toString());
        return settings;
    }

    /** Starts from an empty data folder: removes one that an earlier demo run made, refuses any other. */
    private static void freshDataFolder(Path root) throws IOException {
        Path marker = root.resolve(".alfstream-demo");
        if (Files.exists(root)) {
            boolean empty;
            try (var entries = Files.list(root)) {
                empty = entries.findAny().isEmpty();
            }
            if (!empty && !Files.exists(marker)) {
                throw new IllegalArgumentException(root + " exists and was not made by the demo; name another folder");
            }
            try (var paths = Files.walk(root)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        Files.createDirectories(root);
        Files.createFile(marker);
    }
}
