package org.alfresco.service.cmr.repository;

import java.io.Serializable;
import java.util.Objects;

import org.alfresco.service.namespace.QName;

/** Stand-in: a parent-child association as a value. */
public class ChildAssociationRef implements Serializable {

    private static final long serialVersionUID = 1L;

    private final QName assocTypeQName;
    private final NodeRef parentRef;
    private final QName childQName;
    private final NodeRef childRef;
    private final boolean isPrimary;
    private int nthSibling;

    public ChildAssociationRef(QName assocTypeQName, NodeRef parentRef, QName childQName, NodeRef childRef,
            boolean isPrimary, int nthSibling) {
        this.assocTypeQName = assocTypeQName;
        this.parentRef = parentRef;
        this.childQName = childQName;
        this.childRef = childRef;
        this.isPrimary = isPrimary;
        this.nthSibling = nthSibling;
    }

    public ChildAssociationRef(QName assocTypeQName, NodeRef parentRef, QName childQName, NodeRef childRef) {
        this(assocTypeQName, parentRef, childQName, childRef, false, -1);
    }

    public QName getTypeQName() {
        return assocTypeQName;
    }

    public QName getQName() {
        return childQName;
    }

    public NodeRef getChildRef() {
        return childRef;
    }

    public NodeRef getParentRef() {
        return parentRef;
    }

    public boolean isPrimary() {
        return isPrimary;
    }

    public int getNthSibling() {
        return nthSibling;
    }

    public void setNthSibling(int nthSibling) {
        this.nthSibling = nthSibling;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ChildAssociationRef other && Objects.equals(assocTypeQName, other.assocTypeQName)
                && Objects.equals(parentRef, other.parentRef) && Objects.equals(childQName, other.childQName)
                && Objects.equals(childRef, other.childRef);
    }

    @Override
    public int hashCode() {
        return Objects.hash(assocTypeQName, parentRef, childQName, childRef);
    }

    @Override
    public String toString() {
        return parentRef + "|" + childRef + "|" + assocTypeQName + "|" + childQName + "|" + isPrimary;
    }
}
