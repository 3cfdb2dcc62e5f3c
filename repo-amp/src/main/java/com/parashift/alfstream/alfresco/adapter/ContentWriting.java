package com.parashift.alfstream.alfresco.adapter;

import com.parashift.alfstream.alfresco.model.SyncContentModel;
import com.parashift.alfstream.protocol.ContentDescriptor;
import com.parashift.alfstream.repo.http.SyncException;
import com.parashift.alfstream.repo.port.ContentSource;
import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.repository.ContentWriter;
import org.alfresco.service.cmr.repository.ContentService;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.QName;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * Streams content into a node, checking the SHA-256 of the bytes as they pass: a mismatch fails the change, and
 * with it the transaction, so no node ever commits with content other than the one announced. The checksum is
 * stored with the content URL it belongs to, so snapshots carry it without reading the content again.
 */
public class ContentWriting {

    private final ContentService contentService;
    private final NodeService nodeService;

    public ContentWriting(ContentService contentService, NodeService nodeService) {
        this.contentService = contentService;
        this.nodeService = nodeService;
    }

    public void write(NodeRef node, ContentDescriptor descriptor, ContentSource source) {
        if (descriptor == null) {
            throw new IllegalArgumentException("content of " + node + " without a content descriptor");
        }
        ContentWriter writer = contentService.getWriter(node, ContentModel.PROP_CONTENT, true);
        writer.setMimetype(descriptor.mimetype());
        writer.setEncoding(descriptor.encoding());
        String actual;
        try (DigestInputStream in = new DigestInputStream(source.open(), ContentDigest.sha256())) {
            writer.putContent(in);
            actual = HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException("streaming the content of " + node + " failed", e);
        }
        if (!actual.equals(descriptor.sha256())) {
            throw new SyncException(422, "checksum mismatch writing " + node.getId() + ": expected SHA-256 "
                    + descriptor.sha256() + ", received " + actual);
        }
        Map<QName, Serializable> checksum = new HashMap<>();
        checksum.put(SyncContentModel.PROP_CONTENT_SHA256, actual);
        checksum.put(SyncContentModel.PROP_CONTENT_SHA256_URL, writer.getContentUrl());
        nodeService.addProperties(node, checksum);
    }
}
