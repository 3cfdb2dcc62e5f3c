package com.parashift.alfstream.alfresco.adapter;

import com.parashift.alfstream.protocol.ContentDescriptor;
import com.parashift.alfstream.protocol.VersionSnapshot;
import com.parashift.alfstream.repo.http.SyncException;
import com.parashift.alfstream.repo.version.VersionPlan;
import org.alfresco.model.ContentModel;
import org.alfresco.repo.policy.BehaviourFilter;
import org.alfresco.repo.version.Version2Model;
import org.alfresco.repo.version.VersionBaseModel;
import org.alfresco.service.cmr.repository.ContentData;
import org.alfresco.service.cmr.repository.ContentService;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.version.Version;
import org.alfresco.service.cmr.version.VersionService;
import org.alfresco.service.cmr.version.VersionType;
import org.alfresco.service.namespace.QName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.Serializable;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Brings a node's version history to a plan, after the node was written. Each new version is made by Alfresco's
 * own {@code VersionService.createVersion} from the node holding that version's content, author and date, so
 * the version store freezes them as Alfresco would have (the content is streamed in, since Alfresco refuses
 * {@code cm:content} through the node service); its label is then set to the incoming one where
 * Alfresco numbered it differently (a history whose versions were deleted at the source). Deleted versions go
 * from the version store directly: {@code deleteVersion} of the head would revert the node just written.
 * Auto-versioning and the auditable behaviour are off throughout, so settings on this side never add versions
 * or fail the apply; at the end the node's content, dates and users are again those just written, and its
 * {@code cm:versionLabel} names the head of its history here.
 */
public class VersionHistoryWriter {

    private static final Logger LOG = LoggerFactory.getLogger(VersionHistoryWriter.class);

    /** The dates and users version creation changes on the node; the content is streamed back (see below). */
    private static final List<QName> LIVE = List.of(ContentModel.PROP_MODIFIED, ContentModel.PROP_MODIFIER);

    private final NodeService nodeService;
    private final VersionService versionService;
    private final BehaviourFilter behaviourFilter;
    private final ContentWriting content;
    private final ContentDigest digest;
    private final ContentService contentService;
    private final VersionHistoryReader reader;

    public VersionHistoryWriter(NodeService nodeService, VersionService versionService, BehaviourFilter behaviourFilter,
            ContentWriting content, ContentDigest digest, ContentService contentService, VersionHistoryReader reader) {
        this.nodeService = nodeService;
        this.versionService = versionService;
        this.behaviourFilter = behaviourFilter;
        this.content = content;
        this.digest = digest;
        this.contentService = contentService;
        this.reader = reader;
    }

    public void write(NodeRef node, VersionPlan plan, String origin) {
        behaviourFilter.disableBehaviour(ContentModel.ASPECT_VERSIONABLE);
        behaviourFilter.disableBehaviour(ContentModel.ASPECT_AUDITABLE);
        try {
            Map<QName, Serializable> live = new HashMap<>();
            LIVE.forEach(name -> live.put(name, nodeService.getProperty(node, name)));
            LiveContent liveContent = liveContent(node);
            for (String label : plan.delete()) {
                nodeService.deleteNode(VersionHistoryReader.storeRef(reader.find(node, label)));
                LOG.debug("VERSION-DELETED {} {}", node.getId(), label);
            }
            for (VersionPlan.NewVersion wanted : plan.create()) {
                create(node, wanted, liveContent, origin);
            }
            if (!plan.create().isEmpty()) {
                writeLive(node, liveContent);
                live.forEach((name, value) -> {
                    if (value == null) {
                        nodeService.removeProperty(node, name);
                    } else {
                        nodeService.setProperty(node, name, value);
                    }
                });
            }
            setHeadLabel(node);
        } finally {
            behaviourFilter.enableBehaviour(ContentModel.ASPECT_AUDITABLE);
            behaviourFilter.enableBehaviour(ContentModel.ASPECT_VERSIONABLE);
        }
    }

    private void create(NodeRef node, VersionPlan.NewVersion wanted, LiveContent liveContent, String origin) {
        VersionSnapshot version = wanted.version();
        setHeadLabel(node);
        if (wanted.content() == null) {
            writeLive(node, liveContent);
        } else {
            content.write(node, version.content(), wanted.content());
        }
        nodeService.setProperty(node, ContentModel.PROP_MODIFIER, version.creator());
        nodeService.setProperty(node, ContentModel.PROP_MODIFIED, version.created() == null ? new Date()
                : Date.from(Instant.parse(version.created())));
        Map<String, Serializable> properties = new HashMap<>();
        if (version.type() != null) {
            properties.put(VersionBaseModel.PROP_VERSION_TYPE, VersionType.valueOf(version.type()));
        }
        if (version.comment() != null) {
            properties.put(Version.PROP_DESCRIPTION, version.comment());
        }
        properties.put(VersionHistoryReader.ORIGIN, version.origin() == null ? origin : version.origin());
        Version made;
        try {
            made = versionService.createVersion(node, properties);
        } catch (RuntimeException e) {
            throw new SyncException(409, "version " + version.label() + " of " + node.getId()
                    + " cannot be recreated: " + e.getMessage());
        }
        if (wanted.label() != null && !wanted.label().equals(made.getVersionLabel())) {
            nodeService.setProperty(VersionHistoryReader.storeRef(made), Version2Model.PROP_QNAME_VERSION_LABEL,
                    wanted.label());
        }
        LOG.debug("VERSION-CREATED {} {} (Alfresco numbered it {})", node.getId(), wanted.label(),
                made.getVersionLabel());
    }

    /**
     * The node's content as apply left it. Alfresco refuses {@code cm:content} through the node service, so the
     * node gets it back by streaming the same bytes (still in the content store) through a writer, checked by
     * SHA-256 like any content apply writes.
     */
    private LiveContent liveContent(NodeRef node) {
        Map<QName, Serializable> properties = nodeService.getProperties(node);
        ContentDescriptor descriptor = digest.describe(node, properties);
        return descriptor == null ? LiveContent.NONE : new LiveContent(descriptor,
                ((ContentData) properties.get(ContentModel.PROP_CONTENT)).getContentUrl());
    }

    private record LiveContent(ContentDescriptor descriptor, String url) {

        static final LiveContent NONE = new LiveContent(null, null);
    }

    private void writeLive(NodeRef node, LiveContent live) {
        if (live.descriptor() != null) {
            content.write(node, live.descriptor(), () -> contentService.getRawReader(live.url()).getContentInputStream());
        }
    }

    /**
     * The live label must name the head of the history here, or Alfresco's versioning refuses the node. Only a
     * versionable node has one (setting it on another would make that node versionable).
     */
    private void setHeadLabel(NodeRef node) {
        if (!nodeService.hasAspect(node, ContentModel.ASPECT_VERSIONABLE)) {
            return;
        }
        List<Version> versions = reader.versions(node);
        String head = versions.isEmpty() ? null : versions.get(versions.size() - 1).getVersionLabel();
        if (!Objects.equals(head, nodeService.getProperty(node, ContentModel.PROP_VERSION_LABEL))) {
            nodeService.setProperty(node, ContentModel.PROP_VERSION_LABEL, head);
        }
    }
}
