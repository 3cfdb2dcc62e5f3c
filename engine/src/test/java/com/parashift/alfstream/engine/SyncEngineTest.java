package com.parashift.alfstream.engine;

import com.parashift.alfstream.engine.config.EngineSettings;
import com.parashift.alfstream.engine.event.SyncEvents;
import com.parashift.alfstream.engine.queue.ErrorItem;
import com.parashift.alfstream.protocol.NodeSnapshot;
import com.parashift.alfstream.testkit.Await;
import com.parashift.alfstream.testkit.repository.LocalEdits;
import com.parashift.alfstream.testkit.repository.ReferenceRepository;
import com.parashift.alfstream.testkit.server.ReferenceServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The engine in-process between two real reference servers on loopback. */
class SyncEngineTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path tmp;

    private ReferenceServer a;
    private ReferenceServer b;
    private final List<AutoCloseable> open = new ArrayList<>();
    private final List<String> events = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startRepositories() throws Exception {
        a = server("A", 0);
        b = server("B", 0);
    }

    @AfterEach
    void stopAll() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
    }

    private ReferenceServer server(String id, int port) throws Exception {
        Path data = tmp.resolve(id);
        ReferenceServer server = new ReferenceServer(new ReferenceRepository(id, data), data, port, Peers.USER, Peers.PASSWORD);
        open.add(server);
        return server;
    }

    private SyncEngine engine(ReferenceServer from, ReferenceServer to, Map<String, String> extra) throws Exception {
        Map<String, String> config = Peers.config(from, to, tmp.resolve("persist-" + from.repository().instanceId()));
        config.putAll(extra);
        SyncEngine engine = SyncEngine.start(EngineSettings.from(config, tmp),
                (type, agent, id, paths) -> events.add(type + " " + paths));
        open.add(engine);
        return engine;
    }

    private String syncedFolder(ReferenceServer server, String name) {
        LocalEdits edit = server.repository().edit();
        String folder = edit.createFolder(server.repository().rootUuid(), name);
        edit.beginSync(folder);
        return folder;
    }

    private void awaitSameTree(String what) {
        ReferenceRepository ra = a.repository();
        ReferenceRepository rb = b.repository();
        Await.until(what, () -> ra.describeTree(ra.rootUuid()).equals(rb.describeTree(rb.rootUuid())), WAIT,
                () -> "A " + ra.describeTree(ra.rootUuid()) + " B " + rb.describeTree(rb.rootUuid()));
    }

    @Test
    void oneWayCarriesTheTreeWithItsBytesAndAppliesEachChangeOnce() throws Exception {
        LocalEdits edit = a.repository().edit();
        String folder = syncedFolder(a, "Projects");
        String nested = edit.createFolder(edit.createFolder(folder, "2026"), "Q4");
        edit.createFile(nested, "empty.txt", new byte[0]);
        edit.createFile(folder, "Größe – café.txt", "non-ASCII".getBytes(StandardCharsets.UTF_8));
        edit.createFile(nested, "large.bin", new byte[300_000]);
        engine(a, b, Map.of());

        awaitSameTree("B to hold A's tree");
        edit.rename(nested, "Q4-final");
        awaitSameTree("B to follow the rename");
        assertTrue(b.repository().appliedCounts().values().stream().allMatch(n -> n == 1),
                "each change applied once: " + b.repository().appliedCounts());
        // the event follows the apply (after the cursor is saved): wait for it rather than race it
        Await.until("an IMPORTED event naming the renamed folder",
                () -> events.stream().anyMatch(e -> e.startsWith("IMPORTED") && e.contains("/Company Home/Projects/2026/Q4-final")),
                WAIT, events::toString);
    }

    @Test
    void twoWayDeliversBothSidesEditsWithoutEcho() throws Exception {
        String folder = syncedFolder(a, "Shared");
        engine(a, b, Map.of(EngineSettings.AGENT, "a-to-b"));
        engine(b, a, Map.of(EngineSettings.AGENT, "b-to-a"));
        awaitSameTree("the folder to reach B");

        a.repository().edit().createFile(folder, "from-a.txt", "a".getBytes());
        b.repository().edit().createFile(folder, "from-b.txt", "b".getBytes());
        awaitSameTree("each side's file to reach the other");

        long journalA = a.repository().journalHigh();
        long journalB = b.repository().journalHigh();
        a.repository().edit().createFile(folder, "marker.txt", "m".getBytes());
        awaitSameTree("a later file to arrive");
        // had anything echoed back, the journals would keep growing beyond the one new file on each side
        assertEquals(journalA + 1, a.repository().journalHigh(), "A journaled only its own new file");
        assertEquals(journalB + 1, b.repository().journalHigh(), "B journaled only the applied file");
    }

    @Test
    void aChangeWhoseParentComesWithALaterEntryWaitsForItEvenAcrossBatchesWithStrategyNone() throws Exception {
        LocalEdits edit = a.repository().edit();
        String folder = syncedFolder(a, "Moves");
        String first = edit.createFolder(folder, "first");
        String file = edit.createFile(first, "report.txt", "r".getBytes());
        String renamed = edit.createFolder(folder, "second");
        edit.move(file, renamed);
        // the file's first entry already carries its current parent, which arrives one entry later
        edit.rename(renamed, "second-renamed");
        engine(a, b, Map.of(EngineSettings.BATCH_SIZE, "1", EngineSettings.RETRY_STRATEGY, "none"));
        awaitSameTree("B to converge although entries point at parents that arrive later");
        assertTrue(b.repository().appliedCounts().values().stream().allMatch(n -> n == 1), b.repository().appliedCounts().toString());
    }

    @Test
    void anEntryThatBecomesVisibleLateIsStillApplied() throws Exception {
        String folder = syncedFolder(a, "Late");
        engine(a, b, Map.of());
        awaitSameTree("the folder to reach B");

        Runnable release = a.repository().holdJournal();
        a.repository().edit().createFile(folder, "slow.txt", "slow".getBytes());
        // the slow transaction's entry has its id but is not visible yet
        Thread other = new Thread(() -> a.repository().edit().createFile(folder, "fast.txt", "fast".getBytes()));
        other.start();
        other.join();
        Await.until("fast.txt to reach B", () -> b.repository().findByPath("/Company Home/Late/fast.txt").isPresent(), WAIT);
        assertTrue(b.repository().findByPath("/Company Home/Late/slow.txt").isEmpty(), "slow.txt is not visible yet");

        release.run();
        awaitSameTree("slow.txt to arrive after all");
    }

    @Test
    void aPoisonItemGoesToTheErrorQueueWhileTheOthersFlowAndSucceedsWhenRetried() throws Exception {
        String folder = syncedFolder(a, "Poison");
        SyncEngine engine = engine(a, b, Map.of(EngineSettings.RETRY_STRATEGY, "errorQueue", EngineSettings.RETRY_ATTEMPTS, "2"));
        awaitSameTree("the folder to reach B");
        String bFolder = b.repository().findByPath("/Company Home/Poison").orElseThrow();
        String clash = b.repository().edit().createFile(bFolder, "clash.txt", "B's own".getBytes());

        String poisoned = a.repository().edit().createFile(folder, "clash.txt", "A's".getBytes());
        a.repository().edit().createFile(folder, "fine.txt", "fine".getBytes());
        Await.until("fine.txt to pass the poison item", () -> b.repository().findByPath("/Company Home/Poison/fine.txt").isPresent(), WAIT);
        Await.until("the poison item in the error queue", () -> engine.errorQueue().items().size() == 1, WAIT);
        ErrorItem item = engine.errorQueue().items().get(0);
        assertEquals(poisoned, item.change().uuid());
        assertTrue(item.reason().contains("already exists"), item.reason());
        Await.until("A's node marked Error", () -> state(a, poisoned).equals("Error"), WAIT);
        assertTrue(events.stream().anyMatch(e -> e.startsWith("DROPPED") && e.contains("clash.txt")), events.toString());

        b.repository().edit().delete(clash);
        String answer = engine.errorQueue().retry(item.id());
        assertTrue(answer.endsWith("applied"), answer);
        assertTrue(engine.errorQueue().items().isEmpty());
        assertEquals("Active", state(a, poisoned));
        awaitSameTree("A's clash.txt to replace B's");
    }

    @Test
    void withStrategyNoneAPoisonItemBlocksTheQueueUntilItsCauseIsRemoved() throws Exception {
        String folder = syncedFolder(a, "Blocked");
        SyncEngine engine = engine(a, b, Map.of(EngineSettings.RETRY_STRATEGY, "none"));
        awaitSameTree("the folder to reach B");
        String bFolder = b.repository().findByPath("/Company Home/Blocked").orElseThrow();
        String clash = b.repository().edit().createFile(bFolder, "clash.txt", "B's own".getBytes());

        a.repository().edit().createFile(folder, "clash.txt", "A's".getBytes());
        a.repository().edit().createFile(folder, "after.txt", "after".getBytes());
        Await.until("the poison item to be retried a few times",
                () -> events.stream().filter(e -> e.startsWith("CREATED") && e.contains("clash.txt")).count() >= 3, WAIT);
        assertTrue(b.repository().findByPath("/Company Home/Blocked/after.txt").isEmpty(), "after.txt waits behind it");
        assertTrue(engine.errorQueue().items().isEmpty(), "none never uses the error queue");

        b.repository().edit().delete(clash);
        awaitSameTree("the queue to flow once the cause is gone");
    }

    @Test
    void aRemoteThatIsDownForAWhileGetsTheChangesWhenItIsBack() throws Exception {
        String folder = syncedFolder(a, "Outage");
        engine(a, b, Map.of());
        awaitSameTree("the folder to reach B");
        int port = b.port();
        b.close();
        for (int i = 0; i < 5; i++) {
            a.repository().edit().createFile(folder, "during-" + i + ".txt", ("n" + i).getBytes());
        }
        Path data = tmp.resolve("B");
        ReferenceRepository same = b.repository();
        b = new ReferenceServer(same, data, port, Peers.USER, Peers.PASSWORD);
        open.add(b);
        awaitSameTree("the changes made during the outage");
    }

    private static String state(ReferenceServer server, String uuid) {
        NodeSnapshot node = server.repository().read(uuid).orElseThrow();
        return node.properties().get("alfs:syncState").value();
    }
}
