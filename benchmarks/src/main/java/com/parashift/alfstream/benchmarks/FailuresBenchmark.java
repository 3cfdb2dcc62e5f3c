package com.parashift.alfstream.benchmarks;

import com.parashift.alfstream.engine.SyncEngine;
import com.parashift.alfstream.testkit.repository.LocalEdits;
import com.parashift.alfstream.testkit.repository.ReferenceRepository;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/**
 * Failing changes among good ones: {@code changes} new documents on A in 10 synced folders, of which every
 * {@code changes / failing}'th cannot be created on B (B has a different document of that name there already), against
 * the same documents with nothing in the way. Each round runs both, on fresh repositories; the clock runs from the
 * engine's start until B has imported every good document. The figure is the ratio of the two rates of good
 * changes: a failing change must not hold back the others.
 */
final class FailuresBenchmark {

    static final double TARGET_RATIO = 0.75;
    private static final int FOLDERS = 10;

    private final PrintStream out;
    private final Path data;
    private final int changes;
    private final int failing;
    private final int rounds;
    private final Map<String, String> settings;

    FailuresBenchmark(PrintStream out, Path data, int changes, int failing, int rounds, Map<String, String> settings) {
        if (failing < 1 || failing >= changes) {
            throw new IllegalArgumentException("--failing must be between 1 and --changes - 1");
        }
        this.out = out;
        this.data = data;
        this.changes = changes;
        this.failing = failing;
        this.rounds = rounds;
        this.settings = settings;
    }

    boolean run() throws Exception {
        double[] clean = new double[rounds];
        double[] mixed = new double[rounds];
        for (int round = 1; round <= rounds; round++) {
            clean[round - 1] = round(round, false);
            mixed[round - 1] = round(round, true);
        }
        double cleanRate = Figures.percentile(clean, 50);
        double mixedRate = Figures.percentile(mixed, 50);
        double ratio = mixedRate / cleanRate;
        return Figures.result(out, "failures", Figures.format("%d good changes among %d with %d failing: %.0f"
                        + " changes/s; the same %d without failures: %.0f changes/s; ratio %.2f (median of %d rounds;"
                        + " with failures %s, without %s)", changes - failing, changes, failing, mixedRate,
                changes - failing, cleanRate, ratio, rounds, rates(mixed), rates(clean)),
                Figures.format("ratio >= %.2f", TARGET_RATIO), ratio >= TARGET_RATIO);
    }

    private double round(int round, boolean withFailures) throws Exception {
        String name = "failures-" + round + (withFailures ? "-mixed" : "-clean");
        try (Site site = Site.start(data, name)) {
            ReferenceRepository a = site.repositoryA();
            LocalEdits edit = a.edit();
            String top = edit.createFolder(a.rootUuid(), "Failures");
            String[] folders = new String[FOLDERS];
            for (int f = 0; f < FOLDERS; f++) {
                folders[f] = edit.createFolder(top, "folder-" + f);
            }
            edit.beginSync(top);
            try (SyncEngine engine = site.startEngine(settings)) {
                Figures.awaitNanos("the folders to reach B", () -> site.imported.get() >= 1 + FOLDERS, 60_000, 1_000_000);
            }
            int every = changes / failing;
            int failures = 0;
            for (int i = 0; i < changes; i++) {
                boolean fails = withFailures && i % every == every - 1 && failures < failing;
                if (fails) {
                    failures++;
                    LocalEdits onB = site.repositoryB().edit();
                    onB.createFile(site.repositoryB().findByPath("/Company Home/Failures/folder-" + (i % FOLDERS))
                            .orElseThrow(), "document-" + i + ".txt", "B's own".getBytes());
                }
                edit.createFile(folders[i % FOLDERS], "document-" + i + ".txt", ("A's document " + i).getBytes());
            }
            long before = site.imported.get();
            int good = withFailures ? changes - failing : changes;
            long start = System.nanoTime();
            try (SyncEngine engine = site.startEngine(settings)) {
                long done = Figures.awaitNanos("B to import " + good + " documents",
                        () -> site.imported.get() - before >= good, 600_000, 1_000_000);
                double seconds = (done - start) / 1e9;
                double rate = good / seconds;
                out.println(Figures.format("  round %d %s: %d good documents on B in %.2f s = %.0f changes/s;"
                                + " set aside or parked so far: %d", round, withFailures ? "with failures" : "clean",
                        good, seconds, rate, engine.errorQueue().items().size() + engine.agent().setAsideCount()));
                return rate;
            }
        }
    }

    private static String rates(double[] values) {
        return Arrays.toString(Arrays.stream(values).mapToLong(Math::round).toArray());
    }
}
