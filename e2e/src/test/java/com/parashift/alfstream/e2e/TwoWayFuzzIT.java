package com.parashift.alfstream.e2e;

import com.parashift.alfstream.testkit.Await;
import com.parashift.alfstream.testkit.fuzz.ConvergenceFuzz;
import com.parashift.alfstream.testkit.fuzz.FuzzResult;
import com.parashift.alfstream.testkit.repository.ReferenceRepository;
import com.parashift.alfstream.testkit.server.ReferenceServer;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The seeded two-way convergence fuzz through the real KAR in a real Karaf on each side: three seeds of 500 random
 * actions, each on a synced folder of its own, with the oracle after every round; then both agents' status shows
 * nothing held back and the conflicts they met.
 */
class TwoWayFuzzIT {

    private static final Logger LOG = LoggerFactory.getLogger(TwoWayFuzzIT.class);
    private static final long[] SEEDS = {1L, 20261202L, 424242L};
    private static final Duration STABLE = Duration.ofMillis(1_500);

    @Test
    void threeSeedsConvergeThroughKarafWithNothingLost() throws Exception {
        try (SyncSetup setup = new SyncSetup("two-way-fuzz")) {
            ReferenceServer a = setup.repository("A");
            ReferenceServer b = setup.repository("B");
            ReferenceRepository ra = a.repository();
            ReferenceRepository rb = b.repository();
            List<String> tops = new ArrayList<>();
            for (long seed : SEEDS) {
                String top = ra.edit().createFolder(ra.rootUuid(), "Fuzz " + seed);
                ra.edit().beginSync(top);
                tops.add(top);
            }
            List<Karaf> karafs = setup.twoWay(a, b);
            Karaf karafA = karafs.get(0);
            Karaf karafB = karafs.get(1);
            SyncSetup.awaitSameTree(ra, rb, "the fuzz folders to reach B");

            List<FuzzResult> results = new ArrayList<>();
            for (int i = 0; i < SEEDS.length; i++) {
                String topB = rb.findByPath("/Company Home/Fuzz " + SEEDS[i]).orElseThrow();
                results.add(new ConvergenceFuzz(ra, tops.get(i), rb, topB, SEEDS[i]).run(500, 20,
                        (what, describe) -> awaitQuiet(ra, rb, what, describe)));
            }

            String statusA = karafA.shell("alfstream:status");
            String statusB = karafB.shell("alfstream:status");
            for (String status : List.of(statusA, statusB)) {
                assertTrue(status.contains("set aside 0 items; error queue 0 items"), status);
            }
            int copies = results.stream().mapToInt(FuzzResult::conflictCopies).sum();
            assertTrue(copies == 0 || conflicts(statusA) + conflicts(statusB) > 0,
                    "the conflicts are counted: " + statusA + " / " + statusB + " " + results);
            LOG.info("TWO-WAY-FUZZ-KARAF {}; status A: {}; B: {}", results, statusA.trim(), statusB.trim());
        }
    }

    private static long conflicts(String status) {
        Matcher matcher = Pattern.compile("conflicts (\\d+)").matcher(status);
        return matcher.find() ? Long.parseLong(matcher.group(1)) : 0;
    }

    /** Both trees identical and both journals unchanged for a while: the agents (polling every 200 ms) are done. */
    private static void awaitQuiet(ReferenceRepository a, ReferenceRepository b, String what, Supplier<String> difference) {
        long[] seen = {-1, -1, System.nanoTime()};
        Await.until(what, () -> {
            boolean same = "none".equals(difference.get());
            long highA = a.journalHigh();
            long highB = b.journalHigh();
            if (!same || highA != seen[0] || highB != seen[1]) {
                seen[0] = highA;
                seen[1] = highB;
                seen[2] = System.nanoTime();
                return false;
            }
            return System.nanoTime() - seen[2] >= STABLE.toNanos();
        }, SyncSetup.SYNC, difference);
    }
}
