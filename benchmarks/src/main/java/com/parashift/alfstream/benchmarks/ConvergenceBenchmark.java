package com.parashift.alfstream.benchmarks;

import com.parashift.alfstream.engine.SyncEngine;
import com.parashift.alfstream.testkit.Await;
import com.parashift.alfstream.testkit.fuzz.ConvergenceFuzz;
import com.parashift.alfstream.testkit.fuzz.FuzzResult;
import com.parashift.alfstream.testkit.repository.ReferenceRepository;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The two-way convergence fuzz at length: for each seed, fresh repositories A and B, an engine per direction, and
 * {@code actions} random user actions on both sides in rounds of about 10, each round followed by quiescence and
 * the oracle (both sides identical, no edit lost unless superseded, no delete undone unless concurrently changed).
 * Prints one line per seed and a RESULT line; the target is every seed converging with the oracle satisfied.
 */
final class ConvergenceBenchmark {

    private static final Duration QUIET = Duration.ofSeconds(120);

    private final PrintStream out;
    private final Path data;
    private final int seeds;
    private final int actions;
    private final Map<String, String> settings;

    ConvergenceBenchmark(PrintStream out, Path data, int seeds, int actions, Map<String, String> settings) {
        this.out = out;
        this.data = data;
        this.seeds = seeds;
        this.actions = actions;
        this.settings = new HashMap<>(Map.of("alfstream.sync.poll.interval", "50"));
        this.settings.putAll(settings);
    }

    boolean run() throws Exception {
        int converged = 0;
        long copies = 0;
        long deletesKept = 0;
        double[] seconds = new double[seeds];
        for (int seed = 1; seed <= seeds; seed++) {
            try {
                FuzzResult result = runSeed(seed);
                converged++;
                copies += result.conflictCopies();
                deletesKept += result.deletesKept();
                seconds[seed - 1] = result.millis() / 1000.0;
                out.println(Figures.format("  seed %d: %d actions in %d rounds, %d conflict copies, %d deletes kept"
                                + " (modify beat delete), %d actions on vanished nodes, %.1f s", seed,
                        result.operations(), result.rounds(), result.conflictCopies(), result.deletesKept(),
                        result.vanished(), result.millis() / 1000.0));
            } catch (AssertionError e) {
                out.println("  seed " + seed + ": FAILED " + e.getMessage());
            }
        }
        return Figures.result(out, "two-way convergence", Figures.format("%d of %d seeds x %d actions converged with"
                        + " nothing lost; %d conflict copies, %d deletes kept; median %.1f s a seed", converged, seeds,
                actions, copies, deletesKept, Figures.percentile(seconds, 50)),
                "every seed converges, no edit or delete lost", converged == seeds);
    }

    private FuzzResult runSeed(long seed) throws Exception {
        try (Site site = Site.start(data, "converge-" + seed)) {
            ReferenceRepository a = site.repositoryA();
            ReferenceRepository b = site.repositoryB();
            String top = a.edit().createFolder(a.rootUuid(), "Shared");
            a.edit().beginSync(top);
            try (SyncEngine aToB = site.startEngine(settings); SyncEngine bToA = site.startReverseEngine(settings)) {
                Await.until("the shared folder on B", () -> b.findByPath("/Company Home/Shared").isPresent(), QUIET);
                String topB = b.findByPath("/Company Home/Shared").orElseThrow();
                return new ConvergenceFuzz(a, top, b, topB, seed).run(actions, 10, (what, describe) -> Await.until(
                        what, () -> quiet(aToB, a) && quiet(bToA, b) && "none".equals(describe.get()), QUIET,
                        describe));
            }
        }
    }

    private static boolean quiet(SyncEngine engine, ReferenceRepository local) {
        return engine.agent().cursorHigh() >= local.journalHigh() && engine.agent().setAsideCount() == 0;
    }
}
