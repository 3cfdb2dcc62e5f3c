package org.alfresco.service.cmr.repository;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.alfresco.service.namespace.QName;
import org.alfresco.service.namespace.QNamePattern;

/** Stand-in: the part of Alfresco's {@code NodeService} that the AMP uses, with Alfresco's signatures. */
public interface NodeService {

    boolean exists(StoreRef storeRef);

    boolean exists(NodeRef nodeRef);

    NodeRef getRootNode(StoreRef storeRef);

    ChildAssociationRef createNode(NodeRef parentRef, QName assocTypeQName, QName assocQName, QName nodeTypeQName);

    ChildAssociationRef createNode(NodeRef parentRef, QName assocTypeQName, QName assocQName, QName nodeTypeQName,
            Map<QName, Serializable> properties);

    ChildAssociationRef moveNode(NodeRef nodeToMoveRef, NodeRef newParentRef, QName assocTypeQName, QName assocQName);

    QName getType(NodeRef nodeRef);

    void setType(NodeRef nodeRef, QName typeQName);

    void addAspect(NodeRef nodeRef, QName aspectTypeQName, Map<QName, Serializable> aspectProperties);

    void removeAspect(NodeRef nodeRef, QName aspectTypeQName);

    boolean hasAspect(NodeRef nodeRef, QName aspectTypeQName);

    Set<QName> getAspects(NodeRef nodeRef);

    void deleteNode(NodeRef nodeRef);

    Map<QName, Serializable> getProperties(NodeRef nodeRef);

    Serializable getProperty(NodeRef nodeRef, QName qname);

    void setProperties(NodeRef nodeRef, Map<QName, Serializable> properties);

    void addProperties(NodeRef nodeRef, Map<QName, Serializable> properties);

    void setProperty(NodeRef nodeRef, QName qname, Serializable value);

    void removeProperty(NodeRef nodeRef, QName qname);

    List<ChildAssociationRef> getParentAssocs(NodeRef nodeRef);

    List<ChildAssociationRef> getChildAssocs(NodeRef nodeRef);

    List<ChildAssociationRef> getChildAssocs(NodeRef nodeRef, QNamePattern typeQNamePattern, QNamePattern qnamePattern);

    NodeRef getChildByName(NodeRef nodeRef, QName assocTypeQName, String childName);

    ChildAssociationRef getPrimaryParent(NodeRef nodeRef);

    AssociationRef createAssociation(NodeRef sourceRef, NodeRef targetRef, QName assocTypeQName);

    void removeAssociation(NodeRef sourceRef, NodeRef targetRef, QName assocTypeQName);

    List<AssociationRef> getTargetAssocs(NodeRef sourceRef, QNamePattern qnamePattern);
}
