package com.parashift.alfstream.alfresco.adapter;

import com.parashift.alfstream.alfresco.Fixtures;
import com.parashift.alfstream.alfresco.journal.AuditJournal;
import com.parashift.alfstream.alfresco.journal.OriginContext;
import com.parashift.alfstream.alfresco.model.SyncMarker;
import com.parashift.alfstream.alfresco.support.TransactionRunner;
import com.parashift.alfstream.protocol.NodeSnapshot;
import com.parashift.alfstream.repo.http.SyncException;
import com.parashift.alfstream.repo.port.SyncState;
import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.repository.ContentReader;
import org.alfresco.service.cmr.repository.ContentService;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.repository.StoreRef;
import org.alfresco.service.cmr.search.ResultSet;
import org.alfresco.service.cmr.search.SearchService;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class AlfrescoRepositoryTest {

    private final AuditJournal journal = mock(AuditJournal.class);
    private final SnapshotReader reader = mock(SnapshotReader.class);
    private final SnapshotWriter writer = mock(SnapshotWriter.class);
    private final NodePaths paths = mock(NodePaths.class);
    private final NodeService nodeService = mock(NodeService.class);
    private final ContentService contentService = mock(ContentService.class);
    private final SearchService searchService = mock(SearchService.class);
    private final SyncMarker marker = mock(SyncMarker.class);
    private final TransactionRunner transactions = Fixtures.transactions();
    private final VersionHistoryReader versionReader = mock(VersionHistoryReader.class);
    private final VersionHistoryWriter versionWriter = mock(VersionHistoryWriter.class);
    private final AlfrescoRepository repository = new AlfrescoRepository(() -> "HERE", journal, reader, writer,
            versionReader, versionWriter, paths, nodeService, contentService, searchService, marker, transactions,
            null, null, null);

    @Test
    void writesRunWithTheirOriginSoTheJournalDoesNotEchoThem() {
        List<String> seen = new ArrayList<>();
        doAnswer(i -> seen.add(OriginContext.current().orElse(null))).when(writer).write(any(), any(), any(), anyLong());
        NodeSnapshot node = mock(NodeSnapshot.class);
        repository.write(node, null, "THERE", 9);
        verify(writer).write(node, null, "THERE", 9);
        assertEquals(List.of("THERE"), seen);
        assertEquals(Optional.empty(), OriginContext.current());
    }

    @Test
    void deleteRemovesAnExistingNodeWithItsOrigin() {
        when(nodeService.exists(Fixtures.node("n"))).thenReturn(true);
        List<String> seen = new ArrayList<>();
        doAnswer(i -> seen.add(OriginContext.current().orElse(null))).when(nodeService).deleteNode(any());
        repository.delete("n", "THERE", 3);
        assertEquals(List.of("THERE"), seen);
        repository.delete("absent", "THERE", 4);
        verify(nodeService, never()).deleteNode(Fixtures.node("absent"));
    }

    @Test
    void contentOfANodeWithoutContentIs404() {
        when(contentService.getReader(Fixtures.node("n"), ContentModel.PROP_CONTENT)).thenReturn(mock(ContentReader.class));
        SyncException e = assertThrows(SyncException.class, () -> repository.openContent("n"));
        assertEquals(404, e.status());
    }

    @Test
    void countsByTheIndexAndClosesTheResults() {
        ResultSet results = mock(ResultSet.class);
        when(results.getNumberFound()).thenReturn(12L);
        when(searchService.query(eq(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE), eq(SearchService.LANGUAGE_FTS_ALFRESCO),
                eq("ASPECT:\"alfs:sync\" AND =alfs:syncState:\"Error\""))).thenReturn(results);
        assertEquals(12, repository.count(SyncState.Error));
        verify(results).close();
        when(searchService.query(any(), anyString(), anyString())).thenThrow(new IllegalStateException("solr down"));
        assertEquals(-1, repository.count(SyncState.Active));
    }

    @Test
    void delegatesJournalStateAndTransactions() {
        when(journal.high()).thenReturn(5L);
        assertEquals(5, repository.journalHigh());
        assertEquals("HERE", repository.instanceId());
        repository.setState("n", SyncState.Error, "boom");
        verify(marker).mark(Fixtures.node("n"), SyncState.Error, "boom");
        assertEquals("x", repository.inTransaction(() -> "x"));
        verify(transactions).inNewTransaction(any());
        when(paths.find("/Company Home")).thenReturn(Optional.of(Fixtures.node("home")));
        assertEquals(Optional.of("home"), repository.findByPath("/Company Home"));
    }
}
