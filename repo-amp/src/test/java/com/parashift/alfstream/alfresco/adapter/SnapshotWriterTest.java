package com.parashift.alfstream.alfresco.adapter;

import com.parashift.alfstream.alfresco.Fixtures;
import com.parashift.alfstream.alfresco.model.SyncContentModel;
import com.parashift.alfstream.alfresco.model.SyncMarker;
import com.parashift.alfstream.protocol.ContentDescriptor;
import com.parashift.alfstream.protocol.NodeSnapshot;
import com.parashift.alfstream.protocol.Permissions;
import com.parashift.alfstream.protocol.PropertyValue;
import com.parashift.alfstream.repo.port.ContentSource;
import org.alfresco.model.ContentModel;
import org.alfresco.repo.policy.BehaviourFilter;
import com.parashift.alfstream.alfresco.journal.ChangeRecorder;
import com.parashift.alfstream.protocol.ChangeKind;
import org.alfresco.service.cmr.dictionary.ClassDefinition;
import org.alfresco.service.cmr.dictionary.DataTypeDefinition;
import org.alfresco.service.cmr.dictionary.DictionaryService;
import org.alfresco.service.cmr.dictionary.PropertyDefinition;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.repository.StoreRef;
import org.alfresco.service.namespace.NamespaceService;
import org.alfresco.service.namespace.QName;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;

import java.io.InputStream;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class SnapshotWriterTest {

    static final QName TITLED = QName.createQName(NamespaceService.CONTENT_MODEL_1_0_URI, "titled");
    static final QName VERSIONABLE = ContentModel.ASPECT_VERSIONABLE;
    static final QName TITLE = QName.createQName(NamespaceService.CONTENT_MODEL_1_0_URI, "title");
    static final QName DESCRIPTION = QName.createQName(NamespaceService.CONTENT_MODEL_1_0_URI, "description");

    private final NodeService nodeService = mock(NodeService.class);
    private final BehaviourFilter filter = mock(BehaviourFilter.class);
    private final ContentWriting content = mock(ContentWriting.class);
    private final PermissionsMapper permissions = mock(PermissionsMapper.class);
    private final AssociationsMapper associations = mock(AssociationsMapper.class);
    private final SyncMarker marker = mock(SyncMarker.class);
    private final ChangeRecorder recorder = mock(ChangeRecorder.class);
    private final DictionaryService dictionary = mock(DictionaryService.class);
    private final SnapshotWriter writer = new SnapshotWriter(nodeService, filter,
            new PropertyCodec(dictionary, Fixtures.namespaces()), content, permissions, associations, marker, recorder);
    private final NodeRef node = Fixtures.node("n1");
    private final NodeRef parent = Fixtures.node("p1");

    private static NodeSnapshot snapshot(String parentUuid, String name, ContentDescriptor content) {
        return new NodeSnapshot("n1", parentUuid, "/Company Home", name, "cm:content", List.of("cm:titled"),
                Map.of("cm:title", PropertyValue.of("d:text", "T"),
                        "cm:modified", PropertyValue.of("d:datetime", "2024-01-01T00:00:00Z")),
                content, Permissions.INHERITED, List.of());
    }

    @Test
    void createsTheNodeWithTheSameUuidKeepingItsDates() {
        ContentSource source = InputStream::nullInputStream;
        ContentDescriptor descriptor = new ContentDescriptor(0, "text/plain", "UTF-8", "e3b0", null);
        writer.write(snapshot("p1", "a.txt", descriptor), source, "A", 7);

        @SuppressWarnings("unchecked")
        ArgumentCaptor<Map<QName, Serializable>> props = ArgumentCaptor.forClass(Map.class);
        verify(nodeService).createNode(eq(parent), eq(ContentModel.ASSOC_CONTAINS),
                eq(QName.createQName(NamespaceService.CONTENT_MODEL_1_0_URI, "a.txt")), eq(ContentModel.TYPE_CONTENT),
                props.capture());
        assertEquals("n1", props.getValue().get(ContentModel.PROP_NODE_UUID));
        assertEquals("a.txt", props.getValue().get(ContentModel.PROP_NAME));
        assertEquals("T", props.getValue().get(TITLE));
        InOrder order = inOrder(filter, nodeService, marker, content, permissions, associations);
        order.verify(filter).disableBehaviour(ContentModel.ASPECT_AUDITABLE);
        order.verify(nodeService).createNode(any(), any(), any(), any(), any());
        order.verify(nodeService).addAspect(node, TITLED, Map.of());
        order.verify(marker).markApplied(node, "A", 7);
        order.verify(content).write(node, descriptor, source);
        order.verify(permissions).write(node, Permissions.INHERITED);
        order.verify(associations).write(node, List.of());
        order.verify(filter).enableBehaviour(ContentModel.ASPECT_AUDITABLE);
    }

    @Test
    void aUuidWaitingInTheArchiveIsPurgedFirst() {
        NodeRef archived = new NodeRef(StoreRef.STORE_REF_ARCHIVE_SPACESSTORE, "n1");
        when(nodeService.exists(archived)).thenReturn(true);
        writer.write(snapshot("p1", "a.txt", null), null, "A", 7);
        InOrder order = inOrder(nodeService);
        order.verify(nodeService).deleteNode(archived);
        order.verify(nodeService).createNode(any(), any(), any(), any(), any());
    }

    @Test
    void updatesAnExistingNodeMovingItAndDroppingWhatTheSnapshotNoLongerHas() {
        when(nodeService.exists(node)).thenReturn(true);
        when(nodeService.getPrimaryParent(node)).thenReturn(new ChildAssociationRef(ContentModel.ASSOC_CONTAINS,
                Fixtures.node("old-parent"), QName.createQName("x", "y"), node, true, 0));
        when(nodeService.getType(node)).thenReturn(ContentModel.TYPE_CONTENT);
        Map<QName, Serializable> existing = new HashMap<>();
        existing.put(DESCRIPTION, "gone");
        existing.put(ContentModel.PROP_NODE_UUID, "n1");
        existing.put(SyncContentModel.PROP_SYNC_STATE, "Active");
        when(nodeService.getProperties(node)).thenReturn(existing);
        when(nodeService.getAspects(node)).thenReturn(Set.of(VERSIONABLE, SyncContentModel.ASPECT_SYNC,
                QName.createQName(NamespaceService.SYSTEM_MODEL_1_0_URI, "referenceable")));

        writer.write(snapshot("p1", "b.txt", null), null, "A", 8);

        verify(nodeService).moveNode(node, parent, ContentModel.ASSOC_CONTAINS,
                QName.createQName(NamespaceService.CONTENT_MODEL_1_0_URI, "b.txt"));
        verify(nodeService).removeProperty(node, DESCRIPTION);
        verify(nodeService, never()).removeProperty(node, ContentModel.PROP_NODE_UUID);
        verify(nodeService, never()).removeProperty(node, SyncContentModel.PROP_SYNC_STATE);
        verify(nodeService).addProperties(eq(node), any());
        verify(nodeService).removeAspect(node, VERSIONABLE);
        verify(nodeService, never()).removeAspect(node, SyncContentModel.ASPECT_SYNC);
        verify(nodeService).addAspect(node, TITLED, Map.of());
        verify(nodeService, never()).setType(any(), any());
        verify(nodeService, never()).createNode(any(), any(), any(), any(), any());
        verify(content, never()).write(any(), any(), any());
    }

    @Test
    void theTopOfAnAppliedTreeIsJournaledItsChildrenByTheBehaviour() {
        writer.write(snapshot("p1", "top", null), null, "A", 3);
        verify(recorder).record(node, ChangeKind.CREATE);

        when(marker.isActive(Fixtures.node("n2"))).thenReturn(true);
        NodeSnapshot child = new NodeSnapshot("n2", "n1", "/Company Home/top", "c", "cm:folder", List.of(), Map.of(),
                null, Permissions.INHERITED, List.of());
        writer.write(child, null, "A", 4);
        verify(recorder, never()).record(Fixtures.node("n2"), ChangeKind.CREATE);
    }

    @Test
    void aPropertyKeepsTheAspectThatDefinesItThoughTheSnapshotDoesNotListIt() {
        PropertyDefinition title = mock(PropertyDefinition.class);
        ClassDefinition titled = mock(ClassDefinition.class);
        when(titled.isAspect()).thenReturn(true);
        when(titled.getName()).thenReturn(TITLED);
        when(title.getContainerClass()).thenReturn(titled);
        DataTypeDefinition text = mock(DataTypeDefinition.class);
        when(text.getName()).thenReturn(DataTypeDefinition.TEXT);
        when(title.getDataType()).thenReturn(text);
        when(dictionary.getProperty(TITLE)).thenReturn(title);
        when(nodeService.exists(node)).thenReturn(true);
        when(nodeService.getType(node)).thenReturn(ContentModel.TYPE_CONTENT);
        when(nodeService.getProperties(node)).thenReturn(Map.of(TITLE, "T"));
        when(nodeService.getAspects(node)).thenReturn(Set.of(TITLED));
        NodeSnapshot withoutAspect = new NodeSnapshot("n1", "p1", "/Company Home", "a.txt", "cm:content", List.of(),
                Map.of("cm:title", PropertyValue.of("d:text", "T")), null, Permissions.INHERITED, List.of());

        writer.write(withoutAspect, null, "A", 9);

        verify(nodeService, never()).removeAspect(node, TITLED);
        verify(nodeService, never()).removeProperty(node, TITLE);
    }

    @Test
    void checkOutLocksStayOnEachSide() {
        QName lockable = QName.createQName(NamespaceService.CONTENT_MODEL_1_0_URI, "lockable");
        QName lockOwner = QName.createQName(NamespaceService.CONTENT_MODEL_1_0_URI, "lockOwner");
        when(nodeService.exists(node)).thenReturn(true);
        when(nodeService.getType(node)).thenReturn(ContentModel.TYPE_CONTENT);
        when(nodeService.getProperties(node)).thenReturn(Map.of(lockOwner, "bob"));
        when(nodeService.getAspects(node)).thenReturn(Set.of(lockable));

        writer.write(snapshot("p1", "a.txt", null), null, "A", 10);

        verify(nodeService, never()).removeAspect(node, lockable);
        verify(nodeService, never()).removeProperty(node, lockOwner);
    }

    @Test
    void aFailureLeavesTheAuditableBehaviourOnAgain() {
        doThrow(new IllegalStateException("duplicate child name")).when(nodeService)
                .createNode(any(), any(), any(), any(), any());
        assertThrows(IllegalStateException.class, () -> writer.write(snapshot("p1", "a.txt", null), null, "A", 1));
        verify(filter).enableBehaviour(ContentModel.ASPECT_AUDITABLE);
        verify(marker, never()).markApplied(any(), any(), org.mockito.ArgumentMatchers.anyLong());
    }
}
