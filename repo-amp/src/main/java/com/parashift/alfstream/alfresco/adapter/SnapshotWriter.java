package com.parashift.alfstream.alfresco.adapter;

import com.parashift.alfstream.alfresco.model.SyncContentModel;
import com.parashift.alfstream.alfresco.journal.ChangeRecorder;
import com.parashift.alfstream.alfresco.model.SyncMarker;
import com.parashift.alfstream.protocol.ChangeKind;
import com.parashift.alfstream.protocol.NodeSnapshot;
import com.parashift.alfstream.protocol.PropertyValue;
import com.parashift.alfstream.repo.port.ContentSource;
import com.parashift.alfstream.repo.port.SyncModel;
import org.alfresco.model.ContentModel;
import org.alfresco.repo.policy.BehaviourFilter;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.repository.StoreRef;
import org.alfresco.service.namespace.NamespaceService;
import org.alfresco.service.namespace.QName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.Serializable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Brings a node to a snapshot inside the caller's transaction: creates it with the snapshot's UUID, or moves,
 * renames, retypes and updates it; then aspects, content, permissions, associations and the sync bookkeeping.
 * When the snapshot carries {@code cm:modified}, the auditable behaviour is off so the source's dates and users
 * are kept (the newer-wins rule compares them).
 */
public class SnapshotWriter {

    private static final Logger LOG = LoggerFactory.getLogger(SnapshotWriter.class);

    private final NodeService nodeService;
    private final BehaviourFilter behaviourFilter;
    private final PropertyCodec codec;
    private final ContentWriting content;
    private final PermissionsMapper permissions;
    private final AssociationsMapper associations;
    private final SyncMarker marker;
    private final ChangeRecorder recorder;

    public SnapshotWriter(NodeService nodeService, BehaviourFilter behaviourFilter, PropertyCodec codec,
            ContentWriting content, PermissionsMapper permissions, AssociationsMapper associations, SyncMarker marker,
            ChangeRecorder recorder) {
        this.nodeService = nodeService;
        this.behaviourFilter = behaviourFilter;
        this.codec = codec;
        this.content = content;
        this.permissions = permissions;
        this.associations = associations;
        this.marker = marker;
        this.recorder = recorder;
    }

    public void write(NodeSnapshot snapshot, ContentSource source, String origin, long originEntryId) {
        boolean keepAudit = snapshot.properties() != null && snapshot.properties().containsKey(SyncModel.PROP_MODIFIED);
        if (keepAudit) {
            behaviourFilter.disableBehaviour(ContentModel.ASPECT_AUDITABLE);
        }
        // the version history is written after the node (VersionHistoryWriter): no auto-version of this write
        behaviourFilter.disableBehaviour(ContentModel.ASPECT_VERSIONABLE);
        try {
            boolean created = !nodeService.exists(ref(snapshot.uuid()));
            NodeRef node = createOrUpdate(snapshot);
            aspects(node, snapshot);
            boolean journaled = marker.isActive(node);
            marker.markApplied(node, origin, originEntryId);
            if (created && !journaled) {
                // the top of an applied tree: created before it was marked, so no behaviour journaled it; a third
                // repository syncing from here needs it before its children
                recorder.record(node, ChangeKind.CREATE);
            }
            if (source != null) {
                content.write(node, snapshot.content(), source);
            }
            permissions.write(node, snapshot.permissions());
            associations.write(node, snapshot.associations());
        } finally {
            behaviourFilter.enableBehaviour(ContentModel.ASPECT_VERSIONABLE);
            if (keepAudit) {
                behaviourFilter.enableBehaviour(ContentModel.ASPECT_AUDITABLE);
            }
        }
    }

    private NodeRef createOrUpdate(NodeSnapshot snapshot) {
        NodeRef node = ref(snapshot.uuid());
        NodeRef parent = ref(snapshot.parentUuid());
        QName type = codec.qname(snapshot.type());
        Map<QName, Serializable> properties = properties(snapshot);
        if (!nodeService.exists(node)) {
            purgeArchived(snapshot.uuid());
            properties.put(ContentModel.PROP_NODE_UUID, snapshot.uuid());
            nodeService.createNode(parent, ContentModel.ASSOC_CONTAINS, assocName(snapshot.name()), type, properties);
            return node;
        }
        ChildAssociationRef primary = nodeService.getPrimaryParent(node);
        if (primary != null && !parent.equals(primary.getParentRef())) {
            nodeService.moveNode(node, parent, primary.getTypeQName(), assocName(snapshot.name()));
        }
        if (!type.equals(nodeService.getType(node))) {
            nodeService.setType(node, type);
        }
        for (Map.Entry<QName, Serializable> existing : nodeService.getProperties(node).entrySet()) {
            QName name = existing.getKey();
            if (!properties.containsKey(name) && !SyncContentModel.isSyncModel(name) && codec.isSynced(name)) {
                nodeService.removeProperty(node, name);
            }
        }
        nodeService.addProperties(node, properties);
        return node;
    }

    private Map<QName, Serializable> properties(NodeSnapshot snapshot) {
        Map<QName, Serializable> properties = new HashMap<>();
        if (snapshot.properties() != null) {
            for (Map.Entry<String, PropertyValue> entry : snapshot.properties().entrySet()) {
                QName name = codec.qname(entry.getKey());
                if (!SyncContentModel.isSyncModel(name) && codec.isSynced(name)) {
                    properties.put(name, codec.decode(entry.getKey(), entry.getValue()));
                }
            }
        }
        properties.put(ContentModel.PROP_NAME, snapshot.name());
        return properties;
    }

    /**
     * Brings the aspects to the snapshot's, plus every aspect that defines one of its properties: Alfresco adds
     * that aspect when the property is set, and taking it off would take the property with it.
     */
    private void aspects(NodeRef node, NodeSnapshot snapshot) {
        Set<QName> wanted = new HashSet<>();
        if (snapshot.aspects() != null) {
            snapshot.aspects().stream().filter(a -> !SyncModel.isLocalOnly(a)).map(codec::qname).forEach(wanted::add);
        }
        if (snapshot.properties() != null) {
            snapshot.properties().keySet().stream().filter(p -> !SyncModel.isLocalOnly(p)).map(codec::qname)
                    .map(codec::definingAspect).flatMap(Optional::stream).forEach(wanted::add);
        }
        for (QName aspect : nodeService.getAspects(node)) {
            if (!wanted.remove(aspect) && !SyncContentModel.isLocalOnly(aspect)
                    && !SyncContentModel.isSystemOnly(aspect)) {
                nodeService.removeAspect(node, aspect);
            }
        }
        for (QName aspect : wanted) {
            nodeService.addAspect(node, aspect, Map.of());
        }
    }

    /** A node deleted here earlier waits in the archive under the same UUID: it must go before the UUID is reused. */
    private void purgeArchived(String uuid) {
        NodeRef archived = new NodeRef(StoreRef.STORE_REF_ARCHIVE_SPACESSTORE, uuid);
        if (nodeService.exists(archived)) {
            nodeService.deleteNode(archived);
            LOG.info("ARCHIVED-PURGED {}: recreated by sync with the same UUID", uuid);
        }
    }

    private static QName assocName(String name) {
        return QName.createQName(NamespaceService.CONTENT_MODEL_1_0_URI, QName.createValidLocalName(name));
    }

    private static NodeRef ref(String uuid) {
        return new NodeRef(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE, uuid);
    }
}
