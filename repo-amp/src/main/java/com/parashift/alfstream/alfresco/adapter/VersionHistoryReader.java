package com.parashift.alfstream.alfresco.adapter;

import com.parashift.alfstream.protocol.VersionSnapshot;
import com.parashift.alfstream.repo.http.SyncException;
import org.alfresco.model.ContentModel;
import org.alfresco.repo.version.Version2Model;
import org.alfresco.service.cmr.repository.ContentReader;
import org.alfresco.service.cmr.repository.ContentService;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.repository.StoreRef;
import org.alfresco.service.cmr.version.Version;
import org.alfresco.service.cmr.version.VersionHistory;
import org.alfresco.service.cmr.version.VersionService;
import org.alfresco.service.cmr.version.VersionType;

import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.function.Supplier;

/**
 * Reads a node's version history from Alfresco's version store, oldest first: label, type, comment, and as
 * creator and date the frozen {@code cm:modifier} and {@code cm:modified} (what Alfresco shows as the version's
 * author and date), the content descriptor of each version with its SHA-256, and where it was made (versions
 * made by apply record their origin as a version property; the others were made here).
 */
public class VersionHistoryReader {

    /** The version property (stored by Alfresco as {@code ver2:metadata-alfstreamOrigin}) naming the origin. */
    static final String ORIGIN = "alfstreamOrigin";

    private final NodeService nodeService;
    private final VersionService versionService;
    private final ContentService contentService;
    private final ContentDigest digest;
    private final Supplier<String> instanceId;

    public VersionHistoryReader(NodeService nodeService, VersionService versionService, ContentService contentService,
            ContentDigest digest, Supplier<String> instanceId) {
        this.nodeService = nodeService;
        this.versionService = versionService;
        this.contentService = contentService;
        this.digest = digest;
        this.instanceId = instanceId;
    }

    /** The history, oldest first; empty for a node that is not versionable or has no version. */
    public List<VersionSnapshot> read(NodeRef node) {
        List<Version> versions = versions(node);
        List<VersionSnapshot> history = new ArrayList<>(versions.size());
        for (Version version : versions) {
            NodeRef frozen = storeRef(version);
            Date created = version.getFrozenModifiedDate();
            Serializable origin = version.getVersionProperty(ORIGIN);
            VersionType type = version.getVersionType();
            history.add(new VersionSnapshot(version.getVersionLabel(), type == null ? null : type.name(),
                    version.getDescription(), version.getFrozenModifier(),
                    created == null ? null : created.toInstant().toString(),
                    origin == null ? instanceId.get() : origin.toString(),
                    digest.describe(frozen, nodeService.getProperties(frozen))));
        }
        return history;
    }

    /** The versions, oldest first. */
    List<Version> versions(NodeRef node) {
        if (!nodeService.hasAspect(node, ContentModel.ASPECT_VERSIONABLE)) {
            return List.of();
        }
        VersionHistory history = versionService.getVersionHistory(node);
        if (history == null) {
            return List.of();
        }
        List<Version> versions = new ArrayList<>(history.getAllVersions());
        Collections.reverse(versions);
        return versions;
    }

    /** The content of one version. The caller closes it. */
    public InputStream open(NodeRef node, String label) {
        ContentReader content = contentService.getReader(storeRef(find(node, label)), ContentModel.PROP_CONTENT);
        if (content == null || !content.exists()) {
            throw SyncException.notFound("version " + label + " of " + node.getId() + " has no content");
        }
        return content.getContentInputStream();
    }

    Version find(NodeRef node, String label) {
        return versions(node).stream().filter(v -> label.equals(v.getVersionLabel())).findFirst()
                .orElseThrow(() -> SyncException.notFound("node " + node.getId() + " has no version " + label));
    }

    /**
     * The version's node in the version store as the node service reaches it ({@code workspace://version2Store}):
     * Alfresco hands out frozen states under the {@code versionStore} protocol, which is read-only.
     */
    static NodeRef storeRef(Version version) {
        NodeRef frozen = version.getFrozenStateNodeRef();
        return new NodeRef(StoreRef.PROTOCOL_WORKSPACE, Version2Model.STORE_ID, frozen.getId());
    }
}
