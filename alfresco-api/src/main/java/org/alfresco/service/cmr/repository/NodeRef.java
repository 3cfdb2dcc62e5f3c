package org.alfresco.service.cmr.repository;

import java.io.Serializable;

/** Stand-in: a node reference as a value, written {@code protocol://identifier/id}. */
public final class NodeRef implements Serializable {

    private static final long serialVersionUID = 1L;

    private final StoreRef storeRef;
    private final String id;

    public NodeRef(String protocol, String identifier, String id) {
        this(new StoreRef(protocol, identifier), id);
    }

    public NodeRef(StoreRef storeRef, String id) {
        if (storeRef == null || id == null) {
            throw new IllegalArgumentException("a node reference needs a store and an id");
        }
        this.storeRef = storeRef;
        this.id = id;
    }

    public NodeRef(String nodeRef) {
        this(new StoreRef(nodeRef.substring(0, nodeRef.lastIndexOf('/'))), nodeRef.substring(nodeRef.lastIndexOf('/') + 1));
    }

    public StoreRef getStoreRef() {
        return storeRef;
    }

    public String getId() {
        return id;
    }

    public static boolean isNodeRef(String nodeRef) {
        return nodeRef != null && nodeRef.matches("[^:/]+://[^/]+/[^/]+");
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof NodeRef other && storeRef.equals(other.storeRef) && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return storeRef.hashCode() * 31 + id.hashCode();
    }

    @Override
    public String toString() {
        return storeRef + "/" + id;
    }
}
