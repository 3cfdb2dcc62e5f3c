package com.parashift.alfstream.engine;

import com.parashift.alfstream.engine.config.EngineSettings;
import com.parashift.alfstream.testkit.Await;
import com.parashift.alfstream.testkit.fuzz.ConvergenceFuzz;
import com.parashift.alfstream.testkit.fuzz.FuzzResult;
import com.parashift.alfstream.testkit.repository.ReferenceRepository;
import com.parashift.alfstream.testkit.server.ReferenceServer;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The seeded two-way convergence fuzz, fast: 500 random actions on both sides per seed while an engine per
 * direction (the real engine, over real HTTP to the reference servers) syncs them; the oracle checks after every
 * round that both sides are identical, no edit was lost and no delete undone unless the node was changed
 * concurrently.
 */
class TwoWayFuzzTest {

    private static final Logger LOG = LoggerFactory.getLogger(TwoWayFuzzTest.class);
    private static final Duration QUIET = Duration.ofSeconds(60);

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1L, 20261202L, 424242L})
    void bothSidesConvergeAndNothingIsLost(long seed) throws Exception {
        List<AutoCloseable> open = new ArrayList<>();
        try {
            ReferenceServer a = server("A", open);
            ReferenceServer b = server("B", open);
            String top = a.repository().edit().createFolder(a.repository().rootUuid(), "Shared");
            a.repository().edit().beginSync(top);
            SyncEngine aToB = engine(a, b, open);
            SyncEngine bToA = engine(b, a, open);
            Await.until("the shared folder to reach B", () -> b.repository().findByPath("/Company Home/Shared")
                    .isPresent(), QUIET);
            String topB = b.repository().findByPath("/Company Home/Shared").orElseThrow();

            FuzzResult result = new ConvergenceFuzz(a.repository(), top, b.repository(), topB, seed).run(500, 10,
                    (what, describe) -> Await.until(what, () -> quiet(aToB, a.repository())
                            && quiet(bToA, b.repository()) && "none".equals(describe.get()), QUIET, describe));

            LOG.info("FUZZ seed {}: {}", seed, result);
            assertTrue(result.rounds() > 10, "the actions ran in rounds: " + result);
        } finally {
            for (int i = open.size() - 1; i >= 0; i--) {
                open.get(i).close();
            }
        }
    }

    /** The agent has read its whole local journal and holds nothing back. */
    private static boolean quiet(SyncEngine engine, ReferenceRepository local) {
        return engine.agent().cursorHigh() >= local.journalHigh() && engine.agent().setAsideCount() == 0;
    }

    private ReferenceServer server(String id, List<AutoCloseable> open) throws Exception {
        Path data = tmp.resolve(id);
        ReferenceServer server = new ReferenceServer(new ReferenceRepository(id, data), data, 0, Peers.USER,
                Peers.PASSWORD);
        open.add(server);
        return server;
    }

    private SyncEngine engine(ReferenceServer from, ReferenceServer to, List<AutoCloseable> open) throws Exception {
        String agent = from.repository().instanceId() + "-to-" + to.repository().instanceId();
        var config = Peers.config(from, to, tmp.resolve("persist-" + agent));
        config.put(EngineSettings.AGENT, agent);
        SyncEngine engine = SyncEngine.start(EngineSettings.from(config, tmp), (type, name, id, paths) -> { });
        open.add(engine);
        return engine;
    }
}
