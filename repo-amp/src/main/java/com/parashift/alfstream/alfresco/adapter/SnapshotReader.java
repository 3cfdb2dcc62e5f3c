package com.parashift.alfstream.alfresco.adapter;

import com.parashift.alfstream.alfresco.directory.HomeFolders;
import com.parashift.alfstream.alfresco.model.SyncContentModel;
import com.parashift.alfstream.protocol.NodeSnapshot;
import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.repository.StoreRef;
import org.alfresco.service.namespace.QName;

import java.io.Serializable;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a node whole: type, aspects, properties, content descriptor, permissions and peer associations, with
 * its parent by UUID and by display path. Lists are sorted so that two repositories holding the same node give
 * equal snapshots. System aspects ({@code sys:}) are each repository's own and are left out, but for the hidden
 * aspect ({@link com.parashift.alfstream.repo.port.SyncModel#isSystemOnly}). A user's home folder
 * and its children name that user ({@code homeOwner}, {@code parentHomeOwner}), since each repository made its own.
 */
public class SnapshotReader {

    private final NodeService nodeService;
    private final PropertyCodec codec;
    private final NodePaths paths;
    private final ContentDigest digest;
    private final PermissionsMapper permissions;
    private final AssociationsMapper associations;
    private final HomeFolders homes;

    public SnapshotReader(NodeService nodeService, PropertyCodec codec, NodePaths paths, ContentDigest digest,
            PermissionsMapper permissions, AssociationsMapper associations, HomeFolders homes) {
        this.nodeService = nodeService;
        this.codec = codec;
        this.paths = paths;
        this.digest = digest;
        this.permissions = permissions;
        this.associations = associations;
        this.homes = homes;
    }

    public Optional<NodeSnapshot> read(String uuid) {
        NodeRef node = new NodeRef(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE, uuid);
        if (!nodeService.exists(node)) {
            return Optional.empty();
        }
        Map<QName, Serializable> properties = nodeService.getProperties(node);
        ChildAssociationRef parent = nodeService.getPrimaryParent(node);
        NodeRef parentRef = parent == null ? null : parent.getParentRef();
        Serializable name = properties.get(ContentModel.PROP_NAME);
        return Optional.of(new NodeSnapshot(
                uuid,
                parentRef == null ? null : parentRef.getId(),
                parentRef == null ? null : paths.displayPath(parentRef),
                name == null ? uuid : name.toString(),
                codec.prefixed(nodeService.getType(node)),
                nodeService.getAspects(node).stream()
                        .filter(a -> !SyncContentModel.isSystemOnly(a))
                        .map(codec::prefixed).sorted().toList(),
                codec.export(properties),
                digest.describe(node, properties),
                permissions.read(node),
                associations.read(node),
                homes.ownerOf(node, properties.get(ContentModel.PROP_OWNER), name, parentRef),
                parentRef == null ? null : homes.ownerOf(parentRef)));
    }
}
