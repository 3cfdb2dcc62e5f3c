package com.parashift.alfstream.repo.journal;

import com.parashift.alfstream.protocol.Change;
import com.parashift.alfstream.protocol.ChangeBatch;
import com.parashift.alfstream.protocol.ChangeKind;
import com.parashift.alfstream.protocol.IdRange;
import com.parashift.alfstream.protocol.NodeSnapshot;
import com.parashift.alfstream.protocol.Permissions;
import com.parashift.alfstream.protocol.PropertyValue;
import com.parashift.alfstream.repo.export.SnapshotExporter;
import com.parashift.alfstream.repo.http.SyncException;
import com.parashift.alfstream.repo.port.DirectoryPort;
import com.parashift.alfstream.repo.port.RepositoryPort;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class ChangesHandlerTest {

    private final RepositoryPort repository = mock(RepositoryPort.class);
    private final ChangesHandler handler = new ChangesHandler(repository, mock(DirectoryPort.class),
            new SnapshotExporter(repository, 0));

    ChangesHandlerTest() {
        org.mockito.Mockito.when(repository.version(org.mockito.ArgumentMatchers.any()))
                .thenReturn(com.parashift.alfstream.protocol.VersionVector.EMPTY);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "abc, null, null, after",
            "-1, null, null, after",
            "1.5, null, null, after",
            "null, 5-, null, holes",
            "null, 7-5, null, holes",
            "null, 1-2;x, null, holes",
            "null, null, ten, limit",
            "null, null, 0, limit",
            "null, null, 5001, limit",
            "null, null, 99999999999, limit",
    })
    void aBadParameterIsA400NamingIt(String after, String holes, String limit, String parameter) {
        String holesParam = holes == null ? null : holes.replace(';', ',');

        SyncException e = assertThrows(SyncException.class, () -> handler.changes(after, holesParam, limit));

        assertEquals(400, e.status());
        assertTrue(e.getMessage().startsWith(parameter + ":"), e.getMessage());
        verify(repository, never()).journal(anyLong(), anyList(), anyInt());
    }

    @Test
    void entriesFromTheExcludedOriginComeBackAsBareStubsSoNothingIsHandedBackWhereItCameFrom() {
        when(repository.journal(0, List.of(), 501)).thenReturn(List.of(
                new JournalEntry(1, ChangeKind.CREATE, "echo-node", "B", 10),
                new JournalEntry(2, ChangeKind.CREATE, "own-node", "A", 11)));
        when(repository.read("own-node")).thenReturn(Optional.of(new NodeSnapshot("own-node", "p", "/Company Home",
                "own.txt", "cm:folder", List.of(), Map.of(), null, Permissions.INHERITED, List.of())));

        ChangeBatch batch = handler.changes(null, null, null, "B");

        Change echo = batch.items().get(0);
        assertEquals(List.of(1L, 2L), batch.items().stream().map(Change::id).toList(), "the cursor passes both");
        assertEquals("B", echo.origin());
        assertNull(echo.node(), "an echo carries no node");
        verify(repository, never()).read("echo-node");
        assertEquals("own.txt", batch.items().get(1).node().name());
    }

    @Test
    void missingParametersMeanFromTheStartNoHolesAndFiveHundred() {
        when(repository.journal(0, List.of(), 501)).thenReturn(List.of());

        ChangeBatch batch = handler.changes(null, "", " ");

        verify(repository).journal(0, List.of(), 501);
        assertEquals(List.of(), batch.items());
        assertFalse(batch.hasMore());
    }

    @Test
    void passesTheCursorAndHolesToTheJournal() {
        when(repository.journal(40, List.of(new IdRange(5, 7), new IdRange(10, 10)), 3)).thenReturn(List.of());

        handler.changes("40", "5-7,10", "2");

        verify(repository).journal(40, List.of(new IdRange(5, 7), new IdRange(10, 10)), 3);
    }

    @Test
    void hasMoreWhenTheJournalHoldsMoreThanTheLimit() {
        when(repository.journalHigh()).thenReturn(13L);
        when(repository.journal(10, List.of(), 3)).thenReturn(entries(11, 12, 13));

        ChangeBatch batch = handler.changes("10", null, "2");

        assertEquals(List.of(11L, 12L), batch.items().stream().map(Change::id).toList());
        assertTrue(batch.hasMore());
        assertEquals(13, batch.high());
    }

    @Test
    void noMoreWhenTheJournalHoldsExactlyTheLimit() {
        when(repository.journalHigh()).thenReturn(12L);
        when(repository.journal(10, List.of(), 3)).thenReturn(entries(11, 12));

        ChangeBatch batch = handler.changes("10", null, "2");

        assertEquals(2, batch.items().size());
        assertFalse(batch.hasMore());
    }

    @Test
    void highIsNeverBelowTheLastEntryAnswered() {
        // an entry committed between reading the high mark and reading the journal
        when(repository.journalHigh()).thenReturn(11L);
        when(repository.journal(10, List.of(), 501)).thenReturn(entries(11, 12));

        assertEquals(12, handler.changes("10", null, null).high());
    }

    @Test
    void eachChangeCarriesItsEntryAndTheNodesSnapshotWithoutSyncBookkeeping() {
        JournalEntry entry = new JournalEntry(7, ChangeKind.UPDATE_PROPERTIES, "n1", "B", 1_700_000_000_000L);
        when(repository.journal(0, List.of(), 501)).thenReturn(List.of(entry));
        when(repository.read("n1")).thenReturn(Optional.of(new NodeSnapshot("n1", "p", "/Company Home", "a.txt",
                "cm:content", List.of("alfs:sync", "cm:titled"),
                Map.of("alfs:syncState", PropertyValue.of("d:text", "Active"), "cm:title", PropertyValue.of("d:text", "A")),
                null, Permissions.INHERITED, List.of())));

        Change change = handler.changes(null, null, null).items().get(0);

        assertEquals(7, change.id());
        assertEquals(ChangeKind.UPDATE_PROPERTIES, change.kind());
        assertEquals("B", change.origin(), "the origin travels, so the other side does not echo it back");
        assertEquals(1_700_000_000_000L, change.time());
        assertEquals(List.of("cm:titled"), change.node().aspects());
        assertEquals(Map.of("cm:title", PropertyValue.of("d:text", "A")), change.node().properties());
    }

    @Test
    void aDeleteCarriesNoNodeAndIsNotLookedUp() {
        when(repository.journal(0, List.of(), 501))
                .thenReturn(List.of(new JournalEntry(3, ChangeKind.DELETE, "gone", "A", 1L)));

        Change change = handler.changes(null, null, null).items().get(0);

        assertEquals(ChangeKind.DELETE, change.kind());
        assertEquals("gone", change.uuid());
        assertNull(change.node());
        verify(repository, never()).read("gone");
    }

    @Test
    void aNodeThatVanishedSinceItsEntryIsListedWithoutANode() {
        when(repository.journal(0, List.of(), 501))
                .thenReturn(List.of(new JournalEntry(4, ChangeKind.UPDATE_CONTENT, "vanished", "A", 1L)));
        when(repository.read("vanished")).thenReturn(Optional.empty());

        Change change = handler.changes(null, null, null).items().get(0);

        assertEquals(4, change.id());
        assertEquals(ChangeKind.UPDATE_CONTENT, change.kind());
        assertNull(change.node());
    }

    private static List<JournalEntry> entries(long... ids) {
        List<JournalEntry> entries = new ArrayList<>();
        for (long id : ids) {
            entries.add(new JournalEntry(id, ChangeKind.CREATE, "n" + id, "A", id));
        }
        return entries;
    }
}
