package com.parashift.alfstream.alfresco.adapter;

import com.parashift.alfstream.protocol.Association;
import com.parashift.alfstream.repo.port.SyncModel;
import com.parashift.alfstream.repo.apply.DependencyMissingException;
import org.alfresco.service.cmr.repository.AssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.repository.StoreRef;
import org.alfresco.service.namespace.QName;
import org.alfresco.service.namespace.RegexQNamePattern;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A node's peer associations (for example a reply's {@code cm:references} to the post it answers). */
public class AssociationsMapper {

    private final NodeService nodeService;
    private final PropertyCodec codec;

    public AssociationsMapper(NodeService nodeService, PropertyCodec codec) {
        this.nodeService = nodeService;
        this.codec = codec;
    }

    /** The associations that travel: a check-out's link to its working copy stays here. */
    public List<Association> read(NodeRef node) {
        return nodeService.getTargetAssocs(node, RegexQNamePattern.MATCH_ALL).stream()
                .map(a -> new Association(codec.prefixed(a.getTypeQName()), a.getTargetRef().getId()))
                .filter(a -> !SyncModel.isLocalOnly(a.type()))
                .sorted(Comparator.comparing(Association::type).thenComparing(Association::targetUuid))
                .toList();
    }

    /**
     * Brings the node to the wanted associations. A target that does not exist here yet fails the change with a
     * 409 rather than dropping the association: it is applied again once the target has arrived.
     */
    public void write(NodeRef node, List<Association> wanted) {
        if (wanted == null) {
            return;
        }
        List<Association> current = read(node);
        Set<Association> want = new HashSet<>(wanted);
        for (Association association : current) {
            if (!want.contains(association)) {
                nodeService.removeAssociation(node, target(association), codec.qname(association.type()));
            }
        }
        Set<Association> have = new HashSet<>(current);
        for (Association association : wanted) {
            if (!have.contains(association)) {
                NodeRef target = target(association);
                if (!nodeService.exists(target)) {
                    throw new DependencyMissingException("association " + association.type() + " of " + node.getId()
                            + " points at " + association.targetUuid() + ", which does not exist here yet");
                }
                QName type = codec.qname(association.type());
                nodeService.createAssociation(node, target, type);
            }
        }
    }

    private static NodeRef target(Association association) {
        return new NodeRef(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE, association.targetUuid());
    }
}
