package com.parashift.alfstream.alfresco.adapter;

import com.parashift.alfstream.alfresco.Fixtures;
import com.parashift.alfstream.protocol.ContentDescriptor;
import com.parashift.alfstream.protocol.VersionSnapshot;
import com.parashift.alfstream.repo.http.SyncException;
import com.parashift.alfstream.repo.version.VersionPlan;
import org.alfresco.model.ContentModel;
import org.alfresco.repo.policy.BehaviourFilter;
import org.alfresco.repo.version.Version2Model;
import org.alfresco.service.cmr.repository.ContentData;
import org.alfresco.service.cmr.repository.ContentService;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.version.Version;
import org.alfresco.service.cmr.version.VersionService;
import org.alfresco.service.cmr.version.VersionType;
import org.alfresco.service.namespace.QName;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class VersionHistoryWriterTest {

    private final NodeService nodeService = mock(NodeService.class);
    private final VersionService versionService = mock(VersionService.class);
    private final BehaviourFilter filter = mock(BehaviourFilter.class);
    private final VersionHistoryReader reader = mock(VersionHistoryReader.class);
    private final ContentWriting content = mock(ContentWriting.class);
    private final ContentDigest digest = mock(ContentDigest.class);
    private final VersionHistoryWriter writer = new VersionHistoryWriter(nodeService, versionService, filter,
            content, digest, mock(ContentService.class), reader);
    private final ContentDescriptor liveDescriptor = new ContentDescriptor(4, "text/plain", "UTF-8", "ab12", null);
    private final NodeRef node = Fixtures.node("doc");
    private final ContentData live = new ContentData("store://live", "text/plain", 4, "UTF-8");
    private final List<Version> history = new ArrayList<>();

    @Test
    void makesEachVersionWithItsAuthorDateTypeCommentAndLabelThenPutsTheNodeBack() {
        Date modified = new Date(1_000);
        Map<QName, Serializable> liveProperties = Map.of(ContentModel.PROP_CONTENT, live);
        when(nodeService.getProperties(node)).thenReturn(liveProperties);
        when(digest.describe(node, liveProperties)).thenReturn(liveDescriptor);
        when(nodeService.getProperty(node, ContentModel.PROP_MODIFIED)).thenReturn(modified);
        when(nodeService.getProperty(node, ContentModel.PROP_MODIFIER)).thenReturn("bob");
        when(nodeService.hasAspect(node, ContentModel.ASPECT_VERSIONABLE)).thenReturn(true);
        when(reader.versions(node)).thenAnswer(i -> List.copyOf(history));
        Version made = version("0.1", "frozen-1");
        when(versionService.createVersion(eq(node), anyMap())).thenAnswer(i -> {
            history.add(made);
            return made;
        });

        writer.write(node, new VersionPlan(List.of(), List.of(new VersionPlan.NewVersion(
                new VersionSnapshot("1.0", "MAJOR", "first", "alice", "2026-12-01T10:00:00Z", "A", null), "1.0", null)),
                List.of()), "A");

        InOrder order = inOrder(filter, nodeService, versionService);
        order.verify(filter).disableBehaviour(ContentModel.ASPECT_VERSIONABLE);
        order.verify(nodeService).setProperty(node, ContentModel.PROP_MODIFIER, "alice");
        order.verify(nodeService).setProperty(node, ContentModel.PROP_MODIFIED, new Date(1796119200000L));
        @SuppressWarnings("unchecked")
        ArgumentCaptor<Map<String, Serializable>> properties = ArgumentCaptor.forClass(Map.class);
        order.verify(versionService).createVersion(eq(node), properties.capture());
        order.verify(nodeService).setProperty(new NodeRef("workspace", Version2Model.STORE_ID, "frozen-1"),
                Version2Model.PROP_QNAME_VERSION_LABEL, "1.0");
        order.verify(nodeService).setProperty(node, ContentModel.PROP_MODIFIED, modified);
        order.verify(filter).enableBehaviour(ContentModel.ASPECT_VERSIONABLE);
        assertEquals(Map.of("versionType", VersionType.MAJOR, "description", "first", "alfstreamOrigin", "A"),
                properties.getValue());
        verify(nodeService).setProperty(node, ContentModel.PROP_MODIFIER, "bob");
        verify(content, times(2)).write(eq(node), eq(liveDescriptor), any()); // the version's bytes, then back
    }

    @Test
    void deletesAVersionInTheVersionStoreSoTheNodeIsNotReverted() {
        Version old = version("1.1", "frozen-2");
        when(reader.find(node, "1.1")).thenReturn(old);

        writer.write(node, new VersionPlan(List.of("1.1"), List.of(), List.of()), "A");

        verify(nodeService).deleteNode(new NodeRef("workspace", Version2Model.STORE_ID, "frozen-2"));
        verify(versionService, never()).createVersion(any(), anyMap());
    }

    @Test
    void aVersionAlfrescoRefusesFailsNamingTheNodeAndTheLabel() {
        when(versionService.createVersion(eq(node), anyMap())).thenThrow(new IllegalStateException("no branches"));

        SyncException e = assertThrows(SyncException.class, () -> writer.write(node, new VersionPlan(List.of(),
                List.of(new VersionPlan.NewVersion(new VersionSnapshot("1.3", "MINOR", null, "alice", null, "A", null),
                        "1.3", null)), List.of()), "A"));

        assertTrue(e.getMessage().contains("version 1.3 of doc"), e.getMessage());
        verify(filter).enableBehaviour(ContentModel.ASPECT_VERSIONABLE);
    }

    @Test
    void theLiveLabelNamesTheHeadHere() {
        history.add(version("1.0", "f1"));
        history.add(version("1.1", "f2"));
        when(nodeService.hasAspect(node, ContentModel.ASPECT_VERSIONABLE)).thenReturn(true);
        when(nodeService.getProperty(node, ContentModel.PROP_VERSION_LABEL)).thenReturn("1.4");
        when(reader.versions(node)).thenReturn(history);

        writer.write(node, VersionPlan.KEEP, "A");

        verify(nodeService).setProperty(node, ContentModel.PROP_VERSION_LABEL, "1.1");
    }

    private static Version version(String label, String frozenId) {
        Version version = mock(Version.class);
        when(version.getVersionLabel()).thenReturn(label);
        when(version.getFrozenStateNodeRef()).thenReturn(new NodeRef("versionStore", Version2Model.STORE_ID, frozenId));
        return version;
    }
}
