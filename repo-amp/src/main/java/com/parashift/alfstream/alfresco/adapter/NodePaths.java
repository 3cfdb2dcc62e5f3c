package com.parashift.alfstream.alfresco.adapter;

import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.repository.StoreRef;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/** Display paths ({@code /Company Home/Sites/…}, names from below the store root) and finding a node by one. */
public class NodePaths {

    private final NodeService nodeService;

    public NodePaths(NodeService nodeService) {
        this.nodeService = nodeService;
    }

    /** The display path of a node; {@code /} for the store root. */
    public String displayPath(NodeRef node) {
        Deque<String> names = new ArrayDeque<>();
        NodeRef current = node;
        while (true) {
            ChildAssociationRef parent = nodeService.getPrimaryParent(current);
            if (parent == null || parent.getParentRef() == null) {
                break;
            }
            names.addFirst(name(current));
            current = parent.getParentRef();
        }
        return "/" + String.join("/", names);
    }

    /** The node at a display path, following {@code cm:contains} by name and else any child association. */
    public Optional<NodeRef> find(String displayPath) {
        if (displayPath == null || !displayPath.startsWith("/")) {
            return Optional.empty();
        }
        NodeRef current = nodeService.getRootNode(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE);
        for (String name : displayPath.split("/")) {
            if (name.isEmpty()) {
                continue;
            }
            NodeRef child = nodeService.getChildByName(current, ContentModel.ASSOC_CONTAINS, name);
            current = child != null ? child : childNamed(current, name);
            if (current == null) {
                return Optional.empty();
            }
        }
        return Optional.of(current);
    }

    private NodeRef childNamed(NodeRef parent, String name) {
        for (ChildAssociationRef assoc : nodeService.getChildAssocs(parent)) {
            if (name.equals(name(assoc.getChildRef()))) {
                return assoc.getChildRef();
            }
        }
        return null;
    }

    private String name(NodeRef node) {
        Serializable name = nodeService.getProperty(node, ContentModel.PROP_NAME);
        return name == null ? node.getId() : name.toString();
    }
}
