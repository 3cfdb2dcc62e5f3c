package com.parashift.alfstream.e2e.alfresco;

import com.parashift.alfstream.testkit.alfresco.AlfrescoRest;
import com.parashift.alfstream.testkit.alfresco.AlfrescoServer;
import com.parashift.alfstream.testkit.alfresco.RealAlfresco;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Begin Syncing on a folder in real Alfresco journals the folder and everything under it. */
class RealAlfrescoSmokeIT {

    static AlfrescoServer a;

    @BeforeAll
    static void start() {
        assumeTrue(RealAlfresco.available().isPresent(), RealAlfresco.unavailableReason());
        a = RealAlfresco.instance("A");
    }

    @Test
    void beginSyncingJournalsTheSubtree() {
        AlfrescoRest admin = AlfrescoRest.admin(a);
        String folder = admin.createFolder("-my-", "smoke-" + System.nanoTime());
        String sub = admin.createFolder(folder, "sub");
        String file = admin.upload(sub, "a.txt", "hello".getBytes(StandardCharsets.UTF_8));
        // A is shared with other test classes: only what this Begin journals counts
        long high = admin.syncStatus().get("journalHigh").asLong();
        assertEquals(200, admin.runAction("alfstream-begin-sync", folder).status());
        Set<String> journaled = new HashSet<>();
        long deadline = System.currentTimeMillis() + 60000;
        while (System.currentTimeMillis() < deadline && journaled.size() < 3) {
            journaled.clear();
            admin.syncGet("changes?after=" + high + "&limit=100").json().get("items")
                    .forEach(item -> journaled.add(item.get("uuid").asText()));
            try { Thread.sleep(1000); } catch (InterruptedException e) { throw new RuntimeException(e); }
        }
        assertEquals(Set.of(folder, sub, file), journaled, "the folder, its subfolder and the file in it");
    }
}
