package com.parashift.alfstream.repo.apply;

import com.parashift.alfstream.protocol.ApplyRequest;
import com.parashift.alfstream.protocol.ApplyResult;
import com.parashift.alfstream.protocol.ApplyResult.ItemResult;
import com.parashift.alfstream.protocol.ApplyResult.Outcome;
import com.parashift.alfstream.protocol.Change;
import com.parashift.alfstream.protocol.NodeSnapshot;
import com.parashift.alfstream.protocol.PropertyValue;
import com.parashift.alfstream.protocol.Protocol;
import com.parashift.alfstream.repo.export.SnapshotExporter;
import com.parashift.alfstream.repo.journal.ChangesHandler;
import com.parashift.alfstream.repo.port.SyncModel;
import com.parashift.alfstream.testkit.Await;
import com.parashift.alfstream.testkit.repository.ReferenceRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two-way sync decided by version vectors, between two reference repositories whose changes are moved by hand
 * (each direction reads one side's journal and applies it on the other, as the engine does): what each user
 * then finds on both sides.
 */
class TwoWayApplyTest {

    @TempDir
    Path tmp;

    private ReferenceRepository a;
    private ReferenceRepository b;
    private Direction aToB;
    private Direction bToA;
    private String folder;
    private String report;

    @BeforeEach
    void aSyncedFolderWithAReportOnBothSides() throws IOException {
        a = new ReferenceRepository("A", tmp.resolve("a"));
        b = new ReferenceRepository("B", tmp.resolve("b"));
        aToB = new Direction(a, b, tmp.resolve("staging-b"));
        bToA = new Direction(b, a, tmp.resolve("staging-a"));
        folder = a.edit().createFolder(a.rootUuid(), "Sales");
        report = a.edit().createFile(folder, "report.docx", bytes("v1"));
        a.edit().beginSync(folder);
        settle();
    }

    @Test
    void anEditOnOneSideArrivesAndAnOlderCopyNeverOverwritesIt() {
        long before = a.journalHigh();
        a.edit().updateContent(report, bytes("v2 from A"));
        List<Change> edit = aToB.read(before);
        settle();
        assertEquals("v2 from A", text(b, report));

        b.edit().updateContent(report, bytes("v3 from B"));
        ItemResult stale = aToB.apply(edit).get(0);
        assertEquals(Outcome.SKIPPED, stale.outcome());
        assertTrue(stale.message().startsWith("the target's copy is newer"), stale.message());
        settle();
        assertEquals("v3 from B", text(a, report));
        assertEquals(a.version(report), b.version(report));
    }

    @Test
    void editsOnBothSidesKeepTheLaterOneAndTheOtherAsAConflictCopyOnBothSides() {
        b.edit().updateContent(report, bytes("B's edit"));
        long edited = System.currentTimeMillis();
        Await.until("the clock to pass B's edit", () -> System.currentTimeMillis() > edited, Duration.ofSeconds(5));
        a.edit().updateContent(report, bytes("A's edit, made last"));

        List<ItemResult> results = new ArrayList<>(aToB.flow());
        results.addAll(bToA.flow());
        settle();

        assertEquals("A's edit, made last", text(a, report));
        assertEquals("A's edit, made last", text(b, report));
        NodeSnapshot copy = onlyConflictCopy(a);
        assertEquals(onlyConflictCopy(b).uuid(), copy.uuid(), "one copy, the same on both sides");
        assertEquals("B's edit", text(a, copy.uuid()));
        assertEquals("B's edit", text(b, copy.uuid()));
        assertTrue(copy.name().matches("report \\(conflict on B \\d{4}-\\d\\d-\\d\\d \\d\\d-\\d\\d-\\d\\d(\\.\\d{3})?\\)\\.docx"),
                copy.name());
        assertEquals(report, copy.properties().get(SyncModel.PROP_CONFLICT_OF).value());
        assertEquals(folder, copy.parentUuid());
        assertTrue(results.stream().anyMatch(r -> r.message() != null && r.message().startsWith("conflict: ")),
                "the conflict is reported: " + results);
        assertEquals(a.describeTree(folder), b.describeTree(b.findByPath("/Company Home/Sales").orElseThrow()));
        assertEquals(a.version(report), b.version(report));
    }

    @Test
    void anEditBeatsAConcurrentDeleteOnBothSides() {
        b.edit().updateContent(report, bytes("edited on B"));
        a.edit().delete(report);

        settle();

        assertEquals("edited on B", text(a, report));
        assertEquals("edited on B", text(b, report));
    }

    @Test
    void aDeletedFolderStaysOnBothSidesWhenTheOtherSideAddedAFileToIt() {
        String added = b.edit().createFile(folder, "added on B.txt", bytes("new"));
        a.edit().delete(folder);

        settle();

        assertTrue(a.read(folder).isPresent(), "the folder came back on A");
        assertEquals("new", text(a, added));
        assertTrue(a.read(report).isEmpty() && b.read(report).isEmpty(), "the report B never changed is gone");
        assertEquals(a.describeTree(a.rootUuid()), b.describeTree(b.rootUuid()));
    }

    @Test
    void aFileMovedOutOfTheSyncedFolderIsDeletedOnTheOtherSideAndSyncsAgainWhenMovedBack() {
        String elsewhere = a.edit().createFolder(a.rootUuid(), "Not synced");
        a.edit().move(report, elsewhere);
        settle();
        assertTrue(b.read(report).isEmpty(), "deleted on B");
        assertTrue(a.read(report).orElseThrow().aspects().stream().noneMatch(SyncModel::isSyncModel),
                "no longer synced on A");

        a.edit().move(report, folder);
        settle();
        assertEquals("v1", text(b, report));
        assertEquals(a.describeTree(folder), b.describeTree(folder));
    }

    @Test
    void aRenameSwapAndADeleteAndRecreateOfANameArriveWhateverTheOrder() {
        String plan = a.edit().createFile(folder, "plan.docx", bytes("plan"));
        settle();
        a.edit().rename(report, "swap.tmp");
        a.edit().rename(plan, "report.docx");
        a.edit().rename(report, "plan.docx");
        String gone = a.edit().createFile(folder, "notes.txt", bytes("old notes"));
        settle();
        a.edit().delete(gone);
        String notes = a.edit().createFile(folder, "notes.txt", bytes("new notes"));

        settle();

        assertEquals("v1", text(b, b.findByPath("/Company Home/Sales/plan.docx").orElseThrow()));
        assertEquals("plan", text(b, b.findByPath("/Company Home/Sales/report.docx").orElseThrow()));
        assertEquals(notes, b.findByPath("/Company Home/Sales/notes.txt").orElseThrow());
        assertEquals(a.describeTree(folder), b.describeTree(folder));
    }

    @Test
    void aDeleteOfAnUnchangedNodeGoesThroughAndAnOldChangeDoesNotBringItBack() {
        long before = a.journalHigh();
        a.edit().setProperty(report, "cm:title", PropertyValue.of("d:text", "Q4"));
        List<Change> oldEdit = aToB.read(before);
        settle();
        b.edit().delete(report);
        settle();
        assertTrue(a.read(report).isEmpty());

        ItemResult replayed = aToB.apply(oldEdit).get(0);
        assertEquals(Outcome.SKIPPED, replayed.outcome());
        assertTrue(replayed.message().startsWith("deleted here (tombstone"), replayed.message());
        assertTrue(b.read(report).isEmpty());
    }

    private NodeSnapshot onlyConflictCopy(ReferenceRepository repository) {
        List<NodeSnapshot> copies = repository.describeTree(repository.rootUuid()).values().stream()
                .map(described -> repository.read(described.split(" ")[0]).orElseThrow())
                .filter(node -> node.aspects().contains(SyncModel.ASPECT_CONFLICT_COPY)).toList();
        assertEquals(1, copies.size(), "conflict copies on " + repository.instanceId());
        return copies.get(0);
    }

    /** Both directions, until neither has anything left to move. */
    private void settle() {
        for (int round = 0; round < 10; round++) {
            boolean moved = !aToB.flow().isEmpty() | !bToA.flow().isEmpty();
            if (!moved) {
                return;
            }
        }
        throw new AssertionError("the two sides did not settle in 10 rounds");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(ReferenceRepository repository, String uuid) {
        try (InputStream in = repository.openContent(uuid)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** One direction: reads the source's journal past its cursor and applies it on the target. */
    private static final class Direction {
        private final ReferenceRepository from;
        private final ReferenceRepository to;
        private final ChangesHandler changes;
        private final ApplyHandler apply;
        private long cursor;

        Direction(ReferenceRepository from, ReferenceRepository to, Path staging) throws IOException {
            this.from = from;
            this.changes = new ChangesHandler(from, from.directory(), new SnapshotExporter(from, 1 << 20));
            this.apply = new ApplyHandler(to, to.directory(), new StagingArea(staging, Duration.ofHours(1)),
                    ApplyListener.NONE, false);
            this.to = to;
        }

        List<Change> read(long after) {
            return changes.changes(after, List.of(), 5000, to.instanceId()).items().stream()
                    .filter(c -> c.node() != null || c.version() != null).toList();
        }

        List<ItemResult> apply(List<Change> items) {
            ApplyResult result = apply.apply(new ApplyRequest(Protocol.VERSION, from.instanceId(), items));
            return result.items();
        }

        /** Moves what is new; the cursor passes everything up to the first change still waiting. */
        List<ItemResult> flow() {
            List<Change> items = read(cursor);
            long high = from.journalHigh();
            if (items.isEmpty()) {
                cursor = high;
                return List.of();
            }
            List<ItemResult> results = apply(items);
            long next = high;
            for (ItemResult result : results) {
                if (result.outcome() == Outcome.WAITING || result.outcome() == Outcome.FAILED
                        || result.outcome() == Outcome.NOT_ATTEMPTED) {
                    next = result.id() - 1;
                    break;
                }
            }
            boolean progressed = next > cursor;
            cursor = next;
            return progressed ? results : List.of();
        }
    }
}
