package com.parashift.alfstream.alfresco.adapter;

import com.parashift.alfstream.alfresco.model.SyncContentModel;
import com.parashift.alfstream.repo.port.RepositoryPort.Lineage;
import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.NamespaceService;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A node and its primary ancestors up to the node below the store root (Company Home), as apply's scope rule
 * reads them: name, type and whether each carries {@code alfs:sync}.
 */
public class NodeLineage {

    private final NodeService nodeService;
    private final NamespaceService namespaceService;

    public NodeLineage(NodeService nodeService, NamespaceService namespaceService) {
        this.nodeService = nodeService;
        this.namespaceService = namespaceService;
    }

    public List<Lineage> of(NodeRef node) {
        List<Lineage> lineage = new ArrayList<>();
        if (!nodeService.exists(node)) {
            return lineage;
        }
        for (NodeRef at = node; at != null; ) {
            ChildAssociationRef parent = nodeService.getPrimaryParent(at);
            if (parent == null || parent.getParentRef() == null) {
                break; // the store root: not a node of the display path
            }
            Serializable name = nodeService.getProperty(at, ContentModel.PROP_NAME);
            lineage.add(new Lineage(at.getId(), name == null ? at.getId() : name.toString(),
                    nodeService.getType(at).toPrefixString(namespaceService),
                    nodeService.hasAspect(at, SyncContentModel.ASPECT_SYNC)));
            at = parent.getParentRef();
        }
        return lineage;
    }
}
