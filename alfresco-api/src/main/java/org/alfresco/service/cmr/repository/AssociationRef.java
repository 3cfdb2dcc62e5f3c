package org.alfresco.service.cmr.repository;

import java.io.Serializable;
import java.util.Objects;

import org.alfresco.service.namespace.QName;

/** Stand-in: a peer association as a value. */
public class AssociationRef implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Long id;
    private final NodeRef sourceRef;
    private final QName assocTypeQName;
    private final NodeRef targetRef;

    public AssociationRef(NodeRef sourceRef, QName assocTypeQName, NodeRef targetRef) {
        this(null, sourceRef, assocTypeQName, targetRef);
    }

    public AssociationRef(Long id, NodeRef sourceRef, QName assocTypeQName, NodeRef targetRef) {
        this.id = id;
        this.sourceRef = sourceRef;
        this.assocTypeQName = assocTypeQName;
        this.targetRef = targetRef;
    }

    public Long getId() {
        return id;
    }

    public QName getTypeQName() {
        return assocTypeQName;
    }

    public NodeRef getTargetRef() {
        return targetRef;
    }

    public NodeRef getSourceRef() {
        return sourceRef;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AssociationRef other && Objects.equals(sourceRef, other.sourceRef)
                && Objects.equals(assocTypeQName, other.assocTypeQName) && Objects.equals(targetRef, other.targetRef);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sourceRef, assocTypeQName, targetRef);
    }

    @Override
    public String toString() {
        return sourceRef + "|" + targetRef + "|" + assocTypeQName;
    }
}
