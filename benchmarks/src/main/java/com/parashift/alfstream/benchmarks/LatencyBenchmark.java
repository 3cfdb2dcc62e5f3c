package com.parashift.alfstream.benchmarks;

import com.parashift.alfstream.engine.SyncEngine;
import com.parashift.alfstream.protocol.NodeSnapshot;
import com.parashift.alfstream.protocol.PropertyValue;
import com.parashift.alfstream.testkit.repository.LocalEdits;
import com.parashift.alfstream.testkit.repository.ReferenceRepository;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Predicate;

/**
 * Change-to-replica delay: with the engine running and idle, single edits are made on A at irregular intervals
 * (so they fall anywhere in the poll period), in turn a new document, a property change and a content change;
 * the delay is measured from just before the edit until B's repository object shows it, polled in-process
 * every 0.2 ms. Prints median, p90 and max.
 */
final class LatencyBenchmark {

    static final double TARGET_MEDIAN_MS = 1_000;
    private static final String TITLE = "cm:title";

    private final PrintStream out;
    private final Path data;
    private final int changes;
    private final Map<String, String> settings;

    LatencyBenchmark(PrintStream out, Path data, int changes, Map<String, String> settings) {
        this.out = out;
        this.data = data;
        this.changes = changes;
        this.settings = settings;
    }

    boolean run() throws Exception {
        try (Site site = Site.start(data, "latency")) {
            ReferenceRepository a = site.repositoryA();
            ReferenceRepository b = site.repositoryB();
            LocalEdits edit = a.edit();
            String folder = edit.createFolder(a.rootUuid(), "Latency");
            edit.beginSync(folder);
            try (SyncEngine engine = site.startEngine(settings)) {
                Figures.awaitNanos("the folder on B", () -> b.read(folder).isPresent(), 60_000, 1_000_000);
                Thread.sleep(1_000);
                double[] delays = measure(edit, b, folder);
                out.println(Figures.format("  %d edits on A, one at a time, 50-300 ms apart; poll interval %s ms;"
                                + " error queue %d", changes, settings.getOrDefault("alfstream.sync.poll.interval",
                                "500 (default)"), engine.errorQueue().items().size()));
                double median = Figures.percentile(delays, 50);
                return Figures.result(out, "latency", Figures.format("%d changes, median %.0f ms, p90 %.0f ms, max"
                                + " %.0f ms", changes, median, Figures.percentile(delays, 90), Figures.max(delays)),
                        Figures.format("median < %.0f ms", TARGET_MEDIAN_MS), median < TARGET_MEDIAN_MS);
            }
        }
    }

    private double[] measure(LocalEdits edit, ReferenceRepository b, String folder) throws InterruptedException {
        double[] delays = new double[changes];
        Random random = new Random(42);
        String document = null;
        for (int i = 0; i < changes; i++) {
            Thread.sleep(50 + random.nextInt(251));
            long start = System.nanoTime();
            Predicate<NodeSnapshot> arrived;
            if (document == null || i % 3 == 0) {
                document = edit.createFile(folder, "note-" + i + ".txt", bytes("note " + i));
                arrived = node -> true;
            } else if (i % 3 == 1) {
                String title = "edit " + i;
                edit.setProperty(document, TITLE, PropertyValue.of("d:text", title));
                arrived = node -> Optional.ofNullable(node.properties().get(TITLE))
                        .map(v -> title.equals(v.value())).orElse(false);
            } else {
                byte[] content = bytes("content " + i);
                edit.updateContent(document, content);
                long size = content.length;
                arrived = node -> node.content() != null && node.content().size() == size;
            }
            String uuid = document;
            long seen = Figures.awaitNanos("change " + i + " on B", () -> b.read(uuid).filter(arrived).isPresent(),
                    120_000, 200_000);
            delays[i] = (seen - start) / 1e6;
        }
        return delays;
    }

    private static byte[] bytes(String text) {
        return (text + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
