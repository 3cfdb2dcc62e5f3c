package com.parashift.alfstream.e2e;

import com.parashift.alfstream.testkit.Await;
import com.parashift.alfstream.testkit.repository.LocalEdits;
import com.parashift.alfstream.testkit.repository.ReferenceRepository;
import com.parashift.alfstream.testkit.server.ReferenceServer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A Karaf on each side: edits on both sides arrive on the other, and nothing echoes back. */
class TwoWayIT {

    @Test
    void editsOnBothSidesArriveOnTheOtherWithoutEcho() throws Exception {
        try (SyncSetup setup = new SyncSetup("two-way")) {
            ReferenceServer a = setup.repository("A");
            ReferenceServer b = setup.repository("B");
            ReferenceRepository ra = a.repository();
            ReferenceRepository rb = b.repository();
            LocalEdits editA = ra.edit();
            String shared = editA.createFolder(ra.rootUuid(), "Shared");
            editA.createFile(shared, "plan.txt", "v1".getBytes(StandardCharsets.UTF_8));
            editA.beginSync(shared);

            List<Karaf> karafs = setup.twoWay(a, b);
            Karaf karafA = karafs.get(0);
            Karaf karafB = karafs.get(1);
            SyncSetup.awaitSameTree(ra, rb, "A's folder to reach B");

            LocalEdits editB = rb.edit();
            String bShared = rb.findByPath("/Company Home/Shared").orElseThrow();
            editB.createFile(bShared, "from-b.txt", "written on B".getBytes(StandardCharsets.UTF_8));
            editA.createFile(shared, "from-a.txt", "written on A".getBytes(StandardCharsets.UTF_8));
            editB.updateContent(rb.findByPath("/Company Home/Shared/plan.txt").orElseThrow(),
                    "v2 from B".getBytes(StandardCharsets.UTF_8));
            SyncSetup.awaitSameTree(ra, rb, "each side's edits to reach the other");
            assertTrue(ra.findByPath("/Company Home/Shared/from-b.txt").isPresent());

            long highA = ra.journalHigh();
            long highB = rb.journalHigh();
            editA.createFile(shared, "marker.txt", "m".getBytes(StandardCharsets.UTF_8));
            SyncSetup.awaitSameTree(ra, rb, "the marker file to reach B");
            Await.until("B's agent to have read past the applied marker",
                    () -> karafB.logSince(0).contains("echoes dropped"), SyncSetup.SYNC);
            // an echo would be journaled again on A, and again on B, without end
            assertEquals(highA + 1, ra.journalHigh(), "A journaled its own marker only");
            assertEquals(highB + 1, rb.journalHigh(), "B journaled the applied marker only");
            SyncSetup.assertAppliedOnce(ra);
            SyncSetup.assertAppliedOnce(rb);

            String events = karafA.shell("event:display -v com/parashift/alfstream/package/*");
            for (String type : new String[]{"CREATED", "QUEUED", "DISTRIBUTED", "IMPORTED"}) {
                assertTrue(events.contains("com/parashift/alfstream/package/" + type),
                        "EventAdmin saw " + type + ": " + events);
            }
            assertTrue(events.contains("a-to-b") && events.contains("/Company Home/Shared/marker.txt"),
                    "events carry the agent and the paths: " + events);
        }
    }
}
