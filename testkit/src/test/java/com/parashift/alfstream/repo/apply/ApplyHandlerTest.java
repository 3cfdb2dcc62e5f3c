package com.parashift.alfstream.repo.apply;

import com.parashift.alfstream.protocol.ApplyRequest;
import com.parashift.alfstream.protocol.ApplyResult;
import com.parashift.alfstream.protocol.ApplyResult.ItemResult;
import com.parashift.alfstream.protocol.ApplyResult.Outcome;
import com.parashift.alfstream.protocol.Change;
import com.parashift.alfstream.protocol.ChangeKind;
import com.parashift.alfstream.protocol.ContentDescriptor;
import com.parashift.alfstream.protocol.NodeSnapshot;
import com.parashift.alfstream.protocol.PropertyValue;
import com.parashift.alfstream.protocol.Protocol;
import com.parashift.alfstream.repo.export.SnapshotExporter;
import com.parashift.alfstream.repo.http.SyncException;
import com.parashift.alfstream.repo.journal.ChangesHandler;
import com.parashift.alfstream.repo.journal.JournalEntry;
import com.parashift.alfstream.testkit.repository.LocalEdits;
import com.parashift.alfstream.testkit.repository.ReferenceRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Apply on a real (reference) repository B of the changes that the changes handler reads from a repository A, as
 * they travel: the outcome of each item, and what B then holds.
 */
class ApplyHandlerTest {

    private static final byte[] PLAN = "the plan for 2026".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path tmp;

    private ReferenceRepository a;
    private ReferenceRepository b;
    private StagingArea staging;
    private ApplyHandler apply;
    private String folder;
    private String sub;
    private String file;

    @BeforeEach
    void twoRepositoriesAndASyncedTreeOnA() throws IOException {
        a = new ReferenceRepository("A", tmp.resolve("a"));
        b = new ReferenceRepository("B", tmp.resolve("b"));
        staging = new StagingArea(tmp.resolve("staging"), Duration.ofHours(1));
        apply = new ApplyHandler(b, b.directory(), staging, ApplyListener.NONE, false);
        LocalEdits edit = a.edit();
        folder = edit.createFolder(a.rootUuid(), "Projects");
        edit.beginSync(folder);
        sub = edit.createFolder(folder, "2026");
        file = edit.createFile(sub, "plan.txt", PLAN);
    }

    @Test
    void appliesEveryChangeInOrderAndBHoldsTheSameTreeMarkedWithItsOrigin() throws IOException {
        List<Change> items = changesOfA(0, SnapshotExporter.DEFAULT_INLINE_LIMIT);

        ApplyResult result = send(items);

        assertEquals(items.stream().map(Change::id).toList(), result.items().stream().map(ItemResult::id).toList());
        assertEquals(List.of(Outcome.APPLIED, Outcome.APPLIED, Outcome.APPLIED), outcomes(result));
        assertEquals(a.describeTree(a.rootUuid()), b.describeTree(b.rootUuid()));
        assertEquals(b.rootUuid(), b.read(folder).orElseThrow().parentUuid(), "the top resolved by its path");
        assertArrayEquals(PLAN, contentOn(b, file));
        List<JournalEntry> journal = b.journalEntries();
        assertEquals(3, journal.size());
        journal.forEach(e -> assertEquals("A", e.origin(), "B's journal says where " + e.uuid() + " came from"));
    }

    @Test
    void applyingTheSameChangesAgainSkipsThemAsUnchangedAndWritesNothing() {
        List<Change> items = changesOfA(0, SnapshotExporter.DEFAULT_INLINE_LIMIT);
        send(items);
        long high = b.journalHigh();

        ApplyResult again = send(items);

        assertEquals(List.of(Outcome.SKIPPED, Outcome.SKIPPED, Outcome.SKIPPED), outcomes(again));
        again.items().forEach(r -> assertEquals("unchanged", r.message()));
        assertEquals(high, b.journalHigh());
        assertEquals(Map.of("A:1", 1, "A:2", 1, "A:3", 1), b.appliedCounts());
    }

    @Test
    void stopsAtTheFirstFailureAndLeavesTheRestNotAttempted() {
        List<Change> items = changesOfA(0, SnapshotExporter.DEFAULT_INLINE_LIMIT);
        String other = a.edit().createFile(folder, "other.txt", PLAN);
        List<Change> request = List.of(items.get(0), items.get(1), renamed(change(changesOfA(3, 1024), other), "a/b"),
                items.get(2));

        ApplyResult result = send(request);

        assertEquals(List.of(Outcome.APPLIED, Outcome.APPLIED, Outcome.FAILED, Outcome.NOT_ATTEMPTED), outcomes(result));
        assertEquals("an earlier item failed", result.items().get(3).message());
        assertTrue(b.read(sub).isPresent());
        assertTrue(b.read(other).isEmpty());
        assertTrue(b.read(file).isEmpty(), "an item after the failure is not applied");
    }

    @Test
    void goingOnPastFailuresLeavesOutOnlyWhatDependsOnTheFailedItem() throws IOException {
        List<Change> items = changesOfA(0, SnapshotExporter.DEFAULT_INLINE_LIMIT);
        String other = a.edit().createFile(folder, "other.txt", PLAN);
        Change failing = renamed(change(items, sub), "a/b");
        List<Change> request = List.of(change(items, folder), failing, change(items, file),
                change(changesOfA(3, 1024), other));

        ApplyResult result = apply.apply(new ApplyRequest(Protocol.VERSION, "A", request, true));

        assertEquals(List.of(Outcome.APPLIED, Outcome.FAILED, Outcome.NOT_ATTEMPTED, Outcome.APPLIED), outcomes(result));
        assertEquals("waits behind item " + failing.id() + ", which failed", result.items().get(2).message(),
                "the file in the folder whose rename failed waits behind it");
        assertTrue(b.read(sub).isEmpty());
        assertTrue(b.read(file).isEmpty());
        assertArrayEquals(PLAN, contentOn(b, other), "the unrelated file after the failure is applied");
    }

    @Test
    void aHiddenFolderArrivesHiddenWhileOtherSystemNamesStayAtHome() {
        LocalEdits edit = a.edit();
        String surfConfig = edit.createFolder(folder, "Hidden");
        edit.addAspect(surfConfig, "sys:hidden");
        edit.setProperty(surfConfig, "sys:clientVisibilityMask", PropertyValue.of("d:int", "0"));
        edit.setProperty(surfConfig, "sys:cascadeHidden", PropertyValue.of("d:boolean", "false"));

        ApplyResult result = send(changesOfA(0, SnapshotExporter.DEFAULT_INLINE_LIMIT));

        assertTrue(outcomes(result).stream().allMatch(o -> o == Outcome.APPLIED || o == Outcome.SKIPPED),
                result.toString());
        NodeSnapshot onB = b.read(surfConfig).orElseThrow();
        assertTrue(onB.aspects().contains("sys:hidden"), "hidden on B as on A, as Share hides its surf-config");
        assertEquals("0", onB.properties().get("sys:clientVisibilityMask").value());
        Change hidden = change(changesOfA(0, 1024), surfConfig);
        Change referenceable = with(hidden, hidden.node().withAspectsAndProperties(List.of("sys:referenceable"),
                hidden.node().properties()));
        ItemResult refused = send(List.of(referenceable)).items().get(0);
        assertEquals(Outcome.FAILED, refused.outcome());
        assertTrue(refused.message().contains("the system model (sys:referenceable) never travels"), refused.message());
    }

    @Test
    void aRequestWithoutAnOriginOrFromThisRepositoryItselfIsRefused() {
        List<Change> items = changesOfA(0, 1024);
        for (String origin : new String[] {null, " ", "B"}) {
            SyncException e = assertThrows(SyncException.class,
                    () -> apply.apply(new ApplyRequest(Protocol.VERSION, origin, items)), "origin " + origin);
            assertEquals(400, e.status());
            assertTrue(e.getMessage().startsWith("origin:"), e.getMessage());
        }
        SyncException version = assertThrows(SyncException.class, () -> apply.apply(new ApplyRequest(99, "A", items)));
        assertTrue(version.getMessage().startsWith("protocol: version 99"), version.getMessage());
        SyncException noItems = assertThrows(SyncException.class,
                () -> apply.apply(new ApplyRequest(Protocol.VERSION, "A", null)));
        assertTrue(noItems.getMessage().startsWith("items:"), noItems.getMessage());
        assertEquals(0, b.journalHigh(), "nothing was written");
        assertTrue(b.read(folder).isEmpty());
    }

    @Test
    void aChangeOlderThanTheTargetsCopyIsSkippedAndTheNewerCopyKept() {
        send(changesOfA(0, 1024));
        b.edit().setProperty(file, "cm:title", PropertyValue.of("d:text", "edited on B"));
        a.edit().setProperty(file, "cm:title", PropertyValue.of("d:text", "edited on A, earlier"));
        Change fromA = change(changesOfA(3, 1024), file);
        Change older = withProperty(fromA, "cm:modified", PropertyValue.of("d:datetime", "2020-01-01T00:00:00.000Z"));

        ItemResult result = send(List.of(older)).items().get(0);

        assertEquals(Outcome.SKIPPED, result.outcome());
        assertTrue(result.message().contains("newer"), result.message());
        assertEquals("edited on B", title(b, file));
    }

    @Test
    void aNodeWhoseSyncWasStoppedOnTheTargetIsLeftAlone() {
        send(changesOfA(0, 1024));
        b.edit().stopSync(folder);
        long high = a.journalHigh();
        a.edit().setProperty(file, "cm:title", PropertyValue.of("d:text", "edited on A"));
        a.edit().delete(sub);

        ApplyResult result = send(changesOfA(high, 1024));

        assertEquals(List.of(Outcome.SKIPPED, Outcome.SKIPPED, Outcome.SKIPPED), outcomes(result));
        result.items().forEach(r -> assertTrue(r.message().contains("Inactive"), r.message()));
        assertNull(title(b, file));
        assertTrue(b.read(sub).isPresent(), "the delete did not reach a stopped node");
    }

    @Test
    void aNodeWhoseParentIsNowhereOnTheTargetWaitsForItAndNothingIsWritten() {
        Change orphan = change(changesOfA(0, 1024), file);

        ItemResult result = send(List.of(orphan)).items().get(0);

        assertEquals(Outcome.WAITING, result.outcome(), "a later change brings the parent; the engine keeps it aside");
        assertTrue(result.message().contains("parent of 'plan.txt' does not exist here"), result.message());
        assertTrue(b.read(file).isEmpty());
        assertEquals(0, b.journalHigh());
    }

    @Test
    void inlineContentThatDoesNotMatchItsChecksumFailsAndNothingIsWritten() {
        List<Change> items = changesOfA(0, 1024);
        Change tampered = withInline(change(items, file), "the plan for 2027".getBytes(StandardCharsets.UTF_8));

        ApplyResult result = send(List.of(items.get(0), items.get(1), tampered));

        ItemResult failed = result.items().get(2);
        assertEquals(Outcome.FAILED, failed.outcome());
        assertTrue(failed.message().contains("checksum mismatch"), failed.message());
        assertTrue(b.read(file).isEmpty());
        assertTrue(b.journalEntries().stream().noneMatch(e -> e.uuid().equals(file)));
    }

    @Test
    void contentThatWasNotStagedFailsAndAppliesOnceItIs() throws IOException {
        List<Change> items = changesOfA(0, 0);
        assertNull(change(items, file).node().content().inline(), "above the inline limit: travels as a stream");

        ItemResult notStaged = send(items).items().get(2);

        assertEquals(Outcome.FAILED, notStaged.outcome());
        assertTrue(notStaged.message().contains("was not staged"), notStaged.message());
        assertTrue(b.read(file).isEmpty());

        try (InputStream in = a.openContent(file)) {
            staging.stage(a.read(file).orElseThrow().content().sha256(), in);
        }
        assertEquals(List.of(Outcome.SKIPPED, Outcome.SKIPPED, Outcome.APPLIED), outcomes(send(items)));
        assertArrayEquals(PLAN, contentOn(b, file));
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
            ".. => is a relative path element",
            "a/b => contains the character U+002F",
            "'bell\u0007' => contains the character U+0007",
            "trailing. => ends with a dot or a space",
    })
    void aHostileNameFailsNamingTheProblemAndNothingIsWritten(String name, String problem) {
        List<Change> items = changesOfA(0, 1024);
        send(items.subList(0, 2));
        long high = b.journalHigh();

        ItemResult result = send(List.of(renamed(change(items, file), name))).items().get(0);

        assertEquals(Outcome.FAILED, result.outcome());
        assertTrue(result.message().contains(problem), result.message());
        assertTrue(b.read(file).isEmpty());
        assertEquals(List.of(), b.journal(high, List.of(), 100));
    }

    @Test
    void aDeleteRemovesTheNodeAndADeleteOfSomethingAbsentIsSkipped() {
        send(changesOfA(0, 1024));
        long high = a.journalHigh();
        a.edit().delete(sub);
        List<Change> delete = changesOfA(high, 1024);

        assertEquals(List.of(Outcome.APPLIED, Outcome.APPLIED), outcomes(send(delete)), "the file, then its folder");
        assertTrue(b.read(sub).isEmpty() && b.read(file).isEmpty(), "the folder went with its file");
        ItemResult again = send(delete).items().get(1);
        assertEquals(Outcome.SKIPPED, again.outcome());
        assertEquals("already absent", again.message());
    }

    @Test
    void aChangeWhoseNodeIsGoneAtTheSourceIsSkipped() {
        send(changesOfA(0, 1024));
        Change vanished = new Change(99, ChangeKind.UPDATE_PROPERTIES, file, "A", 1L, null);

        ItemResult result = send(List.of(vanished)).items().get(0);

        assertEquals(Outcome.SKIPPED, result.outcome());
        assertTrue(b.read(file).isPresent());
    }

    @Test
    void malformedItemsFailNamingWhatIsWrong() {
        Change good = change(changesOfA(0, 1024), folder);
        Map<String, Change> malformed = Map.of(
                "a DELETE carries no node", new Change(1, ChangeKind.DELETE, folder, "A", 1L, good.node()),
                "differs from uuid", new Change(1, ChangeKind.CREATE, "another-uuid", "A", 1L, good.node()),
                "is not a node UUID", new Change(1, ChangeKind.DELETE, "../etc", "A", 1L, null),
                "kind: missing", new Change(1, null, folder, "A", 1L, good.node()));

        malformed.forEach((problem, change) -> {
            ItemResult result = send(List.of(change)).items().get(0);
            assertEquals(Outcome.FAILED, result.outcome(), problem);
            assertTrue(result.message().contains(problem), result.message());
        });
        assertTrue(b.read(folder).isEmpty());
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    /** The changes of A after a cursor, as its changes endpoint answers them. */
    private List<Change> changesOfA(long after, int inlineLimit) {
        return new ChangesHandler(a, a.directory(), new SnapshotExporter(a, inlineLimit))
                .changes(after, List.of(), 5000).items();
    }

    private ApplyResult send(List<Change> items) {
        return apply.apply(new ApplyRequest(Protocol.VERSION, "A", items));
    }

    private static List<Outcome> outcomes(ApplyResult result) {
        return result.items().stream().map(ItemResult::outcome).toList();
    }

    private static Change change(List<Change> items, String uuid) {
        return items.stream().filter(c -> c.uuid().equals(uuid)).reduce((first, second) -> second)
                .orElseThrow(() -> new AssertionError("no change of " + uuid + " in " + items));
    }

    private static Change renamed(Change change, String name) {
        NodeSnapshot n = change.node();
        return with(change, new NodeSnapshot(n.uuid(), n.parentUuid(), n.parentPath(), name, n.type(), n.aspects(),
                n.properties(), n.content(), n.permissions(), n.associations()));
    }

    private static Change withProperty(Change change, String name, PropertyValue value) {
        Map<String, PropertyValue> properties = new HashMap<>(change.node().properties());
        properties.put(name, value);
        return with(change, change.node().withAspectsAndProperties(change.node().aspects(), properties));
    }

    private static Change withInline(Change change, byte[] bytes) {
        ContentDescriptor c = change.node().content();
        return with(change, change.node().withContent(new ContentDescriptor(c.size(), c.mimetype(), c.encoding(),
                c.sha256(), Base64.getEncoder().encodeToString(bytes))));
    }

    private static Change with(Change change, NodeSnapshot node) {
        return new Change(change.id(), change.kind(), change.uuid(), change.origin(), change.time(), node);
    }

    private static String title(ReferenceRepository repository, String uuid) {
        PropertyValue title = repository.read(uuid).orElseThrow().properties().get("cm:title");
        return title == null ? null : title.value();
    }

    private static byte[] contentOn(ReferenceRepository repository, String uuid) throws IOException {
        try (InputStream in = repository.openContent(uuid)) {
            return in.readAllBytes();
        }
    }
}
