package com.parashift.alfstream.testkit.contract;

import com.parashift.alfstream.protocol.Change;
import com.parashift.alfstream.protocol.ChangeKind;
import com.parashift.alfstream.testkit.Await;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What each user action journals, as the engine reads it from {@code GET changes}: the same cases against the
 * reference repository and against real Alfresco, where real Alfresco is right whenever they disagree. Each case
 * works in a fresh folder of the acting user and looks only at the journal entries it caused.
 */
public abstract class JournalingContract {

    private static final Duration WALK = Duration.ofMinutes(3);

    protected abstract UserActions actions();

    private UserActions user;
    private String synced;
    private long mark;

    @BeforeEach
    void syncedFolder() {
        user = actions();
        synced = user.createFolder(user.workspace(), "synced-" + UUID.randomUUID());
        user.beginSync(synced);
        mark = user.journalHigh();
    }

    private List<Change> since() {
        return user.changesAfter(mark);
    }

    private Set<ChangeKind> kindsOf(String uuid) {
        return since().stream().filter(c -> c.uuid().equals(uuid)).map(Change::kind).collect(Collectors.toSet());
    }

    private void awaitKind(String uuid, ChangeKind kind) {
        Await.until("a " + kind + " entry of " + uuid + " in the journal", () -> kindsOf(uuid).contains(kind), WALK,
                () -> "entries of it: " + kindsOf(uuid));
    }

    private static byte[] text(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void beginSyncingJournalsTheFolderAndEverythingBelowIt() {
        String top = user.createFolder(user.workspace(), "tree-" + UUID.randomUUID());
        String sub = user.createFolder(top, "sub");
        String a = user.createFile(top, "a.txt", text("a"));
        String b = user.createFile(sub, "b.txt", text("b"));
        long before = user.journalHigh();
        user.beginSync(top);
        Set<String> journaled = user.changesAfter(before).stream().filter(c -> c.kind() == ChangeKind.CREATE)
                .map(Change::uuid).collect(Collectors.toSet());
        assertEquals(Set.of(top, sub, a, b), journaled, "CREATE entries after Begin Syncing");
        assertTrue(user.isSyncActive(b), "a file two levels down is Active");
    }

    @Test
    void beginSyncingATreeOf2000NodesJournalsEveryOne() {
        String top = user.createFolder(user.workspace(), "big-" + UUID.randomUUID());
        user.createTree(top, 40, 49);
        long before = user.journalHigh();
        user.beginSync(top);
        Set<String> created = user.changesAfter(before).stream().filter(c -> c.kind() == ChangeKind.CREATE)
                .map(Change::uuid).collect(Collectors.toSet());
        assertEquals(1 + 40 + 40 * 49, created.size(), "the top, 40 folders and 1,960 files, each journaled once");
    }

    @Test
    void createContentPropertiesRenameMoveAndDeleteAreJournaled() {
        String file = user.createFile(synced, "doc.txt", text("one"));
        awaitKind(file, ChangeKind.CREATE);
        user.updateContent(file, text("two"));
        awaitKind(file, ChangeKind.UPDATE_CONTENT);
        user.setTitle(file, "Quarterly report");
        awaitKind(file, ChangeKind.UPDATE_PROPERTIES);
        String title = since().stream().filter(c -> c.uuid().equals(file) && c.node() != null).reduce((x, y) -> y)
                .map(c -> c.node().properties().get("cm:title").value()).orElse(null);
        assertEquals("Quarterly report", title, "the snapshot carries the new title");
        user.rename(file, "renamed.txt");
        String sub = user.createFolder(synced, "sub");
        mark = user.journalHigh();
        user.move(file, sub);
        awaitKind(file, ChangeKind.MOVE);
        assertEquals(sub, since().stream().filter(c -> c.uuid().equals(file)).reduce((x, y) -> y).orElseThrow()
                .node().parentUuid(), "the move's snapshot names the new parent");
        user.delete(file);
        awaitKind(file, ChangeKind.DELETE);
    }

    @Test
    void aPermissionChangeIsJournaled() {
        String folder = user.createFolder(synced, "restricted");
        awaitKind(folder, ChangeKind.CREATE);
        mark = user.journalHigh();
        user.restrictTo(folder, "GROUP_EVERYONE");
        Await.until("an entry of " + folder + " after its permissions changed", () -> !kindsOf(folder).isEmpty(), WALK);
        Change last = since().stream().filter(c -> c.uuid().equals(folder)).reduce((x, y) -> y).orElseThrow();
        assertFalse(last.node().permissions().inherit(), "the snapshot carries the broken inheritance");
    }

    @Test
    void movingAnUnsyncedSubtreeInSyncsAndJournalsAllOfIt() {
        String outside = user.createFolder(user.workspace(), "outside-" + UUID.randomUUID());
        String inner = user.createFile(outside, "inner.txt", text("x"));
        user.move(outside, synced);
        awaitKind(outside, ChangeKind.CREATE);
        awaitKind(inner, ChangeKind.CREATE);
        assertTrue(user.isSyncActive(inner), "the moved-in file is Active");
    }

    @Test
    void aCopyIntoASyncedFolderSyncsACopyOutDoesNot() {
        String unsynced = user.createFolder(user.workspace(), "plain-" + UUID.randomUUID());
        String source = user.createFile(unsynced, "source.txt", text("s"));
        String copyIn = user.copy(source, synced);
        awaitKind(copyIn, ChangeKind.CREATE);
        assertTrue(user.isSyncActive(copyIn), "a copy that lands in a synced folder is Active");

        String syncedFile = user.createFile(synced, "synced.txt", text("t"));
        awaitKind(syncedFile, ChangeKind.CREATE);
        String copyOut = user.copy(syncedFile, unsynced);
        assertFalse(user.isSyncActive(copyOut), "a copy outside synced trees is not synced");
        user.updateContent(copyOut, text("edited copy"));
        String marker = user.createFile(synced, "marker.txt", text("m"));
        awaitKind(marker, ChangeKind.CREATE);
        assertTrue(kindsOf(copyOut).isEmpty(), "nothing of the copy outside is journaled: " + kindsOf(copyOut));
    }

    @Test
    void afterStopNothingIsJournaledAfterBeginAgainEverythingIs() {
        String file = user.createFile(synced, "s.txt", text("1"));
        awaitKind(file, ChangeKind.CREATE);
        user.stopSync(synced);
        mark = user.journalHigh();
        user.updateContent(file, text("2"));
        assertFalse(user.isSyncActive(file), "stopped");
        assertTrue(kindsOf(file).isEmpty(), "an edit while stopped is not journaled: " + kindsOf(file));
        user.beginSync(synced);
        awaitKind(file, ChangeKind.CREATE);
        assertTrue(user.isSyncActive(file));
    }

    @Test
    void retrySyncingJournalsTheNodeInErrorAgain() {
        String file = user.createFile(synced, "failing.txt", text("1"));
        awaitKind(file, ChangeKind.CREATE);
        user.markError(file, "Disk full on B");
        mark = user.journalHigh();
        user.retrySync(synced);
        Await.until("an entry of " + file + " after Retry Syncing", () -> !kindsOf(file).isEmpty(), WALK);
        assertTrue(user.isSyncActive(file), "Active again after Retry Syncing");
    }

    @Test
    void groupChangesAreJournaledTheSyncGroupNever() {
        String group = "team" + UUID.randomUUID().toString().substring(0, 8);
        user.createGroupWithMember(group, user.user());
        Await.until("a GROUP entry of GROUP_" + group, () -> kindsOf("GROUP_" + group).contains(ChangeKind.GROUP), WALK);
        assertTrue(kindsOf("GROUP_ALFSTREAM_SYNC").isEmpty(), "the sync group never travels");
    }
}
