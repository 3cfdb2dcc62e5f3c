package com.parashift.alfstream.e2e;

import com.parashift.alfstream.testkit.content.GeneratedContent;
import com.parashift.alfstream.testkit.repository.LocalEdits;
import com.parashift.alfstream.testkit.repository.ReferenceRepository;
import com.parashift.alfstream.testkit.server.ReferenceServer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A folder tree travels from A to B through the real KAR in a real Karaf, and survives a Karaf restart. */
class WalkingSkeletonIT {

    private static final long FIFTY_MB = 50L * 1024 * 1024;

    @Test
    void aFolderTreeArrivesWholeAndTheRestArrivesAfterARestartWithNothingAppliedTwice() throws Exception {
        try (SyncSetup setup = new SyncSetup("skeleton")) {
            ReferenceServer a = setup.repository("A");
            ReferenceServer b = setup.repository("B");
            ReferenceRepository ra = a.repository();
            ReferenceRepository rb = b.repository();
            LocalEdits edit = ra.edit();
            String projects = edit.createFolder(ra.rootUuid(), "Projects");
            String q4 = edit.createFolder(edit.createFolder(projects, "2026"), "Q4");
            edit.createFile(q4, "empty.txt", new byte[0]);
            String accents = edit.createFile(projects, "Übersicht – année 2026 – 東京.txt",
                    "non-ASCII names travel".getBytes(StandardCharsets.UTF_8));
            edit.createFile(q4, "large.bin", new GeneratedContent(FIFTY_MB, 42), "application/octet-stream");
            edit.beginSync(projects);

            Karaf karaf = setup.karaf("skeleton", a, b, Map.of());
            karaf.start();
            karaf.awaitEngineStarted(0);
            SyncSetup.awaitSameTree(ra, rb, "B to hold A's tree, bytes identical (SHA-256)");
            String large = rb.findByPath("/Company Home/Projects/2026/Q4/large.bin").orElseThrow();
            assertEquals(FIFTY_MB, rb.read(large).orElseThrow().content().size());
            assertTrue(rb.read(accents).isPresent(), "the node keeps its UUID on B");

            karaf.stop();
            edit.updateContent(accents, "changed while Karaf was down".getBytes(StandardCharsets.UTF_8));
            edit.rename(q4, "Q4-closed");
            String later = edit.createFolder(projects, "Later");
            edit.createFile(later, "notes.md", "# notes".getBytes(StandardCharsets.UTF_8));
            edit.delete(ra.findByPath("/Company Home/Projects/2026/Q4-closed/empty.txt").orElseThrow());
            long logBefore = karaf.logLength();
            karaf.start();
            karaf.awaitEngineStarted(logBefore);
            SyncSetup.awaitSameTree(ra, rb, "the changes made while Karaf was down to arrive");
            assertFalse(rb.findByPath("/Company Home/Projects/2026/Q4-closed/empty.txt").isPresent());
            SyncSetup.assertAppliedOnce(rb);
        }
    }
}
