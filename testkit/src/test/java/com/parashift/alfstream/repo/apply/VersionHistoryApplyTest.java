package com.parashift.alfstream.repo.apply;

import com.parashift.alfstream.protocol.ApplyRequest;
import com.parashift.alfstream.protocol.ApplyResult;
import com.parashift.alfstream.protocol.ApplyResult.ItemResult;
import com.parashift.alfstream.protocol.ApplyResult.Outcome;
import com.parashift.alfstream.protocol.ChangeBatch;
import com.parashift.alfstream.protocol.NodeSnapshot;
import com.parashift.alfstream.protocol.Protocol;
import com.parashift.alfstream.protocol.VersionSnapshot;
import com.parashift.alfstream.repo.export.SnapshotExporter;
import com.parashift.alfstream.repo.journal.ChangesHandler;
import com.parashift.alfstream.testkit.repository.LocalEdits;
import com.parashift.alfstream.testkit.repository.ReferenceRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Version histories between two reference repositories through the real handlers: A's changes as the changes
 * handler lists them, applied to B by the apply handler, the histories compared label by label.
 */
class VersionHistoryApplyTest {

    @TempDir
    Path tmp;

    private ReferenceRepository a;
    private ReferenceRepository b;
    private StagingArea stagingB;
    private ApplyHandler applyOnB;
    private ApplyHandler applyOnA;
    private long cursorA;
    private long cursorB;
    private String folder;

    @BeforeEach
    void twoRepositories() throws IOException {
        a = new ReferenceRepository("A", tmp.resolve("a"));
        b = new ReferenceRepository("B", tmp.resolve("b"));
        stagingB = new StagingArea(tmp.resolve("sb"), Duration.ofHours(1));
        applyOnB = new ApplyHandler(b, b.directory(), stagingB, ApplyListener.NONE, false);
        applyOnA = new ApplyHandler(a, a.directory(), new StagingArea(tmp.resolve("sa"), Duration.ofHours(1)),
                ApplyListener.NONE, false);
        folder = a.edit().createFolder(a.rootUuid(), "Projects");
    }

    @Test
    void createdEditedThreeTimesRenamedMovedAndRevertedOnAIsTheSameHistoryOnB() {
        LocalEdits edit = a.edit();
        edit.beginSync(folder);
        String archive = edit.createFolder(folder, "Archive");
        String doc = edit.createFile(folder, "plan.txt", bytes("v1"));
        edit.createVersion(doc, true, null);
        syncAToB();
        for (int i = 2; i <= 4; i++) {
            edit.updateContentVersioned(doc, bytes("v" + i), false, "edit " + i);
            syncAToB();
            assertSameHistory(doc);
        }
        edit.rename(doc, "plan-final.txt");
        edit.move(doc, archive);
        edit.revert(doc, "1.0", true, "back to the first");
        syncAToB();

        assertSameHistory(doc);
        assertEquals(List.of("1.0", "1.1", "1.2", "1.3", "2.0"), labels(b, doc));
        assertEquals(sha(a, doc, "1.0"), sha(b, doc, "2.0"));
        assertEquals("2.0", b.read(doc).orElseThrow().properties().get("cm:versionLabel").value());
        assertEquals(archive, b.read(doc).orElseThrow().parentUuid());
    }

    @Test
    void beginSyncingBringsHistoriesThatExistedBefore() {
        LocalEdits edit = a.edit();
        List<String> docs = new ArrayList<>();
        for (int d = 0; d < 10; d++) {
            String doc = edit.createFile(folder, "doc-" + d + ".txt", bytes(d + ".0"));
            edit.createVersion(doc, true, "first");
            for (int v = 1; v < 5; v++) {
                edit.updateContentVersioned(doc, bytes(d + "." + v), v == 3, "edit " + v);
            }
            docs.add(doc);
        }
        edit.beginSync(folder);

        syncAToB();

        for (String doc : docs) {
            assertSameHistory(doc);
            assertEquals(5, labels(b, doc).size());
        }
        assertEquals(List.of("1.0", "1.1", "1.2", "2.0", "2.1"), labels(b, docs.get(0)));
    }

    @Test
    void aVersionDeletedOnAIsDeletedOnBTheHeadToo() {
        LocalEdits edit = a.edit();
        edit.beginSync(folder);
        String doc = edit.createFile(folder, "plan.txt", bytes("v1"));
        edit.createVersion(doc, true, null);
        edit.updateContentVersioned(doc, bytes("v2"), false, null);
        edit.updateContentVersioned(doc, bytes("v3"), false, null);
        syncAToB();

        edit.deleteVersion(doc, "1.1");
        syncAToB();
        assertEquals(List.of("1.0", "1.2"), labels(b, doc));

        edit.deleteVersion(doc, "1.2");
        syncAToB();
        assertEquals(List.of("1.0"), labels(b, doc));
        assertSameHistory(doc);
        assertEquals(sha(a, doc, "1.0"), b.read(doc).orElseThrow().content().sha256());
    }

    @Test
    void aNonVersionableDocumentStaysNonVersionable() {
        LocalEdits edit = a.edit();
        edit.beginSync(folder);
        String doc = edit.createFile(folder, "plain.txt", bytes("v1"));
        edit.updateContent(doc, bytes("v2"));
        syncAToB();

        NodeSnapshot onB = b.read(doc).orElseThrow();
        assertEquals(List.of(), onB.versions());
        assertFalse(onB.aspects().contains("cm:versionable"));
        assertFalse(onB.properties().containsKey("cm:versionLabel"));
    }

    @Test
    void aVersionWhoseContentIsNotAtHandFailsNamingTheNodeAndTheLabelAndWritesNothing() throws IOException {
        LocalEdits edit = a.edit();
        edit.beginSync(folder);
        String doc = edit.createFile(folder, "big.bin", new byte[2048]);
        edit.createVersion(doc, true, null);
        edit.updateContentVersioned(doc, new byte[4096], false, null);
        // the engine stages the live content; the older version's is neither inline (over 1 KB) nor staged
        stagingB.stage(a.read(doc).orElseThrow().content().sha256(), new java.io.ByteArrayInputStream(new byte[4096]));

        ItemResult failed = send(applyOnB, "A", changes(a, 0, 1024)).items().stream()
                .filter(r -> r.uuid().equals(doc)).findFirst().orElseThrow();

        assertEquals(Outcome.FAILED, failed.outcome());
        assertTrue(failed.message().contains("version 1.0 of 'big.bin' (" + doc + ")"), failed.message());
        assertTrue(b.read(doc).isEmpty());
    }

    @Test
    void twoWayVersionsMadeOnBothSidesNeverFailAnApplyAndLoseNoVersion() {
        LocalEdits onA = a.edit();
        onA.beginSync(folder);
        String doc = onA.createFile(folder, "plan.txt", bytes("v1"));
        onA.createVersion(doc, true, null);
        syncAToB();
        syncBToA();

        b.edit().updateContentVersioned(doc, bytes("made on B"), false, "B's edit");
        onA.updateContentVersioned(doc, bytes("made on A"), false, "A's edit");
        ApplyResult toA = syncBToA();
        ApplyResult toB = syncAToB();

        assertTrue(toA.items().stream().noneMatch(r -> r.outcome() == Outcome.FAILED), toA.toString());
        assertTrue(toB.items().stream().noneMatch(r -> r.outcome() == Outcome.FAILED), toB.toString());
        List<String> shasOnA = b.read(doc).orElseThrow().versions().stream().map(v -> v.content().sha256()).toList();
        assertTrue(shasOnA.contains(sha(a, doc, "1.1")), "A's version is on B");
        assertTrue(shasOnA.size() >= 3, "B's own version is kept: " + labels(b, doc));
    }

    private ApplyResult syncAToB() {
        ChangeBatch batch = new ChangesHandler(a, a.directory(), new SnapshotExporter(a, 1024))
                .changes(cursorA, List.of(), 5000, "B");
        cursorA = batch.high();
        return send(applyOnB, "A", batch.items());
    }

    private ApplyResult syncBToA() {
        ChangeBatch batch = new ChangesHandler(b, b.directory(), new SnapshotExporter(b, 1024))
                .changes(cursorB, List.of(), 5000, "A");
        cursorB = batch.high();
        return send(applyOnA, "B", batch.items());
    }

    private static List<com.parashift.alfstream.protocol.Change> changes(ReferenceRepository from, long after, int inline) {
        return new ChangesHandler(from, from.directory(), new SnapshotExporter(from, inline))
                .changes(after, List.of(), 5000).items();
    }

    private static ApplyResult send(ApplyHandler handler, String origin, List<com.parashift.alfstream.protocol.Change> items) {
        return handler.apply(new ApplyRequest(Protocol.VERSION, origin, items));
    }

    private void assertSameHistory(String doc) {
        assertEquals(describe(a, doc), describe(b, doc));
    }

    /** Label, type, comment, creator, date and content SHA-256 of each version, oldest first. */
    private static List<String> describe(ReferenceRepository repo, String doc) {
        return repo.read(doc).orElseThrow().versions().stream()
                .map(v -> String.join("|", v.label(), v.type(), String.valueOf(v.comment()), v.creator(), v.created(),
                        v.content().sha256()))
                .toList();
    }

    private static List<String> labels(ReferenceRepository repo, String doc) {
        return repo.read(doc).orElseThrow().versions().stream().map(VersionSnapshot::label).toList();
    }

    private static String sha(ReferenceRepository repo, String doc, String label) {
        return repo.read(doc).orElseThrow().versions().stream().filter(v -> v.label().equals(label)).findFirst()
                .orElseThrow().content().sha256();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
