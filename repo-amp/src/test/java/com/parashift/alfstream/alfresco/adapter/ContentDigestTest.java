package com.parashift.alfstream.alfresco.adapter;

import com.parashift.alfstream.alfresco.Fixtures;
import com.parashift.alfstream.alfresco.model.SyncContentModel;
import com.parashift.alfstream.protocol.ContentDescriptor;
import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.repository.ContentData;
import org.alfresco.service.cmr.repository.ContentReader;
import org.alfresco.service.cmr.repository.ContentService;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.namespace.QName;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

class ContentDigestTest {

    static final String ABC_SHA256 = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    private final ContentService contentService = mock(ContentService.class);
    private final ContentDigest digest = new ContentDigest(contentService);
    private final NodeRef node = Fixtures.node("n");
    private final Map<QName, Serializable> properties = new HashMap<>();

    ContentDigestTest() {
        properties.put(ContentModel.PROP_CONTENT, new ContentData("store://1", "text/plain", 3, "UTF-8"));
    }

    @Test
    void usesTheStoredChecksumOfTheCurrentContentWithoutReadingIt() {
        properties.put(SyncContentModel.PROP_CONTENT_SHA256, "stored");
        properties.put(SyncContentModel.PROP_CONTENT_SHA256_URL, "store://1");
        assertEquals(new ContentDescriptor(3, "text/plain", "UTF-8", "stored", null), digest.describe(node, properties));
        verifyNoInteractions(contentService);
    }

    @Test
    void computesTheChecksumWhenTheContentChangedSince() {
        properties.put(SyncContentModel.PROP_CONTENT_SHA256, "stale");
        properties.put(SyncContentModel.PROP_CONTENT_SHA256_URL, "store://0");
        ContentReader reader = mock(ContentReader.class);
        when(reader.exists()).thenReturn(true);
        when(reader.getContentInputStream()).thenReturn(new ByteArrayInputStream("abc".getBytes(StandardCharsets.UTF_8)));
        when(contentService.getReader(node, ContentModel.PROP_CONTENT)).thenReturn(reader);
        assertEquals(ABC_SHA256, digest.describe(node, properties).sha256());
    }

    @Test
    void noContentNoDescriptor() {
        assertNull(digest.describe(node, Map.of()));
    }

    @Test
    void contentMissingFromTheStoreFails() {
        when(contentService.getReader(node, ContentModel.PROP_CONTENT)).thenReturn(mock(ContentReader.class));
        assertThrows(IllegalStateException.class, () -> digest.describe(node, properties));
    }
}
