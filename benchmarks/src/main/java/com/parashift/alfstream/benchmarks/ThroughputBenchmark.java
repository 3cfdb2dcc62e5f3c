package com.parashift.alfstream.benchmarks;

import com.parashift.alfstream.engine.SyncEngine;
import com.parashift.alfstream.testkit.repository.LocalEdits;
import com.parashift.alfstream.testkit.repository.ReferenceRepository;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;

/**
 * Small documents: {@code docs} files of 1 to 4 KB in {@code folders} folders are created on A and brought under
 * sync (Begin Syncing); the clock runs from the engine's start until B has imported every node, and the two trees
 * are then checked identical. Repeated {@code rounds} times in this JVM, each on fresh repositories, so the first
 * (cold JIT) round can be told from the others.
 */
final class ThroughputBenchmark {

    static final double TARGET_DOCS_PER_SECOND = 1_000;

    private final PrintStream out;
    private final Path data;
    private final int docs;
    private final int folders;
    private final int rounds;
    private final Map<String, String> settings;

    ThroughputBenchmark(PrintStream out, Path data, int docs, int folders, int rounds, Map<String, String> settings) {
        this.out = out;
        this.data = data;
        this.docs = docs;
        this.folders = folders;
        this.rounds = rounds;
        this.settings = settings;
    }

    /** Runs the rounds, prints one line per round and a summary line; answers whether the target is met. */
    boolean run() throws Exception {
        double[] rates = new double[rounds];
        for (int round = 1; round <= rounds; round++) {
            rates[round - 1] = round(round);
        }
        double median = Figures.percentile(rates, 50);
        return Figures.result(out, "throughput-small", Figures.format("%d documents of 1-4 KB in %d folders,"
                        + " median of %d rounds %.0f docs/s (rounds: %s)", docs, folders, rounds, median,
                Arrays.toString(Arrays.stream(rates).mapToLong(Math::round).toArray())),
                Figures.format(">= %.0f docs/s", TARGET_DOCS_PER_SECOND), median >= TARGET_DOCS_PER_SECOND);
    }

    private double round(int round) throws Exception {
        try (Site site = Site.start(data, "throughput-" + round)) {
            long createStart = System.nanoTime();
            int nodes = createTree(site.repositoryA(), round);
            double createSeconds = (System.nanoTime() - createStart) / 1e9;

            long start = System.nanoTime();
            long caughtUp;
            try (HeapSampler heap = HeapSampler.start(); SyncEngine engine = site.startEngine(settings)) {
                caughtUp = Figures.awaitNanos("B to import " + nodes + " nodes", () -> site.imported.get() >= nodes,
                        600_000, 1_000_000);
                long identicalAt = Figures.awaitNanos("A and B to hold identical trees", site::identical, 60_000,
                        10_000_000);
                double seconds = (caughtUp - start) / 1e9;
                double rate = docs / seconds;
                out.println(Figures.format("  round %d: %d nodes created on A in %.1f s; engine moved them to B in"
                                + " %.2f s = %.0f docs/s (%.0f nodes/s); trees identical (checked %.2f s later);"
                                + " error queue %d; peak heap %d MB of %d MB", round, nodes, createSeconds, seconds,
                        rate, nodes / seconds, (identicalAt - caughtUp) / 1e9, engine.errorQueue().items().size(),
                        heap.peakMb(), HeapSampler.maxHeapMb()));
                return rate;
            }
        }
    }

    /** Creates the folders and documents on A and begins syncing them; answers the number of nodes to move. */
    private int createTree(ReferenceRepository a, int round) {
        LocalEdits edit = a.edit();
        String top = edit.createFolder(a.rootUuid(), "Throughput");
        String[] folderIds = new String[folders];
        for (int f = 0; f < folders; f++) {
            folderIds[f] = edit.createFolder(top, "folder-" + f);
        }
        Random random = new Random(round);
        for (int i = 0; i < docs; i++) {
            edit.createFile(folderIds[i % folders], "document-" + i + ".txt", text(random, 1024 + random.nextInt(3073)));
        }
        edit.beginSync(top);
        return 1 + folders + docs;
    }

    private static byte[] text(Random random, int size) {
        byte[] bytes = new byte[size];
        for (int i = 0; i < size; i++) {
            bytes[i] = (byte) (i % 64 == 63 ? '\n' : 'a' + random.nextInt(26));
        }
        return bytes;
    }
}
