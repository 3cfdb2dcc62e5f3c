package com.parashift.alfstream.engine.agent;

import com.parashift.alfstream.engine.config.EngineSettings;
import com.parashift.alfstream.engine.cursor.SyncStore;
import com.parashift.alfstream.engine.queue.ErrorItem;
import com.parashift.alfstream.engine.queue.ErrorItem.Hold;
import com.parashift.alfstream.protocol.PropertyValue;
import com.parashift.alfstream.testkit.repository.LocalEdits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A failing change is set aside at once: changes of other nodes flow in the same poll, later changes of its node
 * and of its children wait behind it, and it is retried in the background until it applies or is parked.
 */
class SetAsideTest {

    private static final Map<String, String> ERROR_QUEUE = Map.of(EngineSettings.RETRY_STRATEGY, "errorQueue",
            EngineSettings.RETRY_ATTEMPTS, "3");

    @RegisterExtension
    final AgentSite site = new AgentSite();

    /**
     * A synced folder on A, brought to B by the agent's first poll; then B gets a document of its own named
     * {@code clash} in it, so that A's node of that name cannot be created there. Answers A's folder.
     */
    private String syncedFolderWithAClashOnB(String name, String clash, Map<String, String> settings) {
        String folder = site.syncedFolder(name);
        site.start(settings).poll();
        String onB = site.b.repository().findByPath("/Company Home/" + name).orElseThrow();
        site.b.repository().edit().createFile(onB, clash, "B's own".getBytes());
        return folder;
    }

    private void deleteOnB(String path) {
        site.b.repository().edit().delete(site.b.repository().findByPath(path).orElseThrow());
    }

    @Test
    void onePoisonChangeAmongFiftyLetsTheOtherFortyNineThroughInTheFirstPoll() {
        String folder = syncedFolderWithAClashOnB("Mixed", "doc-20.txt", ERROR_QUEUE);
        SyncAgent agent = site.agent;
        LocalEdits edit = site.a.repository().edit();
        List<String> uuids = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            uuids.add(edit.createFile(folder, "doc-" + i + ".txt", ("n" + i).getBytes()));
        }

        int requestsBefore = site.b.applyRequests();
        site.agent.poll();

        assertEquals(1, site.b.applyRequests() - requestsBefore,
                "one apply request carried all fifty: B went on past the failed one");
        for (int i = 0; i < 50; i++) {
            assertEquals(i != 20, site.b.repository().read(uuids.get(i)).isPresent(), "doc-" + i + " on B");
        }
        List<ErrorItem> aside = site.store.waiting();
        assertEquals(1, aside.size(), aside.toString());
        assertEquals(Hold.FAILED, aside.get(0).hold());
        assertEquals(1, aside.get(0).attempts());
        assertTrue(site.store.errorQueue().isEmpty(), "not parked before retry.attempts");
        assertTrue(agent.cursorHigh() >= aside.get(0).id(), "the cursor is past the set-aside change");
    }

    @Test
    void laterChangesOfTheFailedFolderAndOfItsChildrenWaitBehindItAndFollowItOnceItApplies() {
        String top = syncedFolderWithAClashOnB("Projects", "Plans", ERROR_QUEUE);
        SyncAgent agent = site.agent;
        LocalEdits edit = site.a.repository().edit();
        String plans = edit.createFolder(top, "Plans");
        agent.poll();
        // later: a file in the failed folder, a change of the folder itself, and an unrelated file
        edit.createFile(plans, "inside.txt", "in".getBytes());
        edit.setProperty(plans, "cm:title", PropertyValue.of("d:text", "Plans 2027"));
        edit.createFile(top, "unrelated.txt", "u".getBytes());
        site.clock.advanceMillis(100);
        agent.poll();

        assertTrue(site.onB("/Company Home/Projects/unrelated.txt"), "an unrelated change flows");
        List<ErrorItem> aside = site.store.waiting();
        assertEquals(List.of(Hold.FAILED, Hold.BEHIND, Hold.BEHIND), aside.stream().map(ErrorItem::hold).toList(),
                aside.toString());

        deleteOnB("/Company Home/Projects/Plans");
        site.pollLater();

        assertTrue(site.onB("/Company Home/Projects/Plans/inside.txt"), "the child followed its folder");
        String bPlans = site.b.repository().findByPath("/Company Home/Projects/Plans").orElseThrow();
        assertEquals(plans, bPlans, "A's folder, with its UUID");
        assertEquals("Plans 2027", site.b.repository().read(bPlans).orElseThrow().properties().get("cm:title").value());
        assertTrue(site.store.waiting().isEmpty(), site.store.waiting().toString());
    }

    @Test
    void aChildSentWithItsFailingFolderWaitsBehindItWhileTheRestOfTheRequestApplies() {
        String top = syncedFolderWithAClashOnB("Batch", "Plans", ERROR_QUEUE);
        LocalEdits edit = site.a.repository().edit();
        String plans = edit.createFolder(top, "Plans");
        edit.createFile(plans, "inside.txt", "in".getBytes());
        edit.createFile(top, "after.txt", "after".getBytes());
        int requestsBefore = site.b.applyRequests();

        site.agent.poll();

        assertEquals(1, site.b.applyRequests() - requestsBefore, "one request for the three changes");
        assertTrue(site.onB("/Company Home/Batch/after.txt"), "the unrelated file after the failure applied");
        assertEquals(List.of(Hold.FAILED, Hold.BEHIND), site.store.waiting().stream().map(ErrorItem::hold).toList(),
                "the folder failed, its file waits behind it");

        deleteOnB("/Company Home/Batch/Plans");
        site.pollLater();
        assertTrue(site.onB("/Company Home/Batch/Plans/inside.txt"), "the file followed its folder");
    }

    @Test
    void whenTheFailedFolderIsParkedItsChildrenGoOn() {
        String top = syncedFolderWithAClashOnB("Parked", "Sub", Map.of(EngineSettings.RETRY_ATTEMPTS, "2"));
        SyncAgent agent = site.agent;
        LocalEdits edit = site.a.repository().edit();
        String sub = edit.createFolder(top, "Sub");
        agent.poll();
        edit.createFile(sub, "child.txt", "c".getBytes());
        site.clock.advanceMillis(100);
        agent.poll();
        assertEquals(List.of(Hold.FAILED, Hold.BEHIND), site.store.waiting().stream().map(ErrorItem::hold).toList());

        site.pollLater();
        site.pollLater();

        assertEquals(1, site.store.errorQueue().size(), "the folder is parked after 2 attempts");
        assertEquals(sub, site.store.errorQueue().get(0).change().uuid());
        List<ErrorItem> aside = site.store.waiting();
        assertTrue(aside.stream().noneMatch(item -> item.hold() == Hold.BEHIND), "the child went on: " + aside);
        assertTrue(site.onB("/Company Home/Parked/Sub/child.txt") || aside.get(0).hold() == Hold.WAITING,
                "the child was applied (into B's folder of that path) or waits for its parent");
    }

    @Test
    void aSetAsideChangeAndItsAttemptCountSurviveARestart() {
        String folder = syncedFolderWithAClashOnB("Restart", "clash.txt", Map.of(EngineSettings.RETRY_ATTEMPTS, "2"));
        site.a.repository().edit().createFile(folder, "clash.txt", "A's".getBytes());
        site.agent.poll();
        assertEquals(1, site.store.waiting().get(0).attempts());

        site.store.close();
        SyncAgent restarted = site.start(SyncStore.open(site.settings.persistFile()));
        List<ErrorItem> aside = site.store.waiting();
        assertEquals(1, aside.size(), "still set aside after the restart");
        assertEquals(1, aside.get(0).attempts(), "with its attempt count");
        assertEquals(Hold.FAILED, aside.get(0).hold());

        site.clock.advanceMillis(10_000);
        restarted.poll();
        assertTrue(site.store.waiting().isEmpty());
        assertEquals(2, site.store.errorQueue().get(0).attempts(), "parked at the second attempt, not the third");
    }

    @Test
    void withStrategyNoneAFailingChangeStillBlocksEverythingBehindIt() {
        String folder = syncedFolderWithAClashOnB("Blocked", "clash.txt", Map.of(EngineSettings.RETRY_STRATEGY, "none"));
        SyncAgent agent = site.agent;
        long cursor = agent.cursorHigh();
        LocalEdits edit = site.a.repository().edit();
        edit.createFile(folder, "clash.txt", "A's".getBytes());
        edit.createFile(folder, "after.txt", "after".getBytes());

        agent.poll();
        site.pollLater();

        assertFalse(site.onB("/Company Home/Blocked/after.txt"), "after.txt waits behind the failing change");
        assertEquals(cursor, agent.cursorHigh(), "the cursor stays in front of it");
        assertTrue(site.store.waiting().isEmpty() && site.store.errorQueue().isEmpty(), "nothing is set aside");

        deleteOnB("/Company Home/Blocked/clash.txt");
        site.pollLater();
        assertTrue(site.onB("/Company Home/Blocked/after.txt"), "the queue flows once the cause is gone");
    }
}
