package com.parashift.alfstream.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.parashift.alfstream.repo.http.Sha256;
import com.parashift.alfstream.testkit.Await;
import com.parashift.alfstream.testkit.alfresco.AlfrescoRest;
import com.parashift.alfstream.testkit.alfresco.AlfrescoServer;
import com.parashift.alfstream.testkit.alfresco.RealAlfresco;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Version histories between two real Alfresco 23.4 repositories (VA and VB) through the real KAR in real Karafs:
 * documents uploaded over Alfresco's REST API (versionable, 1.0) keep every version on the other side, label by
 * label, with comment, author, date and the SHA-256 of each version's content.
 */
class RealVersionsIT {

    private static final Duration SYNC = Duration.ofMinutes(5);

    static AlfrescoServer va;
    static AlfrescoServer vb;

    @BeforeAll
    static void start() {
        assumeTrue(RealAlfresco.available().isPresent(), RealAlfresco.unavailableReason());
        va = RealAlfresco.instance("VA");
        vb = RealAlfresco.instance("VB");
    }

    /** VA and VB are this class's alone: stopped now, so that idle Alfrescos do not slow the tests after it. */
    @AfterAll
    static void stop() {
        RealAlfresco.stop("VA");
        RealAlfresco.stop("VB");
    }

    @Test
    void historiesTravelOneWayAndTwoWayNeverFailsForVersioningReasons() throws Exception {
        AlfrescoRest a = AlfrescoRest.admin(va);
        AlfrescoRest b = AlfrescoRest.admin(vb);
        String folder = a.createFolder("-root-", "versions-" + System.nanoTime());
        List<String> docs = tenDocumentsWithFiveVersionsEach(a, folder);
        assertEquals(200, a.runAction("alfstream-begin-sync", folder).status());

        try (SyncSetup setup = new SyncSetup("real-versions");
             Karaf aToB = karaf(setup, "va-to-vb", va, vb)) {
            aToB.start();
            aToB.awaitEngineStarted(0);
            for (String doc : docs) {
                awaitSameHistory(a, b, doc, 5);
            }
            assertEquals(List.of("1.0", "1.1", "1.2", "2.0", "2.1"), labels(b, docs.get(0)));

            String story = a.upload(folder, "story.txt", bytes("story 1.0"));
            for (int i = 1; i <= 3; i++) {
                a.updateContent(story, bytes("story 1." + i), false, "edit " + i);
            }
            a.rename(story, "story-final.txt");
            String archive = a.createFolder(folder, "archive");
            a.move(story, archive);
            a.revert(story, "1.0", false, "back to the first");
            awaitSameHistory(a, b, story, 5);
            assertEquals(List.of("1.0", "1.1", "1.2", "1.3", "1.4"), labels(b, story));
            assertEquals(sha(a.versionContent(story, "1.0")), sha(b.versionContent(story, "1.4")));
            // the rename and the move wait on B until the archive folder has arrived; Alfresco's revert restores the
            // version's frozen cm:name as well, so A's name is the first version's again
            String nameOnA = a.node(story).get("name").asText();
            Await.until("the moved story on B with A's name " + nameOnA, everySecond(() -> b.exists(story)
                    && nameOnA.equals(b.node(story).get("name").asText())
                    && archive.equals(b.node(story).get("parentId").asText())), SYNC, () -> b.node(story).toString());
            assertEquals("1.4", b.node(story).at("/properties/cm:versionLabel").asText());


            b.updateContent(story, bytes("an edit on B after the sync"), false, "edited on B");
            assertEquals("1.5", b.node(story).at("/properties/cm:versionLabel").asText(),
                    "B's own versioning works on a synced history");

            try (Karaf bToA = karaf(setup, "vb-to-va", vb, va)) {
                bToA.start();
                bToA.awaitEngineStarted(0);
                awaitSameHistory(b, a, story, 6);

                String both = docs.get(1);
                a.updateContent(both, bytes("made on A at the same time"), false, "A's edit");
                b.updateContent(both, bytes("made on B at the same time"), false, "B's edit");
                String last = "made on A after both";
                a.updateContent(both, bytes(last), false, "A's last edit");
                Await.until("A's last edit of a document edited on both sides to reach B",
                        everySecond(() -> sha(b.content(both)).equals(sha(bytes(last)))), SYNC,
                        () -> "B's versions: " + labels(b, both));

                for (Karaf karaf : List.of(aToB, bToA)) {
                    assertFalse(karaf.logSince(0).contains("ITEM-FAILED"), "no change failed: " + failures(karaf));
                }
                // whichever order the two engines saw the edits in, B ends with every version (the newest wins
                // the live content); which versions A keeps is the convergence rules' business
                List<String> onB = contentShas(b, both);
                for (String made : List.of("made on A at the same time", "made on B at the same time", last)) {
                    assertTrue(onB.contains(sha(bytes(made))), "'" + made + "' is a version on B: " + labels(b, both));
                }
            }
        }
    }

    @Test
    @Disabled("not yet green on real Alfresco 23.4: deleting a version (REST DELETE nodes/{id}/versions/{label}) journals"
            + " nothing, so the deletion reaches B only with the document's next change; the repository AMP's"
            + " VersionBehaviours (BeforeDeleteNode on ver2:version) was not seen to run. Run it by removing this line")
    void aVersionDeletedOnAIsDeletedOnB() throws Exception {
        AlfrescoRest a = AlfrescoRest.admin(va);
        AlfrescoRest b = AlfrescoRest.admin(vb);
        String folder = a.createFolder("-root-", "version-delete-" + System.nanoTime());
        String doc = a.upload(folder, "doc.txt", bytes("1.0"));
        a.updateContent(doc, bytes("1.1"), false, "second");
        a.updateContent(doc, bytes("1.2"), false, "third");
        assertEquals(200, a.runAction("alfstream-begin-sync", folder).status());
        try (SyncSetup setup = new SyncSetup("real-version-delete");
             Karaf aToB = karaf(setup, "va-to-vb-delete", va, vb)) {
            aToB.start();
            aToB.awaitEngineStarted(0);
            awaitSameHistory(a, b, doc, 3);
            a.deleteVersion(doc, "1.1");
            awaitSameHistory(a, b, doc, 2);
            assertFalse(labels(b, doc).contains("1.1"));
        }
    }

    /** 1.0 uploaded, then 1.1 and 1.2, a major 2.0 and 2.1, each with a comment. */
    private static List<String> tenDocumentsWithFiveVersionsEach(AlfrescoRest a, String folder) {
        List<String> docs = new ArrayList<>();
        for (int d = 0; d < 10; d++) {
            String doc = a.upload(folder, "doc-" + d + ".txt", bytes("doc " + d + " v0"));
            for (int v = 1; v <= 4; v++) {
                a.updateContent(doc, bytes("doc " + d + " v" + v), v == 3, "edit " + v + " of doc " + d);
            }
            docs.add(doc);
        }
        return docs;
    }

    private static Karaf karaf(SyncSetup setup, String agent, AlfrescoServer local, AlfrescoServer remote)
            throws IOException {
        Karaf karaf = new Karaf(setup.work().resolve("karaf-" + agent));
        Map<String, String> config = new LinkedHashMap<>();
        config.put("alfstream.local.url", local.url());
        config.put("alfstream.local.username", "admin");
        config.put("alfstream.local.password", "admin");
        config.put("alfstream.remote.url", remote.url());
        config.put("alfstream.remote.username", "admin");
        config.put("alfstream.remote.password", "admin");
        config.put("alfstream.sync.agent", agent);
        config.put("alfstream.sync.persist.file", "persist/alfstream-sync");
        config.put("alfstream.sync.poll.interval", "500");
        config.put("retry.delay", "500");
        config.put("retry.maxDelay", "5000");
        karaf.configure(config);
        karaf.deployKar();
        return karaf;
    }

    /** Waits until {@code to} holds the history of {@code from}, with {@code count} versions, compared in full. */
    private static void awaitSameHistory(AlfrescoRest from, AlfrescoRest to, String doc, int count) {
        Await.until(count + " versions of " + doc + " on " + to.user() + "'s side",
                everySecond(() -> summary(to, doc).equals(summary(from, doc)) && summary(from, doc).size() == count),
                SYNC, () -> "source " + summary(from, doc) + ", target " + summary(to, doc));
        assertEquals(history(from, doc), history(to, doc), "the history of " + doc + ", label by label");
    }

    /** Label, comment, author and date of each version, oldest first. */
    private static List<String> summary(AlfrescoRest rest, String doc) {
        List<String> summary = new ArrayList<>();
        for (JsonNode version : rest.versions(doc)) {
            summary.add(0, String.join(" | ", version.get("id").asText(), version.path("versionComment").asText(""),
                    version.at("/modifiedByUser/id").asText(), version.get("modifiedAt").asText()));
        }
        return summary;
    }

    /** The summary with the SHA-256 of each version's content. */
    private static List<String> history(AlfrescoRest rest, String doc) {
        List<String> history = new ArrayList<>();
        for (String line : summary(rest, doc)) {
            String label = line.substring(0, line.indexOf(' '));
            history.add(line + " | " + sha(rest.versionContent(doc, label)));
        }
        return history;
    }

    private static List<String> labels(AlfrescoRest rest, String doc) {
        return summary(rest, doc).stream().map(line -> line.substring(0, line.indexOf(' '))).toList();
    }

    private static List<String> contentShas(AlfrescoRest rest, String doc) {
        return labels(rest, doc).stream().map(label -> sha(rest.versionContent(doc, label))).toList();
    }

    private static String failures(Karaf karaf) {
        return karaf.logSince(0).lines().filter(line -> line.contains("ITEM-FAILED")).limit(5).toList().toString();
    }

    /** Checks at most once a second: every check is a few REST calls to a real Alfresco. */
    private static BooleanSupplier everySecond(BooleanSupplier check) {
        return () -> {
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            return check.getAsBoolean();
        };
    }

    private static String sha(byte[] bytes) {
        return Sha256.hex(bytes);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
