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
import static org.junit.jupiter.api.Assertions.assertTrue;
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
        // B is this class's alone: stopped now, so that an idle Alfresco does not slow the tests after it
        RealAlfresco.stop("B");
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

    /**
     * Stop from Syncing, then Begin Syncing again, on real Alfresco: a delete made while stopped reaches B by itself
     * (the engine reconciles the folder), {@code alfstream:verify} in the real Karaf reads both real Alfrescos through
     * the real AMP as identical; a file deleted on B alone is listed and {@code --repair} brings it back from A.
     */
    @Test
    void beginAfterStopBringsADeleteAndVerifyRepairsWhatBLost() throws Exception {
        AlfrescoUserActions member = AlfrescoUserActions.newMember(a);
        AlfrescoRest onA = member.member();
        AlfrescoRest onB = AlfrescoRest.admin(b);
        String shared = onA.node("-shared-").get("id").asText();
        String name = "Verified " + UUID.randomUUID().toString().substring(0, 6);
        String top = onA.createFolder(shared, name);
        String sub = onA.createFolder(top, "Plans – été");
        onA.upload(sub, "plan.txt", "plan".getBytes(StandardCharsets.UTF_8));
        String gone = onA.upload(top, "gone.txt", "deleted while stopped".getBytes(StandardCharsets.UTF_8));
        String kept = onA.upload(top, "kept.txt", "v1".getBytes(StandardCharsets.UTF_8));
        String lost = onA.upload(top, "lost on B.txt", "B loses it".getBytes(StandardCharsets.UTF_8));
        onA.setProperties(kept, Map.of("cm:title", "Kept"));
        member.beginSync(top);
        awaitSame(onA, onB, top, "B to hold the tree to verify");
        String path = "'/Company Home/Shared/" + name + "'";
        String identical = forward.shell("alfstream:verify " + path);
        assertTrue(identical.contains("6 nodes on the source, 6 on the target, identical"), identical);

        member.stopSync(top);
        onA.delete(gone);
        onA.updateContent(kept, "edited while stopped".getBytes(StandardCharsets.UTF_8));
        member.beginSync(top);
        awaitSame(onA, onB, top, "the delete and the edit made while stopped to reach B");
        assertFalse(onB.exists(gone), "deleted while stopped, gone from B too");
        String reconciled = forward.shell("alfstream:verify " + path);
        assertTrue(reconciled.contains("5 nodes on the source, 5 on the target, identical"), reconciled);

        onB.delete(lost);
        String found = forward.shell("alfstream:verify " + path);
        assertTrue(found.contains("lost on B.txt") && found.contains("missing on the target"), found);
        String repaired = forward.shell("alfstream:verify --repair " + path);
        assertTrue(repaired.contains("1 nodes resent from the source"), repaired);
        Await.until("the file B lost to come back", () -> onB.exists(lost), SYNC, () -> "not yet");
        awaitSame(onA, onB, top, "both sides to agree after the repair");
    }

    @Test
    void myFilesAndNestedGroupsArriveForTheSameUser() {
        AlfrescoUserActions member = AlfrescoUserActions.newMember(a);
        AlfrescoRest adminA = AlfrescoRest.admin(a);
        AlfrescoRest adminB = AlfrescoRest.admin(b);
        adminB.createPerson(member.user(), "Member-Pass-1");
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        adminA.createGroup("inner-" + suffix, "Inner " + suffix);
        adminA.createGroup("outer-" + suffix, "Outer " + suffix);
        adminA.addMember("inner-" + suffix, member.user(), "PERSON");
        adminA.addMember("outer-" + suffix, "GROUP_inner-" + suffix, "GROUP");

        AlfrescoRest onA = member.member();
        String home = member.workspace();
        String notes = onA.createFolder(home, "Notes " + suffix);
        String todo = onA.upload(notes, "todo.txt", "my own file".getBytes(StandardCharsets.UTF_8));
        member.beginSync(notes);

        AlfrescoRest onBAsMember = new AlfrescoRest(b.url(), member.user(), "Member-Pass-1");
        Await.until("the member's folder in their own My Files on B", () -> onBAsMember.exists(todo), SYNC);
        assertEquals(onBAsMember.node("-my-").get("id").asText(), onBAsMember.node(notes).get("parentId").asText(),
                "the folder sits in the same user's home on B, whatever that home's UUID");
        assertEquals(onA.contentSha256(todo), onBAsMember.contentSha256(todo));
        Await.until("the nested groups on B", () -> adminB.members("outer-" + suffix).contains("GROUP_inner-" + suffix)
                && adminB.members("inner-" + suffix).contains(member.user()), SYNC);
    }

    @Test
    void twoWayEditsOnBothSidesArriveAndNothingEchoes() throws Exception {
        Karaf reverse = karaf("reverse", b, a);
        try {
            AlfrescoUserActions member = AlfrescoUserActions.newMember(a);
            AlfrescoRest onA = member.member();
            AlfrescoRest onB = AlfrescoRest.admin(b);
            String shared = onA.node("-shared-").get("id").asText();
            String top = onA.createFolder(shared, "Two-way " + UUID.randomUUID().toString().substring(0, 6));
            String fromA = onA.upload(top, "from-a.txt", "written on A".getBytes(StandardCharsets.UTF_8));
            member.beginSync(top);
            awaitSame(onA, onB, top, "A's folder on B");

            String fromB = onB.upload(top, "from-b.txt", "written on B".getBytes(StandardCharsets.UTF_8));
            onB.setProperties(fromA, Map.of("cm:title", "titled on B"));
            awaitSame(onA, onB, top, "B's new file and B's edit of A's file on A");
            assertEquals("titled on B", onA.node(fromA).at("/properties/cm:title").asText());

            // B's file belongs to B's administrator: on A the member, a Contributor in Shared, may not edit it
            AlfrescoRest.admin(a).updateContent(fromB, "edited on A".getBytes(StandardCharsets.UTF_8));
            awaitSame(onA, onB, top, "A's edit of B's file on B");
            long highA = onA.syncStatus().get("journalHigh").asLong();
            long highB = onB.syncStatus().get("journalHigh").asLong();
            // a marker each way: each engine reads its journal in order, so once both markers arrived, every
            // entry before them (the echoes of the edits) has been read and dropped
            onA.upload(top, "marker-a.txt", "marker".getBytes(StandardCharsets.UTF_8));
            awaitSame(onA, onB, top, "A's marker on B");
            onB.upload(top, "marker-b.txt", "marker".getBytes(StandardCharsets.UTF_8));
            awaitSame(onA, onB, top, "B's marker on A");
            assertEquals(2, AlfrescoUserActions.changesAfter(onA, highA).size(),
                    "A journaled its marker and B's, nothing came back of the edits");
            assertEquals(2, AlfrescoUserActions.changesAfter(onB, highB).size(),
                    "B journaled A's marker and its own, nothing came back of the edits");
        } finally {
            reverse.close();
        }
    }

    @Test
    void aShareSiteArrivesAsASiteWithItsDashboardWikiDiscussionAndGroups() {
        AlfrescoUserActions member = AlfrescoUserActions.newMember(a);
        AlfrescoRest.admin(b).createPerson(member.user(), "Member-Pass-1");
        AlfrescoRest onA = member.member();
        AlfrescoRest onB = AlfrescoRest.admin(b);
        String site = "eng-" + UUID.randomUUID().toString().substring(0, 6);
        onA.createSite(site, "Engineering " + site);
        String library = onA.idByPath("Sites/" + site + "/documentLibrary");
        onA.upload(library, "spec.txt", "the spec".getBytes(StandardCharsets.UTF_8));
        onA.wikiPage(site, "Main_Page", "<p>Welcome to the wiki</p>");
        String post = onA.discussionPost(site, "Kick-off", "<p>Shall we?</p>");
        String reply = onA.reply(post, "<p>Yes.</p>");
        String siteNode = onA.idByPath("Sites/" + site);
        member.beginSync(siteNode);

        // compared as administrators: the member cannot read the site's surf-config on A
        awaitSame(AlfrescoRest.admin(a), onB, siteNode,
                "the whole site on B: containers, dashboard, wiki page, discussion and reply");
        assertEquals(200, onB.get("/api/-default-/public/alfresco/versions/1/sites/" + site).status(),
                "B's site service knows the site");
        assertEquals("SiteManager", onB.get("/api/-default-/public/alfresco/versions/1/sites/" + site + "/members/"
                + member.user()).json().at("/entry/role").asText(), "the creator manages the site on B too");
        // the reply's association may wait on B for its post a poll longer than the tree takes to look alike
        String repliedTo = AlfrescoUserActions.referencesOf(onA, reply);
        Await.until("the reply to point at the same post on B",
                () -> repliedTo.equals(AlfrescoUserActions.referencesOf(onB, reply)), SYNC,
                () -> "B's reply points at " + AlfrescoUserActions.referencesOf(onB, reply) + ", A's at " + repliedTo);
        assertEquals(true, onB.exists(post), "the post it answers is on B");
    }
}
