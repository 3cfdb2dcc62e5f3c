package com.parashift.alfstream.e2e;

import com.parashift.alfstream.testkit.Await;
import com.parashift.alfstream.testkit.repository.LocalEdits;
import com.parashift.alfstream.testkit.repository.ReferenceRepository;
import com.parashift.alfstream.testkit.server.ReferenceServer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What an operator meets: a broken configuration named in one log line (and no password in the log), fixed in
 * place; a remote that goes down and comes back; journal entries that become visible out of id order.
 */
class ResilienceIT {

    @Test
    void brokenConfigRemoteOutageAndLateJournalEntries() throws Exception {
        try (SyncSetup setup = new SyncSetup("resilience")) {
            ReferenceServer a = setup.repository("A");
            ReferenceServer b = setup.repository("B");
            ReferenceRepository ra = a.repository();
            ReferenceRepository rb = b.repository();
            LocalEdits edit = ra.edit();
            String folder = edit.createFolder(ra.rootUuid(), "Finance");
            edit.beginSync(folder);

            Map<String, String> broken = new HashMap<>(SyncSetup.config(a, b, Map.of()));
            broken.put("alfstream.remote.url", "htp:/nowhere");
            Karaf karaf = setup.karaf("resilience", a, b, Map.of());
            karaf.configure(broken);
            karaf.start();
            karaf.awaitLog("CONFIG-INVALID", 0, Karaf.START);
            String log = karaf.logSince(0);
            assertTrue(log.contains("CONFIG-INVALID alfstream.remote.url"), "the log line names the key");
            assertFalse(log.contains(SyncSetup.PASSWORD), "no password in the log");
            assertFalse(log.contains("ENGINE-STARTED"), "the agent does not start on a broken configuration");

            long position = karaf.logLength();
            karaf.configure(SyncSetup.config(a, b, Map.of()));
            karaf.awaitEngineStarted(position);
            SyncSetup.awaitSameTree(ra, rb, "the folder to reach B once the configuration is fixed");

            // the remote goes down; changes wait and arrive, in order, when it is back on the same address
            int port = b.port();
            b.close();
            String renamed = edit.createFile(folder, "budget.xlsx", "v1".getBytes(StandardCharsets.UTF_8));
            edit.rename(renamed, "budget-2027.xlsx");
            edit.createFile(folder, "forecast.xlsx", "f".getBytes(StandardCharsets.UTF_8));
            karaf.awaitLog("PEER-UNREACHABLE", position, SyncSetup.SYNC);
            b = new ReferenceServer(rb, setup.work().resolve("repo-B"), port, SyncSetup.USER, SyncSetup.PASSWORD);
            try (ReferenceServer restored = b) {
                SyncSetup.awaitSameTree(ra, rb, "the changes made during the outage");

                // an entry whose transaction commits late keeps its lower id; it must not be skipped
                Runnable commit = ra.holdJournal();
                edit.createFile(folder, "slow.txt", "slow".getBytes(StandardCharsets.UTF_8));
                Thread other = new Thread(() -> edit.createFile(folder, "fast.txt", "fast".getBytes(StandardCharsets.UTF_8)));
                other.start();
                other.join();
                Await.until("fast.txt to reach B", () -> rb.findByPath("/Company Home/Finance/fast.txt").isPresent(), SyncSetup.SYNC);
                assertTrue(rb.findByPath("/Company Home/Finance/slow.txt").isEmpty(), "slow.txt is not visible yet");
                commit.run();
                SyncSetup.awaitSameTree(ra, rb, "slow.txt to arrive though its id is below the cursor");
                SyncSetup.assertAppliedOnce(rb);
            }
        }
    }
}
