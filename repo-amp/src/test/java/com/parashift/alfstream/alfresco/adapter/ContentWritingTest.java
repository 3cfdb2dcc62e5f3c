package com.parashift.alfstream.alfresco.adapter;

import com.parashift.alfstream.alfresco.Fixtures;
import com.parashift.alfstream.alfresco.model.SyncContentModel;
import com.parashift.alfstream.protocol.ContentDescriptor;
import com.parashift.alfstream.repo.http.SyncException;
import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.repository.ContentService;
import org.alfresco.service.cmr.repository.ContentWriter;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class ContentWritingTest {

    private final ContentService contentService = mock(ContentService.class);
    private final NodeService nodeService = mock(NodeService.class);
    private final ContentWriter writer = mock(ContentWriter.class);
    private final ContentWriting writing = new ContentWriting(contentService, nodeService);
    private final NodeRef node = Fixtures.node("n");

    ContentWritingTest() {
        when(contentService.getWriter(node, ContentModel.PROP_CONTENT, true)).thenReturn(writer);
        when(writer.getContentUrl()).thenReturn("store://new");
        doAnswer(i -> ((InputStream) i.getArgument(0)).readAllBytes()).when(writer).putContent(any(InputStream.class));
    }

    private static InputStream abc() {
        return new ByteArrayInputStream("abc".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void streamsTheContentAndStoresItsChecksumWithItsUrl() {
        writing.write(node, new ContentDescriptor(3, "text/plain", "UTF-8", ContentDigestTest.ABC_SHA256, null),
                ContentWritingTest::abc);
        verify(writer).setMimetype("text/plain");
        verify(writer).setEncoding("UTF-8");
        verify(nodeService).addProperties(node, Map.of(SyncContentModel.PROP_CONTENT_SHA256, ContentDigestTest.ABC_SHA256,
                SyncContentModel.PROP_CONTENT_SHA256_URL, "store://new"));
    }

    @Test
    void bytesThatDoNotMatchTheChecksumFailTheChangeWith422() {
        SyncException e = assertThrows(SyncException.class, () -> writing.write(node,
                new ContentDescriptor(3, "text/plain", "UTF-8", "0".repeat(64), null), ContentWritingTest::abc));
        assertEquals(422, e.status());
        verify(nodeService, never()).addProperties(any(), any());
    }
}
