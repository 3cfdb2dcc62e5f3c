package com.parashift.alfstream.e2e.alfresco;

import com.parashift.alfstream.e2e.Karaf;
import com.parashift.alfstream.testkit.Await;
import com.parashift.alfstream.testkit.alfresco.AlfrescoRest;
import com.parashift.alfstream.testkit.alfresco.AlfrescoServer;
import com.parashift.alfstream.testkit.alfresco.RealAlfresco;
import com.parashift.alfstream.testkit.content.GeneratedContent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Real Alfresco A → the real KAR in a real Karaf → real Alfresco B, and back with a second Karaf: what a member
 * of the sync group makes through the REST API arrives whole (same UUIDs, types, aspects, properties,
 * permissions, SHA-256), edits, renames, moves and deletes follow, and nothing echoes. The engine's account is a
 * member of {@code ALFSTREAM_SYNC} on both sides, not an administrator.
 */
class RealSyncIT {

    private static final Duration SYNC = Duration.ofMinutes(5);
    private static final String ENGINE = "alfstream-engine";
    private static final String ENGINE_PASSWORD = "Engine-Pass-7";
    private static final long HUNDRED_MB = 100L * 1024 * 1024;

    private static AlfrescoServer a;
    private static AlfrescoServer b;
    private static Path work;
    private static Karaf forward;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(RealAlfresco.available().isPresent(), RealAlfresco.unavailableReason());
        a = RealAlfresco.instance("A");
        b = RealAlfresco.instance("B");
        for (AlfrescoServer server : List.of(a, b)) {
            AlfrescoRest admin = AlfrescoRest.admin(server);
            AlfrescoUserActions.ensureSyncGroup(admin);
            if (!admin.personExists(ENGINE)) {
                admin.createPerson(ENGINE, ENGINE_PASSWORD);
                admin.addMember(AlfrescoUserActions.SYNC_GROUP, ENGINE, "PERSON");
            }
        }
        work = Path.of(System.getProperty("e2e.work")).resolve("real-sync-" + System.nanoTime());
        Files.createDirectories(work);
        forward = karaf("forward", a, b);
    }

    @AfterAll
    static void stop() throws Exception {
        if (forward != null) {
            forward.close();
        }
    }

    static Karaf karaf(String name, AlfrescoServer local, AlfrescoServer remote) throws Exception {
        Karaf karaf = new Karaf(work.resolve("karaf-" + name));
        Map<String, String> config = new LinkedHashMap<>();
        config.put("alfstream.local.url", local.url());
        config.put("alfstream.local.username", ENGINE);
        config.put("alfstream.local.password", ENGINE_PASSWORD);
        config.put("alfstream.remote.url", remote.url());
        config.put("alfstream.remote.username", ENGINE);
        config.put("alfstream.remote.password", ENGINE_PASSWORD);
        config.put("alfstream.sync.persist.file", "persist/alfstream-sync");
        config.put("alfstream.sync.poll.interval", "300");
        config.put("retry.delay", "500");
        config.put("retry.maxDelay", "5000");
        karaf.configure(config);
        karaf.deployKar();
        karaf.start();
        karaf.awaitEngineStarted(0);
        return karaf;
    }

    private static void awaitSame(AlfrescoRest onA, AlfrescoRest onB, String top, String what) {
        Await.until(what, () -> onB.exists(top) && RealTree.describe(onA, top).equals(RealTree.describe(onB, top)),
                SYNC, () -> {
                    if (!onB.exists(top)) {
                        return "B has no node " + top + " yet";
                    }
                    SortedMap<String, String> ta = RealTree.describe(onA, top);
                    SortedMap<String, String> tb = RealTree.describe(onB, top);
                    return "A has " + ta.size() + " nodes, B " + tb.size() + "; first difference: "
                            + RealTree.firstDifference(ta, tb);
                });
    }

    @Test
    void aTreeArrivesWholeAndItsEditsFollow() throws Exception {
        AlfrescoUserActions member = AlfrescoUserActions.newMember(a);
        AlfrescoRest onA = member.member();
        AlfrescoRest onB = AlfrescoRest.admin(b);
        String shared = onA.node("-shared-").get("id").asText();
        String top = onA.createFolder(shared, "Projects " + UUID.randomUUID().toString().substring(0, 6));
        String q4 = onA.createFolder(onA.createFolder(top, "2026"), "Q4");
        String empty = onA.upload(q4, "empty.txt", new byte[0]);
        String accents = onA.upload(top, "Übersicht – année 2026 – 東京.txt",
                "non-ASCII names travel".getBytes(StandardCharsets.UTF_8));
        Path large = work.resolve("large.bin");
        try (InputStream in = new GeneratedContent(HUNDRED_MB, 7)) {
            Files.copy(in, large);
        }
        onA.upload(q4, "large.bin", large);
        String restricted = onA.createFolder(top, "Restricted");
        onA.setPermissions(restricted, false, List.of(Map.of("authorityId", "GROUP_EVERYONE", "name", "Consumer",
                "accessStatus", "ALLOWED")));
        String report = onA.upload(restricted, "report.txt", "v1".getBytes(StandardCharsets.UTF_8));
        onA.setProperties(report, Map.of("cm:title", "Quarterly report", "cm:description", "numbers"));

        member.beginSync(top);
        awaitSame(onA, onB, top, "B to hold A's tree, same UUIDs, properties, permissions and SHA-256");
        assertEquals(HUNDRED_MB, onB.node(onB.idByPath("Shared/" + onA.node(top).get("name").asText()
                + "/2026/Q4/large.bin")).at("/content/sizeInBytes").asLong());

        onA.updateContent(accents, "edited once".getBytes(StandardCharsets.UTF_8));
        onA.updateContent(accents, "edited twice".getBytes(StandardCharsets.UTF_8));
        onA.setProperties(report, Map.of("cm:title", "Quarterly report, final"));
        onA.rename(q4, "Q4-closed");
        onA.move(report, top);
        onA.delete(empty);
        awaitSame(onA, onB, top, "edits, a rename, a move and a delete to follow");
        assertFalse(onB.exists(empty), "the deleted file is gone on B");
    }
}
