package com.parashift.alfstream.testkit.contract;

import com.parashift.alfstream.protocol.ChangeKind;
import com.parashift.alfstream.protocol.IdRange;
import com.parashift.alfstream.protocol.NodeSnapshot;
import com.parashift.alfstream.protocol.Permissions;
import com.parashift.alfstream.protocol.PropertyValue;
import com.parashift.alfstream.repo.export.SnapshotExporter;
import com.parashift.alfstream.repo.http.SyncException;
import com.parashift.alfstream.repo.journal.JournalEntry;
import com.parashift.alfstream.repo.port.ContentSource;
import com.parashift.alfstream.repo.port.RepositoryPort;
import com.parashift.alfstream.repo.port.SyncModel;
import com.parashift.alfstream.repo.port.SyncState;
import com.parashift.alfstream.testkit.content.GeneratedContent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;

import static com.parashift.alfstream.testkit.contract.SnapshotBuilder.bytes;
import static com.parashift.alfstream.testkit.contract.SnapshotBuilder.sha256;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The behaviour of {@link RepositoryPort} that the journal, export and apply logic rely on. Every implementation
 * extends this class and supplies a {@link PortFixture}; the reference repository and the Alfresco adapter pass the
 * same cases. Changes written by {@code write} and {@code delete} come from another instance, {@link #REMOTE}.
 */
public abstract class RepositoryPortContract {

    /** The instance id of the repository the written changes come from. */
    protected static final String REMOTE = "contract-remote";

    private static final String TEXT = "text/plain";

    @TempDir
    protected Path directory;

    protected PortFixture fixture;
    protected RepositoryPort port;

    /** A fresh repository in {@code directory}, with nothing under sync yet. */
    protected abstract PortFixture createFixture(Path directory) throws Exception;

    @BeforeEach
    public void openFixture() throws Exception {
        fixture = createFixture(directory);
        port = fixture.port();
    }

    @AfterEach
    public void closeFixture() throws Exception {
        if (fixture != null) {
            fixture.close();
        }
    }

    // ---- journal ------------------------------------------------------------------------------------------

    @Test
    public void journalListsWhatUsersDidAfterTheCursorAscendingWithThisRepositoryAsOrigin() {
        long start = port.journalHigh();
        String folder = fixture.syncedFolder("Reports");
        String first = fixture.fileIn(folder, "q1.txt", bytes("first quarter"), TEXT);
        String second = fixture.fileIn(folder, "q2.txt", bytes("second quarter"), TEXT);

        List<JournalEntry> entries = port.journal(start, List.of(), 1000);

        assertAscendingAbove(start, entries);
        long previous = start;
        for (String uuid : List.of(folder, first, second)) {
            JournalEntry created = entry(entries, uuid, ChangeKind.CREATE);
            assertEquals(port.instanceId(), created.origin(), "origin of a change made here");
            assertTrue(created.id() > previous, "entries of successive transactions ascend: " + entries);
            previous = created.id();
        }
        assertEquals(entries.get(entries.size() - 1).id(), port.journalHigh(), "journalHigh is the last visible id");
    }

    @Test
    public void journalAnswersAtMostTheLimitLowestIdsFirst() {
        long start = port.journalHigh();
        String folder = fixture.syncedFolder("Batch");
        for (int i = 0; i < 4; i++) {
            fixture.fileIn(folder, "doc" + i + ".txt", bytes("doc " + i), TEXT);
        }
        List<JournalEntry> all = port.journal(start, List.of(), 1000);
        assertTrue(all.size() >= 5, "a folder and four files journaled: " + all);

        assertEquals(all.subList(0, 2), port.journal(start, List.of(), 2));
        assertEquals(all.subList(1, all.size()), port.journal(all.get(0).id(), List.of(), 1000));
        assertEquals(List.of(), port.journal(all.get(all.size() - 1).id(), List.of(), 1000), "nothing after the last");
    }

    @Test
    public void journalAnswersEntriesInsideHolesBelowTheCursorThenNewOnesAscending() {
        long start = port.journalHigh();
        String folder = fixture.syncedFolder("Holes");
        for (int i = 0; i < 4; i++) {
            fixture.fileIn(folder, "doc" + i + ".txt", bytes("doc " + i), TEXT);
        }
        List<JournalEntry> all = port.journal(start, List.of(), 1000);
        long cursor = all.get(all.size() - 1).id();
        IdRange hole = new IdRange(all.get(1).id(), all.get(2).id());
        List<JournalEntry> inHole = all.stream().filter(e -> hole.contains(e.id())).toList();

        assertEquals(inHole, port.journal(cursor, List.of(hole), 1000), "only the entries inside the hole");

        String later = fixture.fileIn(folder, "later.txt", bytes("later"), TEXT);
        List<JournalEntry> withNew = port.journal(cursor, List.of(hole), 1000);
        assertAscendingAbove(0, withNew);
        assertEquals(inHole, withNew.subList(0, inHole.size()), "the hole's entries come first");
        entry(withNew, later, ChangeKind.CREATE);
        assertEquals(inHole.subList(0, 1), port.journal(cursor, List.of(hole), 1), "the limit counts hole entries");
    }

    @Test
    public void overlappingOrRepeatedHolesAnswerEachEntryOnce() {
        long start = port.journalHigh();
        String folder = fixture.syncedFolder("Overlap");
        for (int i = 0; i < 3; i++) {
            fixture.fileIn(folder, "doc" + i + ".txt", bytes("doc " + i), TEXT);
        }
        List<JournalEntry> all = port.journal(start, List.of(), 1000);
        long cursor = all.get(all.size() - 1).id();
        long a = all.get(0).id();
        long c = all.get(2).id();

        List<JournalEntry> answered = port.journal(cursor,
                List.of(new IdRange(a, c), new IdRange(all.get(1).id(), c), new IdRange(a, a)), 1000);

        assertEquals(all.subList(0, 3), answered);
    }

    @Test
    public void anEntryCommittedLateBecomesVisibleBelowTheHighestId() throws Exception {
        String folder = fixture.syncedFolder("Slow");
        long before = port.journalHigh();
        FutureTask<Held> slowTransaction = new FutureTask<>(() -> {
            Runnable release = fixture.holdJournal();
            return new Held(fixture.fileIn(folder, "slow.txt", bytes("slow"), TEXT), release);
        });
        Thread thread = new Thread(slowTransaction, "contract-slow-transaction");
        thread.start();
        Held slow = slowTransaction.get(30, TimeUnit.SECONDS);
        String fast = fixture.fileIn(folder, "fast.txt", bytes("fast"), TEXT);

        List<JournalEntry> seen = port.journal(before, List.of(), 1000);
        long fastId = entry(seen, fast, ChangeKind.CREATE).id();
        assertTrue(seen.stream().noneMatch(e -> e.uuid().equals(slow.uuid)), "uncommitted entry visible: " + seen);
        assertEquals(fastId, port.journalHigh());
        assertTrue(fastId > before + 1, "the slow transaction took an id below " + fastId);

        slow.release.run();

        List<JournalEntry> late = port.journal(fastId, List.of(new IdRange(before + 1, fastId - 1)), 1000);
        JournalEntry slowEntry = entry(late, slow.uuid, ChangeKind.CREATE);
        assertTrue(slowEntry.id() < fastId, "ids are assigned at insert, before commit");
        assertEquals(fastId, port.journalHigh(), "a late entry does not raise the highest id");
        assertAscendingAbove(before, port.journal(before, List.of(), 1000));
    }

    private record Held(String uuid, Runnable release) {
    }

    // ---- read, findByPath, openContent --------------------------------------------------------------------

    @Test
    public void readDescribesAFileAsItsUserCreatedIt() {
        String folder = fixture.syncedFolder("Contracts");
        byte[] content = bytes("Signed on 22 November");
        String file = fixture.fileIn(folder, "lease.txt", content, TEXT);

        NodeSnapshot node = port.read(file).orElseThrow();

        String folderPath = port.read(folder).orElseThrow().path();
        assertEquals(file, node.uuid());
        assertEquals(folder, node.parentUuid());
        assertEquals(folderPath, node.parentPath());
        assertEquals("lease.txt", node.name());
        assertEquals("lease.txt", text(node, SyncModel.PROP_NAME));
        assertEquals("cm:content", node.type());
        assertEquals(content.length, node.content().size());
        assertEquals(sha256(content), node.content().sha256());
        assertEquals(TEXT, node.content().mimetype());
        assertNull(node.content().inline(), "read never carries inline bytes");
        assertActiveUnderSync(node);
    }

    @Test
    public void readOfANodeThatDoesNotExistIsEmpty() {
        assertEquals(Optional.empty(), port.read(UUID.randomUUID().toString()));
    }

    @Test
    public void findByPathFindsFoldersAndFilesByTheirDisplayPathAndNothingElse() {
        String folder = fixture.syncedFolder("Projects");
        String year = fixture.folderIn(folder, "2026");
        String file = fixture.fileIn(year, "plan.txt", bytes("plan"), TEXT);

        for (String uuid : List.of(folder, year, file)) {
            assertEquals(Optional.of(uuid), port.findByPath(port.read(uuid).orElseThrow().path()));
        }
        String yearPath = port.read(year).orElseThrow().path();
        assertEquals(Optional.empty(), port.findByPath(yearPath + "/missing.txt"));
        assertEquals(Optional.empty(), port.findByPath("/No Such Root/Projects"));
    }

    @Test
    public void openContentStreamsTheFileBytesAndAFolderHasNone() throws IOException {
        String folder = fixture.syncedFolder("Media");
        byte[] content;
        try (InputStream generated = new GeneratedContent(300_000, 7)) {
            content = generated.readAllBytes();
        }
        String file = fixture.fileIn(folder, "video.bin", content, "application/octet-stream");

        try (InputStream in = port.openContent(file)) {
            assertArrayEquals(content, in.readAllBytes());
        }
        SyncException none = assertThrows(SyncException.class, () -> port.openContent(folder).close());
        assertEquals(404, none.status());
    }

    // ---- write --------------------------------------------------------------------------------------------

    @Test
    public void writeCreatesTheNodeWholeWithTheSameUuidAndJournalsItWithItsOrigin() throws IOException {
        String folder = fixture.syncedFolder("Inbox");
        String post = fixture.fileIn(folder, "post.txt", bytes("the question"), TEXT);
        NodeSnapshot parent = port.read(folder).orElseThrow();
        String uuid = UUID.randomUUID().toString();
        byte[] content = bytes("the answer");
        Permissions permissions = new Permissions(false,
                List.of(new Permissions.AccessEntry("GROUP_site_inbox_SiteConsumer", "Consumer", true)));
        NodeSnapshot reply = SnapshotBuilder.create(uuid, parent, "reply.txt", "cm:content")
                .aspect("cm:titled").text("cm:title", "Re: the question")
                .property(SyncModel.PROP_MODIFIED, PropertyValue.of("d:datetime", "2026-11-20T10:15:30.000Z"))
                .content(content, TEXT).permissions(permissions).association("cm:references", post).build();
        long start = port.journalHigh();

        write(reply, content, 42);

        NodeSnapshot written = port.read(uuid).orElseThrow();
        assertEquals(folder, written.parentUuid());
        assertEquals("reply.txt", written.name());
        assertEquals("cm:content", written.type());
        assertTrue(written.aspects().contains("cm:titled"), "aspects " + written.aspects());
        assertEquals("Re: the question", text(written, "cm:title"));
        assertEquals("2026-11-20T10:15:30.000Z", text(written, SyncModel.PROP_MODIFIED), "the source's date is kept");
        assertEquals(permissions, written.permissions());
        assertEquals(reply.associations(), written.associations());
        assertEquals(sha256(content), written.content().sha256());
        assertArrayEquals(content, contentOf(uuid));
        assertActiveUnderSync(written);
        assertEquals(REMOTE, text(written, SyncModel.PROP_ORIGIN));
        assertEquals(REMOTE, entry(port.journal(start, List.of(), 1000), uuid, ChangeKind.CREATE).origin());
    }

    @Test
    public void writeBringsAnExistingNodeToTheSnapshotDroppingWhatItNoLonger() {
        String folder = fixture.syncedFolder("Drafts");
        String file = fixture.fileIn(folder, "notes.txt", bytes("notes"), TEXT);
        long start = port.journalHigh();

        write(editable(file).aspect("cm:titled").text("cm:title", "Draft").build(), null, 1);
        NodeSnapshot titled = port.read(file).orElseThrow();
        assertTrue(titled.aspects().contains("cm:titled"), "aspects " + titled.aspects());
        assertEquals("Draft", text(titled, "cm:title"));

        write(editable(file).without("cm:titled").without("cm:title").text("cm:description", "Final").build(), null, 2);
        NodeSnapshot updated = port.read(file).orElseThrow();
        assertFalse(updated.aspects().contains("cm:titled"), "aspects " + updated.aspects());
        assertNull(text(updated, "cm:title"));
        assertEquals("Final", text(updated, "cm:description"));
        List<JournalEntry> entries = entries(port.journal(start, List.of(), 1000), file);
        assertFalse(entries.isEmpty(), "updates are journaled");
        entries.forEach(e -> assertEquals(REMOTE, e.origin(), "origin of " + e));
    }

    @Test
    public void writeWithoutAContentSourceKeepsTheBytes() throws IOException {
        String folder = fixture.syncedFolder("Keep");
        byte[] content = bytes("the original bytes");
        String file = fixture.fileIn(folder, "keep.txt", content, TEXT);

        write(editable(file).text("cm:title", "Renamed title only").build(), null, 3);

        NodeSnapshot node = port.read(file).orElseThrow();
        assertEquals(sha256(content), node.content().sha256());
        assertArrayEquals(content, contentOf(file));
        assertEquals("Renamed title only", text(node, "cm:title"));
    }

    @Test
    public void writeWithNewContentReplacesTheBytes() throws IOException {
        String folder = fixture.syncedFolder("Versions");
        String file = fixture.fileIn(folder, "v.txt", bytes("version 1"), TEXT);
        byte[] second = bytes("version 2, longer than the first");

        write(editable(file).content(second, TEXT).build(), second, 4);

        assertEquals(sha256(second), port.read(file).orElseThrow().content().sha256());
        assertArrayEquals(second, contentOf(file));
    }

    @Test
    public void contentThatDoesNotMatchTheSnapshotsChecksumIsRefusedAndNothingIsWritten() throws IOException {
        String folder = fixture.syncedFolder("Checked");
        byte[] first = bytes("version 1");
        String file = fixture.fileIn(folder, "v.txt", first, TEXT);
        NodeSnapshot parent = port.read(folder).orElseThrow();
        String uuid = UUID.randomUUID().toString();
        NodeSnapshot fresh = SnapshotBuilder.create(uuid, parent, "new.txt", "cm:content")
                .content(bytes("expected"), TEXT).build();
        NodeSnapshot update = editable(file).content(bytes("expected"), TEXT).build();
        long start = port.journalHigh();

        assertThrows(RuntimeException.class, () -> write(fresh, bytes("tampered"), 5));
        assertThrows(RuntimeException.class, () -> write(update, bytes("tampered"), 6));

        assertEquals(Optional.empty(), port.read(uuid));
        assertEquals(sha256(first), port.read(file).orElseThrow().content().sha256());
        assertArrayEquals(first, contentOf(file));
        assertEquals(List.of(), port.journal(start, List.of(), 1000));
    }

    @Test
    public void writeMovesAndRenamesAndKeepsTheBytes() throws IOException {
        String folder = fixture.syncedFolder("Moves");
        String archive = fixture.folderIn(folder, "Archive");
        byte[] content = bytes("moving content");
        String file = fixture.fileIn(folder, "draft.txt", content, TEXT);
        String oldPath = port.read(file).orElseThrow().path();
        NodeSnapshot target = port.read(archive).orElseThrow();
        long start = port.journalHigh();

        write(editable(file).parent(target).name("final.txt").build(), null, 7);

        NodeSnapshot moved = port.read(file).orElseThrow();
        assertEquals(archive, moved.parentUuid());
        assertEquals("final.txt", moved.name());
        assertEquals(target.path() + "/final.txt", moved.path());
        assertEquals(Optional.empty(), port.findByPath(oldPath));
        assertEquals(Optional.of(file), port.findByPath(target.path() + "/final.txt"));
        assertArrayEquals(content, contentOf(file));
        assertEquals(REMOTE, entry(port.journal(start, List.of(), 1000), file, ChangeKind.MOVE).origin());
    }

    @Test
    public void writeLeavesTheNodeActiveAndClearsAnEarlierError() {
        String folder = fixture.syncedFolder("Recovered");
        String file = fixture.fileIn(folder, "f.txt", bytes("f"), TEXT);
        inTransaction(() -> port.setState(file, SyncState.Error, "quota exceeded"));

        write(editable(file).text("cm:title", "fixed").build(), null, 8);

        NodeSnapshot node = port.read(file).orElseThrow();
        assertActiveUnderSync(node);
        assertNull(text(node, SyncModel.PROP_ERROR_MESSAGE), "the old error message is gone");
    }

    @Test
    public void aNameTakenByASiblingIsRefusedAndNothingChanges() {
        String folder = fixture.syncedFolder("Clash");
        String taken = fixture.fileIn(folder, "report.pdf", bytes("the report"), "application/pdf");
        String other = fixture.fileIn(folder, "other.pdf", bytes("another"), "application/pdf");
        NodeSnapshot parent = port.read(folder).orElseThrow();
        String uuid = UUID.randomUUID().toString();
        long start = port.journalHigh();

        assertThrows(RuntimeException.class,
                () -> write(SnapshotBuilder.create(uuid, parent, "report.pdf", "cm:content").build(), null, 9));
        assertThrows(RuntimeException.class, () -> write(editable(other).name("report.pdf").build(), null, 10));

        assertEquals(Optional.empty(), port.read(uuid));
        assertEquals("other.pdf", port.read(other).orElseThrow().name());
        assertEquals(Optional.of(taken), port.findByPath(parent.path() + "/report.pdf"));
        assertEquals(List.of(), port.journal(start, List.of(), 1000));
    }

    @Test
    public void writeUnderAParentThatDoesNotExistIsRefused() {
        String folder = fixture.syncedFolder("Orphans");
        NodeSnapshot ghostParent = SnapshotBuilder.create(UUID.randomUUID().toString(),
                port.read(folder).orElseThrow(), "Never written", "cm:folder").build();
        String uuid = UUID.randomUUID().toString();
        long start = port.journalHigh();

        assertThrows(RuntimeException.class,
                () -> write(SnapshotBuilder.create(uuid, ghostParent, "orphan.txt", "cm:content").build(), null, 11));

        assertEquals(Optional.empty(), port.read(uuid));
        assertEquals(List.of(), port.journal(start, List.of(), 1000));
    }

    @Test
    public void aFolderCannotBeMovedIntoItsOwnSubtree() {
        String folder = fixture.syncedFolder("Tree");
        String child = fixture.folderIn(folder, "Child");
        String grandchild = fixture.folderIn(child, "Grandchild");
        NodeSnapshot below = port.read(grandchild).orElseThrow();
        String path = port.read(child).orElseThrow().path();

        assertThrows(RuntimeException.class, () -> write(editable(child).parent(below).build(), null, 12));

        assertEquals(folder, port.read(child).orElseThrow().parentUuid());
        assertEquals(Optional.of(child), port.findByPath(path));
    }

    // ---- delete, setState, count --------------------------------------------------------------------------

    @Test
    public void deleteRemovesTheSubtreeAndJournalsTheDeleteWithItsOrigin() {
        String folder = fixture.syncedFolder("Gone");
        String sub = fixture.folderIn(folder, "Sub");
        String file = fixture.fileIn(sub, "f.txt", bytes("f"), TEXT);
        String sibling = fixture.syncedFolder("Stays");
        String path = port.read(folder).orElseThrow().path();
        long start = port.journalHigh();

        inTransaction(() -> port.delete(folder, REMOTE, 13));

        for (String uuid : List.of(folder, sub, file)) {
            assertEquals(Optional.empty(), port.read(uuid), "deleted with its parent: " + uuid);
        }
        assertEquals(Optional.empty(), port.findByPath(path));
        assertTrue(port.read(sibling).isPresent());
        assertEquals(REMOTE, entry(port.journal(start, List.of(), 1000), folder, ChangeKind.DELETE).origin());
    }

    @Test
    public void setStateMarksAnErrorWithItsReasonAndCountCountsIt() {
        String folder = fixture.syncedFolder("States");
        String failing = fixture.fileIn(folder, "failing.txt", bytes("x"), TEXT);
        String stopped = fixture.fileIn(folder, "stopped.txt", bytes("y"), TEXT);
        long active = port.count(SyncState.Active);
        long errors = port.count(SyncState.Error);
        long inactive = port.count(SyncState.Inactive);

        inTransaction(() -> port.setState(failing, SyncState.Error, "Quota exceeded on the target"));
        inTransaction(() -> port.setState(stopped, SyncState.Inactive, null));

        NodeSnapshot failed = port.read(failing).orElseThrow();
        assertEquals("Error", text(failed, SyncModel.PROP_SYNC_STATE));
        assertEquals("Quota exceeded on the target", text(failed, SyncModel.PROP_ERROR_MESSAGE));
        assertEquals("Inactive", text(port.read(stopped).orElseThrow(), SyncModel.PROP_SYNC_STATE));
        assertEquals(List.of(active - 2, errors + 1, inactive + 1), counts());

        inTransaction(() -> port.setState(failing, SyncState.Active, null));

        NodeSnapshot retried = port.read(failing).orElseThrow();
        assertEquals("Active", text(retried, SyncModel.PROP_SYNC_STATE));
        assertNull(text(retried, SyncModel.PROP_ERROR_MESSAGE), "the error message is cleared");
        assertEquals(List.of(active - 1, errors, inactive + 1), counts());
    }

    @Test
    public void countCountsEverySyncedNodeByState() {
        long active = port.count(SyncState.Active);
        long errors = port.count(SyncState.Error);

        String folder = fixture.syncedFolder("Counted");
        fixture.fileIn(fixture.folderIn(folder, "Sub"), "f.txt", bytes("f"), TEXT);
        fixture.fileIn(folder, "g.txt", bytes("g"), TEXT);

        assertEquals(active + 4, port.count(SyncState.Active));
        assertEquals(errors, port.count(SyncState.Error));
    }

    // ---- transactions -------------------------------------------------------------------------------------

    @Test
    public void aTransactionThatFailsLeavesNoNodeChangedAndNothingJournaled() throws IOException {
        String folder = fixture.syncedFolder("Atomic");
        byte[] original = bytes("original");
        String kept = fixture.fileIn(folder, "kept.txt", original, TEXT);
        String doomed = fixture.folderIn(folder, "Doomed");
        String child = fixture.fileIn(doomed, "child.txt", bytes("child"), TEXT);
        NodeSnapshot keptBefore = port.read(kept).orElseThrow();
        NodeSnapshot parent = port.read(folder).orElseThrow();
        String created = UUID.randomUUID().toString();
        byte[] changed = bytes("changed");
        long start = port.journalHigh();
        IllegalStateException failure = new IllegalStateException("the last item of the transaction failed");

        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> port.inTransaction(() -> {
            port.write(SnapshotBuilder.create(created, parent, "new.txt", "cm:content").build(), null, REMOTE, 14);
            port.write(editable(kept).name("renamed.txt").content(changed, TEXT).build(), source(changed), REMOTE, 15);
            port.delete(doomed, REMOTE, 16);
            port.setState(folder, SyncState.Error, "should not stay");
            throw failure;
        }));

        assertSame(failure, thrown, "the work's own exception reaches the caller");
        assertEquals(Optional.empty(), port.read(created));
        assertEquals(keptBefore, port.read(kept).orElseThrow());
        assertArrayEquals(original, contentOf(kept));
        assertTrue(port.read(doomed).isPresent() && port.read(child).isPresent(), "the delete is rolled back");
        assertActiveUnderSync(port.read(folder).orElseThrow());
        assertEquals(start, port.journalHigh());
        assertEquals(List.of(), port.journal(start, List.of(), 1000));
    }

    @Test
    public void aTransactionCommitsAllItsWorkAndAnswersItsResult() {
        String folder = fixture.syncedFolder("Committed");
        NodeSnapshot parent = port.read(folder).orElseThrow();
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        long start = port.journalHigh();

        String answer = port.inTransaction(() -> {
            port.write(SnapshotBuilder.create(first, parent, "one.txt", "cm:content").build(), null, REMOTE, 17);
            port.write(SnapshotBuilder.create(second, parent, "two.txt", "cm:content").build(), null, REMOTE, 18);
            return "both written";
        });

        assertEquals("both written", answer);
        List<JournalEntry> entries = port.journal(start, List.of(), 1000);
        for (String uuid : List.of(first, second)) {
            assertTrue(port.read(uuid).isPresent());
            assertEquals(REMOTE, entry(entries, uuid, ChangeKind.CREATE).origin());
        }
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    /** Writes as apply does: in a transaction of its own. */
    private void write(NodeSnapshot node, byte[] content, long originEntryId) {
        port.inTransaction(() -> {
            port.write(node, content == null ? null : source(content), REMOTE, originEntryId);
            return null;
        });
    }

    private void inTransaction(Runnable work) {
        port.inTransaction(() -> {
            work.run();
            return null;
        });
    }

    /** The node as another repository would send it back: without this side's sync bookkeeping. */
    private SnapshotBuilder editable(String uuid) {
        return SnapshotBuilder.from(SnapshotExporter.withoutSyncModel(port.read(uuid).orElseThrow()));
    }

    private static ContentSource source(byte[] content) {
        return () -> new ByteArrayInputStream(content);
    }

    private byte[] contentOf(String uuid) throws IOException {
        try (InputStream in = port.openContent(uuid)) {
            return in.readAllBytes();
        }
    }

    private List<Long> counts() {
        return List.of(port.count(SyncState.Active), port.count(SyncState.Error), port.count(SyncState.Inactive));
    }

    private static String text(NodeSnapshot node, String property) {
        PropertyValue value = node.properties().get(property);
        return value == null ? null : value.value();
    }

    private static void assertActiveUnderSync(NodeSnapshot node) {
        assertTrue(node.aspects().contains(SyncModel.ASPECT_SYNC), node.name() + " aspects " + node.aspects());
        assertEquals("Active", text(node, SyncModel.PROP_SYNC_STATE), node.name() + " sync state");
    }

    private static void assertAscendingAbove(long after, List<JournalEntry> entries) {
        long previous = after;
        for (JournalEntry entry : entries) {
            assertTrue(entry.id() > previous, "ids ascend above " + after + ": " + entries);
            previous = entry.id();
        }
    }

    private static List<JournalEntry> entries(List<JournalEntry> entries, String uuid) {
        return entries.stream().filter(e -> uuid.equals(e.uuid())).toList();
    }

    private static JournalEntry entry(List<JournalEntry> entries, String uuid, ChangeKind kind) {
        return entries(entries, uuid).stream().filter(e -> e.kind() == kind).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " entry for " + uuid + " in " + entries));
    }
}
