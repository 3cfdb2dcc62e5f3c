package com.parashift.alfstream.alfresco.adapter;

import com.parashift.alfstream.alfresco.model.SyncContentModel;
import com.parashift.alfstream.repo.port.SyncState;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.repository.StoreRef;
import org.alfresco.service.cmr.search.ResultSet;
import org.alfresco.service.cmr.search.SearchParameters;
import org.alfresco.service.cmr.search.SearchService;

import java.util.ArrayList;
import java.util.List;

/**
 * The synced nodes in {@code Error}, found through the search index and then checked against the database: the
 * index is eventually consistent, so a node it still lists as failing (or as not mailed yet) may have moved on.
 * A node that failed a moment ago may not be indexed yet; the next run finds it.
 */
public class ErrorNodes {

    static final String IN_ERROR = "ASPECT:\"alfs:sync\" AND =alfs:syncState:\"" + SyncState.Error.name() + "\"";
    static final String NOT_REPORTED = " AND NOT alfs:errorReported:true";

    private final SearchService searchService;
    private final NodeService nodeService;

    public ErrorNodes(SearchService searchService, NodeService nodeService) {
        this.searchService = searchService;
        this.nodeService = nodeService;
    }

    /** Nodes in Error now, at most {@code max}. */
    public List<NodeRef> inError(int max) {
        return find(IN_ERROR, max, false);
    }

    /** Nodes in Error now whose error was not mailed yet, at most {@code max}. */
    public List<NodeRef> notReported(int max) {
        return find(IN_ERROR + NOT_REPORTED, max, true);
    }

    private List<NodeRef> find(String query, int max, boolean unreportedOnly) {
        SearchParameters parameters = new SearchParameters();
        parameters.addStore(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE);
        parameters.setLanguage(SearchService.LANGUAGE_FTS_ALFRESCO);
        parameters.setQuery(query);
        parameters.setMaxItems(max);
        ResultSet results = searchService.query(parameters);
        try {
            List<NodeRef> found = new ArrayList<>();
            for (NodeRef node : results.getNodeRefs()) {
                if (found.size() < max && isError(node)
                        && !(unreportedOnly && Boolean.TRUE.equals(nodeService.getProperty(node,
                        SyncContentModel.PROP_ERROR_REPORTED)))) {
                    found.add(node);
                }
            }
            return found;
        } finally {
            results.close();
        }
    }

    private boolean isError(NodeRef node) {
        return nodeService.exists(node) && nodeService.hasAspect(node, SyncContentModel.ASPECT_SYNC)
                && SyncState.Error.name().equals(nodeService.getProperty(node, SyncContentModel.PROP_SYNC_STATE));
    }
}
