package com.parashift.alfstream.alfresco.journal;

import com.parashift.alfstream.protocol.ChangeKind;
import com.parashift.alfstream.protocol.IdRange;
import com.parashift.alfstream.repo.journal.JournalEntry;
import org.alfresco.repo.audit.AuditComponent;
import org.alfresco.service.cmr.audit.AuditQueryParameters;
import org.alfresco.service.cmr.audit.AuditService;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class AuditJournalTest {

    private final AuditComponent component = mock(AuditComponent.class);
    private final AuditService service = mock(AuditService.class);
    private final AuditJournal journal = new AuditJournal(component, service);
    /** The audit log as Alfresco would hold it: entry id to values. */
    private final TreeMap<Long, String> log = new TreeMap<>();
    private final List<AuditQueryParameters> queries = new ArrayList<>();

    AuditJournalTest() {
        doAnswer(i -> {
            AuditService.AuditQueryCallback callback = i.getArgument(0);
            AuditQueryParameters p = i.getArgument(1);
            int max = i.getArgument(2);
            queries.add(p);
            var range = log.subMap(p.getFromId() == null ? 0 : p.getFromId(), true,
                    p.getToId() == null ? Long.MAX_VALUE : p.getToId(), false);
            var ids = new ArrayList<>(p.isForward() ? range.keySet() : range.descendingKeySet());
            for (Long id : ids.subList(0, Math.min(max, ids.size()))) {
                callback.handleAuditEntry(id, AuditJournal.APPLICATION, "admin", 1000 + id, Map.of(
                        "/alfstream-sync/kind/value", "CREATE", "/alfstream-sync/uuid/value", log.get(id),
                        "/alfstream-sync/origin/value", "A"));
            }
            return null;
        }).when(service).auditQuery(any(), any(), anyInt());
    }

    @Test
    void recordsKindUuidAndOriginUnderTheApplicationRoot() {
        when(component.recordAuditValuesWithUserFilter(any(), any(), eq(false))).thenReturn(Map.of("x", "y"));
        journal.record(ChangeKind.MOVE, "n1", "B", null);
        @SuppressWarnings("unchecked")
        ArgumentCaptor<Map<String, Serializable>> values = ArgumentCaptor.forClass(Map.class);
        verify(component).recordAuditValuesWithUserFilter(eq("/alfstream-sync"), values.capture(), eq(false));
        assertEquals(Map.of("kind", "MOVE", "uuid", "n1", "origin", "B"), values.getValue());
    }

    @Test
    void recordingWithAuditingOffDoesNotFailTheChange() {
        when(component.recordAuditValuesWithUserFilter(any(), any(), eq(false))).thenReturn(Map.of());
        journal.record(ChangeKind.CREATE, "n1", "A", null);
        journal.record(ChangeKind.CREATE, "n2", "A", null);
        verify(component, org.mockito.Mockito.times(2)).recordAuditValuesWithUserFilter(any(), any(), eq(false));
    }

    @Test
    void readsAfterTheCursorAndInsideTheHolesInIdOrder() {
        for (long id = 1; id <= 12; id++) {
            log.put(id, "n" + id);
        }
        log.remove(4L); // not visible yet
        List<JournalEntry> entries = journal.read(9, List.of(new IdRange(3, 5), new IdRange(7, 7)), 100);
        assertEquals(List.of(3L, 5L, 7L, 10L, 11L, 12L), entries.stream().map(JournalEntry::id).toList());
        assertEquals(new JournalEntry(3, ChangeKind.CREATE, "n3", "A", 1003), entries.get(0));
        assertEquals(3L, queries.get(0).getFromId());
        assertEquals(6L, queries.get(0).getToId(), "toId is exclusive");
        assertEquals(AuditJournal.APPLICATION, queries.get(0).getApplicationName());
        assertEquals(10L, queries.get(2).getFromId());
    }

    @Test
    void readStopsAtTheLimit() {
        for (long id = 1; id <= 10; id++) {
            log.put(id, "n" + id);
        }
        assertEquals(List.of(2L, 6L, 7L), journal.read(5, List.of(new IdRange(2, 2)), 3).stream()
                .map(JournalEntry::id).toList());
    }

    @Test
    void highIsTheLastIdOrZero() {
        assertEquals(0, journal.high());
        log.put(41L, "a");
        log.put(42L, "b");
        assertEquals(42, journal.high());
        assertEquals(false, queries.get(queries.size() - 1).isForward());
    }

    @Test
    void unreadableEntriesAreSkipped() {
        assertEquals(null, AuditJournal.toEntry(5L, 0, Map.of("/alfstream-sync/kind/value", "NONSENSE")));
    }
}
