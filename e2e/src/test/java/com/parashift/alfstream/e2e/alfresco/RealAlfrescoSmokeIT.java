package com.parashift.alfstream.e2e.alfresco;

import com.fasterxml.jackson.databind.JsonNode;
import com.parashift.alfstream.testkit.alfresco.AlfrescoRest;
import com.parashift.alfstream.testkit.alfresco.AlfrescoServer;
import com.parashift.alfstream.testkit.alfresco.RealAlfresco;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

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
        admin.upload(sub, "a.txt", "hello".getBytes(StandardCharsets.UTF_8));
        assertEquals(200, admin.runAction("alfstream-begin-sync", folder).status());
        long deadline = System.currentTimeMillis() + 60000;
        JsonNode changes = null;
        while (System.currentTimeMillis() < deadline) {
            changes = admin.syncGet("changes?after=0&limit=100").json();
            if (changes.get("items").size() >= 3) break;
            try { Thread.sleep(1000); } catch (InterruptedException e) { throw new RuntimeException(e); }
        }
        assertEquals(3, changes.get("items").size());
    }
}
