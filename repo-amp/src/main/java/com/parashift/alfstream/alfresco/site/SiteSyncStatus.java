package com.parashift.alfstream.alfresco.site;

import com.parashift.alfstream.alfresco.model.SyncContentModel;
import com.parashift.alfstream.repo.port.SyncState;
import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.dictionary.DictionaryService;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.QName;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Date;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What syncs in a site and what failed, read from the database by walking the site's tree (no search index: it
 * works on an Alfresco without Solr and is never behind). A synced root is a synced node whose parent is not
 * synced; every synced node below it counts towards it. At most {@code maxNodes} nodes are read.
 */
public class SiteSyncStatus {

    /** A synced root: its state, how many synced items it holds, how many are in Error, the latest alfs:lastSynced. */
    public record Root(String nodeRef, String name, String path, boolean folder, String state, Long lastSynced,
            long items, long errors) {
    }

    /** An item in Error, with the reason and since when (epoch milliseconds; null when not recorded). */
    public record Failure(String nodeRef, String name, String path, boolean folder, String message, Long since,
            String root) {
    }

    /** The site's report; {@code truncated} when the walk stopped at the node limit. */
    public record Report(String site, boolean canRetry, boolean truncated, long scanned, List<Root> roots,
            List<Failure> errors) {
    }

    private record Visit(NodeRef node, String path, NodeRef root) {
    }

    private final NodeService nodeService;
    private final DictionaryService dictionaryService;
    private final int maxNodes;

    public SiteSyncStatus(NodeService nodeService, DictionaryService dictionaryService, int maxNodes) {
        if (maxNodes < 1) {
            throw new IllegalArgumentException("alfstream.sync.sitestatus.maxNodes must be 1 or more, was " + maxNodes);
        }
        this.nodeService = nodeService;
        this.dictionaryService = dictionaryService;
        this.maxNodes = maxNodes;
    }

    /** Walks the site below {@code siteNode}, breadth first; paths are relative to the site ("/documentLibrary/..."). */
    public Report of(String site, NodeRef siteNode, boolean canRetry) {
        Map<NodeRef, Root> roots = new LinkedHashMap<>();
        List<Failure> errors = new ArrayList<>();
        Deque<Visit> pending = new ArrayDeque<>();
        pending.add(new Visit(siteNode, "", null));
        long scanned = 0;
        while (!pending.isEmpty() && scanned < maxNodes) {
            Visit visit = pending.poll();
            scanned++;
            NodeRef root = visit(visit, roots, errors);
            for (ChildAssociationRef child : nodeService.getChildAssocs(visit.node())) {
                if (child.isPrimary()) {
                    pending.add(new Visit(child.getChildRef(), visit.path() + "/" + name(child.getChildRef()), root));
                }
            }
        }
        return new Report(site, canRetry, !pending.isEmpty(), scanned, List.copyOf(roots.values()), errors);
    }

    /** Counts the node in its root (a new root when its parent is not synced); @return the root of its children */
    private NodeRef visit(Visit visit, Map<NodeRef, Root> roots, List<Failure> errors) {
        NodeRef node = visit.node();
        if (!nodeService.hasAspect(node, SyncContentModel.ASPECT_SYNC)) {
            return null;
        }
        Map<QName, Serializable> props = nodeService.getProperties(node);
        String state = String.valueOf(props.get(SyncContentModel.PROP_SYNC_STATE));
        boolean error = SyncState.Error.name().equals(state);
        NodeRef root = visit.root() == null ? node : visit.root();
        Root counted = roots.get(root);
        Long lastSynced = millis(props.get(SyncContentModel.PROP_LAST_SYNCED));
        if (counted == null) {
            counted = new Root(node.toString(), name(node), visit.path(), folder(node), state, lastSynced, 0, 0);
        }
        roots.put(root, new Root(counted.nodeRef(), counted.name(), counted.path(), counted.folder(), counted.state(),
                latest(counted.lastSynced(), lastSynced), counted.items() + 1, counted.errors() + (error ? 1 : 0)));
        if (error) {
            errors.add(new Failure(node.toString(), name(node), visit.path(), folder(node),
                    (String) props.get(SyncContentModel.PROP_ERROR_MESSAGE),
                    millis(props.get(SyncContentModel.PROP_ERROR_SINCE)), root.toString()));
        }
        return root;
    }

    private String name(NodeRef node) {
        return (String) nodeService.getProperty(node, ContentModel.PROP_NAME);
    }

    private boolean folder(NodeRef node) {
        return dictionaryService.isSubClass(nodeService.getType(node), ContentModel.TYPE_FOLDER);
    }

    private static Long millis(Serializable value) {
        return value instanceof Date date ? date.getTime() : null;
    }

    private static Long latest(Long a, Long b) {
        return a == null ? b : b == null ? a : Long.valueOf(Math.max(a, b));
    }
}
