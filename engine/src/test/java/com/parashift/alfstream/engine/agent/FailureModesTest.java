package com.parashift.alfstream.engine.agent;

import com.parashift.alfstream.engine.config.EngineSettings;
import com.parashift.alfstream.engine.cursor.SyncStore;
import com.parashift.alfstream.engine.queue.ErrorItem;
import com.parashift.alfstream.testkit.content.GeneratedContent;
import com.parashift.alfstream.testkit.repository.LocalEdits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How the agent lives through a full state disk, a node whose content cannot be read, and refused credentials. */
class FailureModesTest {

    @RegisterExtension
    final AgentSite site = new AgentSite();
    private LogCapture log;

    @BeforeEach
    void start() throws Exception {
        log = new LogCapture();
    }

    @AfterEach
    void stop() throws Exception {
        FullDisk.full = false;
        log.close();
    }

    @Test
    void aFullStateDiskStopsTheAgentWithOneLineAndItResumesByItselfWhenSpaceReturns() {
        String folder = site.syncedFolder("Disk");
        site.configure(Map.of());
        Path file = site.settings.persistFile();
        SyncAgent agent = site.start(SyncStore.open(FullDisk.fileName(file), file));
        agent.poll();
        assertTrue(site.onB("/Company Home/Disk"));

        FullDisk.full = true;
        LocalEdits edit = site.a.repository().edit();
        edit.createFile(folder, "first.txt", "1".getBytes());
        site.pollLater();
        assertNotNull(agent.storeFailure(), "the agent knows the store failed");
        assertTrue(agent.storeFailure().contains("No space left on device"), agent.storeFailure());
        edit.createFile(folder, "while-full.txt", "2".getBytes());
        site.pollLater();
        site.pollLater();
        assertFalse(site.onB("/Company Home/Disk/while-full.txt"), "nothing is applied while the state cannot be saved");
        assertEquals(1, log.lines("STORE-FAILED").size(), log.text());
        assertEquals(-1, agent.cursorHigh());

        FullDisk.full = false;
        site.pollLater();
        assertNull(agent.storeFailure());
        assertTrue(site.onB("/Company Home/Disk/while-full.txt"), "it resumed by itself");
        assertEquals(1, log.lines("STORE-RECOVERED").size(), log.text());
    }

    @Test
    void aNodeWhoseContentCannotBeReadIsParkedAndTheOthersGoOn() {
        String folder = site.syncedFolder("Content");
        SyncAgent agent = site.start(Map.of(EngineSettings.RETRY_ATTEMPTS, "2"));
        agent.poll();
        LocalEdits edit = site.a.repository().edit();
        // a mimetype the local repository cannot send as a header: GET content answers 500 for this node only
        String broken = edit.createFile(folder, "broken.bin", new GeneratedContent(100_000, 1),
                "text/plain\r\nX-Forged: yes");
        edit.createFile(folder, "fine.bin", new GeneratedContent(100_000, 2), "application/octet-stream");

        agent.poll();
        assertTrue(site.onB("/Company Home/Content/fine.bin"), "the other node is not held back");
        site.pollLater();

        List<ErrorItem> parked = site.store.errorQueue();
        assertEquals(1, parked.size(), parked.toString());
        assertEquals(broken, parked.get(0).change().uuid());
        assertTrue(parked.get(0).reason().contains("500"), parked.get(0).reason());
        assertTrue(log.lines("X-Forged").stream().allMatch(line -> line.contains("ITEM-")
                        || line.contains("REQUEST-FAILED")),
                "peer text never starts a log line of its own: " + log.lines("X-Forged"));
    }

    @Test
    void peerTextCannotForgeALogLine() {
        String folder = site.syncedFolder("Forge");
        SyncAgent agent = site.start(Map.of());
        agent.poll();
        String name = "evil\r\nERROR ITEM-DROPPED forged.txt";
        String bFolder = site.b.repository().findByPath("/Company Home/Forge").orElseThrow();
        site.b.repository().edit().createFile(bFolder, name, "B's".getBytes());
        site.a.repository().edit().createFile(folder, name, "A's".getBytes());

        agent.poll();

        List<String> lines = log.lines("forged.txt");
        assertFalse(lines.isEmpty(), "the failure is logged");
        assertTrue(lines.stream().noneMatch(line -> line.startsWith("ERROR ITEM-DROPPED")), lines.toString());
        assertTrue(lines.stream().filter(line -> line.contains("ITEM-FAILED")).allMatch(line -> line.contains("evil\\u000d\\u000a")),
                lines.toString());
    }

    @Test
    void refusedCredentialsGiveOneLineWhenTheyStartFailingAndOneWhenTheyRecover() throws Exception {
        String folder = site.syncedFolder("Auth");
        SyncAgent agent = site.start(Map.of());
        agent.poll();
        site.restartB("changed-by-someone");
        site.a.repository().edit().createFile(folder, "waits.txt", "w".getBytes());
        for (int i = 0; i < 5; i++) {
            site.pollLater();
        }
        List<String> failed = log.lines("PEER-AUTH-FAILED");
        assertEquals(1, failed.size(), log.text());
        assertTrue(failed.get(0).contains("default remote " + site.b.url()), failed.get(0));
        assertFalse(failed.get(0).contains(AgentSite.PASSWORD), "never the password");
        assertFalse(site.onB("/Company Home/Auth/waits.txt"));

        site.restartB(AgentSite.PASSWORD);
        site.pollLater();
        site.pollLater();
        assertTrue(site.onB("/Company Home/Auth/waits.txt"));
        assertEquals(1, log.lines("PEER-AUTH-RECOVERED").size(), log.text());
        assertEquals(1, log.lines("PEER-AUTH-FAILED").size());
    }
}
