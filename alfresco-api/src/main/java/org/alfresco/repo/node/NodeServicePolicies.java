package org.alfresco.repo.node;

import java.io.Serializable;
import java.util.Map;

import org.alfresco.repo.policy.AssociationPolicy;
import org.alfresco.repo.policy.ClassPolicy;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.namespace.NamespaceService;
import org.alfresco.service.namespace.QName;

/** Stand-in: the node policies the AMP binds to. */
public interface NodeServicePolicies {

    interface OnCreateNodePolicy extends ClassPolicy {
        QName QNAME = QName.createQName(NamespaceService.ALFRESCO_URI, "onCreateNode");

        void onCreateNode(ChildAssociationRef childAssocRef);
    }

    interface OnMoveNodePolicy extends ClassPolicy {
        QName QNAME = QName.createQName(NamespaceService.ALFRESCO_URI, "onMoveNode");

        void onMoveNode(ChildAssociationRef oldChildAssocRef, ChildAssociationRef newChildAssocRef);
    }

    interface OnUpdatePropertiesPolicy extends ClassPolicy {
        QName QNAME = QName.createQName(NamespaceService.ALFRESCO_URI, "onUpdateProperties");

        void onUpdateProperties(NodeRef nodeRef, Map<QName, Serializable> before, Map<QName, Serializable> after);
    }

    interface BeforeDeleteNodePolicy extends ClassPolicy {
        QName QNAME = QName.createQName(NamespaceService.ALFRESCO_URI, "beforeDeleteNode");

        void beforeDeleteNode(NodeRef nodeRef);
    }

    interface OnAddAspectPolicy extends ClassPolicy {
        QName QNAME = QName.createQName(NamespaceService.ALFRESCO_URI, "onAddAspect");

        void onAddAspect(NodeRef nodeRef, QName aspectTypeQName);
    }

    interface OnRemoveAspectPolicy extends ClassPolicy {
        QName QNAME = QName.createQName(NamespaceService.ALFRESCO_URI, "onRemoveAspect");

        void onRemoveAspect(NodeRef nodeRef, QName aspectTypeQName);
    }

    interface OnCreateChildAssociationPolicy extends AssociationPolicy {
        QName QNAME = QName.createQName(NamespaceService.ALFRESCO_URI, "onCreateChildAssociation");

        void onCreateChildAssociation(ChildAssociationRef childAssocRef, boolean isNewNode);
    }

    interface OnDeleteChildAssociationPolicy extends AssociationPolicy {
        QName QNAME = QName.createQName(NamespaceService.ALFRESCO_URI, "onDeleteChildAssociation");

        void onDeleteChildAssociation(ChildAssociationRef childAssocRef);
    }
}
