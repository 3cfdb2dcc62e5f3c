package com.parashift.alfstream.alfresco.adapter;

import com.parashift.alfstream.alfresco.model.SyncContentModel;
import com.parashift.alfstream.protocol.ContentDescriptor;
import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.repository.ContentData;
import org.alfresco.service.cmr.repository.ContentReader;
import org.alfresco.service.cmr.repository.ContentService;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.namespace.QName;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a node's content is, with its SHA-256: taken from {@code alfs:contentSha256} when that was stored for the
 * current content URL (content written by apply, verified then), else computed by streaming the content once and
 * remembered for that content URL (the bytes behind a content URL never change), so that a version history is not
 * read again on every export.
 */
public class ContentDigest {

    private static final int REMEMBERED = 10_000;

    private final ContentService contentService;
    private final Map<String, String> sha256ByUrl = Collections.synchronizedMap(
            new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                    return size() > REMEMBERED;
                }
            });

    public ContentDigest(ContentService contentService) {
        this.contentService = contentService;
    }

    /** The descriptor of the node's {@code cm:content}, or {@code null} when it has none. */
    public ContentDescriptor describe(NodeRef node, Map<QName, Serializable> properties) {
        if (!(properties.get(ContentModel.PROP_CONTENT) instanceof ContentData data) || data.getContentUrl() == null) {
            return null;
        }
        String url = data.getContentUrl();
        String sha256 = url.equals(properties.get(SyncContentModel.PROP_CONTENT_SHA256_URL))
                ? (String) properties.get(SyncContentModel.PROP_CONTENT_SHA256)
                : remembered(url, node);
        return new ContentDescriptor(data.getSize(), data.getMimetype(), data.getEncoding(), sha256, null);
    }

    private String remembered(String url, NodeRef node) {
        String known = sha256ByUrl.get(url);
        if (known != null) {
            return known;
        }
        String computed = compute(node);
        sha256ByUrl.put(url, computed);
        return computed;
    }

    private String compute(NodeRef node) {
        ContentReader reader = contentService.getReader(node, ContentModel.PROP_CONTENT);
        if (reader == null || !reader.exists()) {
            throw new IllegalStateException("the content of " + node + " is missing from the content store");
        }
        try (DigestInputStream in = new DigestInputStream(reader.getContentInputStream(), sha256())) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException("reading the content of " + node + " failed", e);
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }
}
