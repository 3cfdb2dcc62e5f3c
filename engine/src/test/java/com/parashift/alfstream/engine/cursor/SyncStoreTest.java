package com.parashift.alfstream.engine.cursor;

import com.parashift.alfstream.engine.cursor.Cursor.Hole;
import com.parashift.alfstream.engine.queue.ErrorItem;
import com.parashift.alfstream.protocol.Change;
import com.parashift.alfstream.protocol.ChangeKind;
import com.parashift.alfstream.protocol.ContentDescriptor;
import com.parashift.alfstream.protocol.NodeSnapshot;
import com.parashift.alfstream.protocol.Permissions;
import com.parashift.alfstream.protocol.PropertyValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SyncStoreTest {

    @TempDir
    Path tmp;

    @Test
    void aNewStoreStartsAtTheBeginningWithAnEmptyErrorQueue() {
        try (SyncStore store = SyncStore.open(tmp.resolve("state"))) {
            Cursor cursor = store.loadCursor();
            assertEquals(0, cursor.high());
            assertEquals(List.of(), cursor.holeList());
            assertEquals(List.of(), store.errorQueue());
        }
    }

    @Test
    void theCursorWithItsHolesSurvivesCloseAndReopen() {
        Path file = tmp.resolve("state");
        try (SyncStore store = SyncStore.open(file)) {
            Cursor cursor = store.loadCursor();
            cursor.handled(3, 1_000);
            cursor.handled(9, 2_000);
            store.save(cursor);
        }

        try (SyncStore store = SyncStore.open(file)) {
            Cursor cursor = store.loadCursor();
            assertEquals(9, cursor.high());
            assertEquals(List.of(new Hole(1, 2, 1_000), new Hole(4, 8, 2_000)), cursor.holeList());
        }
    }

    @Test
    void aFilledHoleStaysFilledAfterReopen() {
        Path file = tmp.resolve("state");
        try (SyncStore store = SyncStore.open(file)) {
            Cursor cursor = new Cursor(9, List.of(new Hole(4, 8, 2_000)));
            store.save(cursor);
            cursor.handled(6, 3_000);
            store.save(cursor);
        }

        try (SyncStore store = SyncStore.open(file)) {
            assertEquals(List.of(new Hole(4, 5, 2_000), new Hole(7, 8, 2_000)), store.loadCursor().holeList());
        }
    }

    @Test
    void theErrorQueueSurvivesCloseAndReopenWithTheWholeChange() {
        Path file = tmp.resolve("state");
        ErrorItem item = new ErrorItem(change(7), "remote answered 409: parent missing", 3, 5_000);
        try (SyncStore store = SyncStore.open(file)) {
            Cursor cursor = store.loadCursor();
            cursor.handled(7, 5_000);
            store.save(cursor, List.of(), List.of(item));
        }

        try (SyncStore store = SyncStore.open(file)) {
            assertEquals(List.of(item), store.errorQueue());
            assertEquals(Optional.of(item), store.errorItem(7));
            assertEquals(7, store.loadCursor().high(), "the cursor moved past the item");
        }
    }

    @Test
    void movingToTheErrorQueueIsDurableAtOnceWithTheCursor() throws IOException {
        // a copy of the file taken while the store is still open is what a kill -9 would leave behind
        Path file = tmp.resolve("state");
        Path crashed = tmp.resolve("crashed");
        ErrorItem item = new ErrorItem(change(4), "checksum mismatch", 3, 9_000);
        try (SyncStore store = SyncStore.open(file)) {
            Cursor cursor = store.loadCursor();
            cursor.handled(3, 8_000);
            store.save(cursor);
            cursor.handled(4, 9_000);
            store.save(cursor, List.of(), List.of(item));
            Files.copy(file, crashed);
        }

        try (SyncStore store = SyncStore.open(crashed)) {
            assertEquals(List.of(item), store.errorQueue());
            assertEquals(4, store.loadCursor().high());
        }
    }

    @Test
    void errorItemsAreUpdatedAndRemovedDurably() {
        Path file = tmp.resolve("state");
        ErrorItem first = new ErrorItem(change(4), "first failure", 3, 1_000);
        ErrorItem other = new ErrorItem(change(5), "other", 3, 1_000);
        try (SyncStore store = SyncStore.open(file)) {
            Cursor cursor = store.loadCursor();
            store.save(cursor, List.of(), List.of(first));
            store.save(cursor, List.of(), List.of(other));
            store.updateErrorItem(new ErrorItem(first.change(), "retried, failed again", 4, 2_000));
            assertTrue(store.removeErrorItem(5));
            assertFalse(store.removeErrorItem(5), "already removed");
        }

        try (SyncStore store = SyncStore.open(file)) {
            assertEquals(List.of(new ErrorItem(first.change(), "retried, failed again", 4, 2_000)), store.errorQueue());
            assertEquals(Optional.empty(), store.errorItem(5));
        }
    }

    private static Change change(long id) {
        NodeSnapshot node = new NodeSnapshot("6f1c3e2a-93b4-4c1d-8f6e-0a2b3c4d5e6" + id, "parent", "/Company Home/P",
                "doc" + id + ".txt", "cm:content", List.of("cm:titled"),
                Map.of("cm:title", PropertyValue.of("d:text", "Doc " + id)),
                new ContentDescriptor(12, "text/plain", "UTF-8", "a".repeat(64), null), Permissions.INHERITED, List.of());
        return new Change(id, ChangeKind.CREATE, node.uuid(), "A", 1_700_000_000_000L + id, node);
    }
}
