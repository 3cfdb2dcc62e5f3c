package com.parashift.alfstream.alfresco.adapter;

import com.parashift.alfstream.alfresco.Fixtures;
import com.parashift.alfstream.alfresco.model.SyncContentModel;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.repository.StoreRef;
import org.alfresco.service.cmr.search.ResultSet;
import org.alfresco.service.cmr.search.SearchParameters;
import org.alfresco.service.cmr.search.SearchService;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class ErrorNodesTest {

    private final SearchService search = mock(SearchService.class);
    private final NodeService nodes = mock(NodeService.class);
    private final ResultSet results = mock(ResultSet.class);
    private final ErrorNodes errorNodes = new ErrorNodes(search, nodes);

    private NodeRef node(String uuid, String state, Boolean reported) {
        NodeRef ref = Fixtures.node(uuid);
        when(nodes.exists(ref)).thenReturn(true);
        when(nodes.hasAspect(ref, SyncContentModel.ASPECT_SYNC)).thenReturn(true);
        when(nodes.getProperty(ref, SyncContentModel.PROP_SYNC_STATE)).thenReturn(state);
        when(nodes.getProperty(ref, SyncContentModel.PROP_ERROR_REPORTED)).thenReturn(reported);
        return ref;
    }

    @Test
    void asksTheIndexThenTrustsOnlyTheDatabase() {
        NodeRef failed = node("failed", "Error", null);
        NodeRef retried = node("retried", "Active", false);
        NodeRef mailed = node("mailed", "Error", true);
        NodeRef unmailed = node("unmailed", "Error", false);
        when(search.query(any(SearchParameters.class))).thenReturn(results);
        when(results.getNodeRefs()).thenReturn(List.of(failed, retried, mailed, unmailed, Fixtures.node("deleted")));

        assertEquals(List.of(failed, unmailed), errorNodes.notReported(10));

        ArgumentCaptor<SearchParameters> parameters = ArgumentCaptor.forClass(SearchParameters.class);
        verify(search).query(parameters.capture());
        assertEquals(SearchService.LANGUAGE_FTS_ALFRESCO, parameters.getValue().getLanguage());
        assertEquals("ASPECT:\"alfs:sync\" AND =alfs:syncState:\"Error\" AND NOT alfs:errorReported:true",
                parameters.getValue().getQuery());
        assertEquals(List.of(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE), parameters.getValue().getStores());
        assertEquals(10, parameters.getValue().getMaxItems());
        verify(results).close();
    }

    @Test
    void inErrorIncludesMailedNodesAndKeepsToTheLimit() {
        NodeRef a = node("a", "Error", true);
        NodeRef b = node("b", "Error", null);
        NodeRef c = node("c", "Error", null);
        when(search.query(any(SearchParameters.class))).thenReturn(results);
        when(results.getNodeRefs()).thenReturn(List.of(a, b, c));

        assertEquals(List.of(a, b), errorNodes.inError(2));
    }

    @Test
    void theResultSetIsClosedWhenReadingItFails() {
        when(search.query(any(SearchParameters.class))).thenReturn(results);
        when(results.getNodeRefs()).thenThrow(new IllegalStateException("solr went away"));

        assertThrows(IllegalStateException.class, () -> errorNodes.inError(5));
        verify(results).close();
    }
}
