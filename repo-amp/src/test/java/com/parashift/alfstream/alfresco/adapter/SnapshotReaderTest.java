package com.parashift.alfstream.alfresco.adapter;

import com.parashift.alfstream.alfresco.Fixtures;
import com.parashift.alfstream.alfresco.directory.HomeFolders;
import com.parashift.alfstream.protocol.Association;
import com.parashift.alfstream.protocol.ContentDescriptor;
import com.parashift.alfstream.protocol.NodeSnapshot;
import com.parashift.alfstream.protocol.Permissions;
import com.parashift.alfstream.protocol.PropertyValue;
import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.dictionary.DictionaryService;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.NamespaceService;
import org.alfresco.service.namespace.QName;
import org.junit.jupiter.api.Test;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class SnapshotReaderTest {

    private final NodeService nodeService = mock(NodeService.class);
    private final NodePaths paths = mock(NodePaths.class);
    private final ContentDigest digest = mock(ContentDigest.class);
    private final PermissionsMapper permissions = mock(PermissionsMapper.class);
    private final AssociationsMapper associations = mock(AssociationsMapper.class);
    private final HomeFolders homes = mock(HomeFolders.class);
    private final SnapshotReader reader = new SnapshotReader(nodeService,
            new PropertyCodec(mock(DictionaryService.class), Fixtures.namespaces()), paths, digest, permissions,
            associations, homes);

    @Test
    void readsTheNodeWhole() {
        NodeRef node = Fixtures.node("n1");
        NodeRef parent = Fixtures.node("p1");
        Map<QName, Serializable> properties = Map.of(ContentModel.PROP_NAME, "a.txt", ContentModel.PROP_NODE_UUID, "n1");
        ContentDescriptor content = new ContentDescriptor(3, "text/plain", "UTF-8", "abc", null);
        Permissions perms = new Permissions(false, List.of());
        when(nodeService.exists(node)).thenReturn(true);
        when(nodeService.getProperties(node)).thenReturn(properties);
        when(nodeService.getPrimaryParent(node)).thenReturn(new ChildAssociationRef(ContentModel.ASSOC_CONTAINS,
                parent, QName.createQName("x", "y"), node, true, 0));
        when(nodeService.getType(node)).thenReturn(ContentModel.TYPE_CONTENT);
        when(nodeService.getAspects(node)).thenReturn(Set.of(ContentModel.ASPECT_VERSIONABLE,
                ContentModel.ASPECT_AUDITABLE, QName.createQName(NamespaceService.SYSTEM_MODEL_1_0_URI, "referenceable")));
        when(paths.displayPath(parent)).thenReturn("/Company Home/Shared");
        when(digest.describe(node, properties)).thenReturn(content);
        when(permissions.read(node)).thenReturn(perms);
        when(associations.read(node)).thenReturn(List.of(new Association("cm:references", "p9")));

        assertEquals(Optional.of(new NodeSnapshot("n1", "p1", "/Company Home/Shared", "a.txt", "cm:content",
                List.of("cm:auditable", "cm:versionable"), Map.of("cm:name", PropertyValue.of("d:text", "a.txt")),
                content, perms, List.of(new Association("cm:references", "p9")))), reader.read("n1"));
    }

    @Test
    void aHomeFolderAndItsChildrenNameTheirUser() {
        NodeRef home = Fixtures.node("home");
        NodeRef userHomes = Fixtures.node("user-homes");
        NodeRef doc = Fixtures.node("doc");
        Map<QName, Serializable> homeProperties = Map.of(ContentModel.PROP_NAME, "alice", ContentModel.PROP_OWNER, "alice");
        for (NodeRef node : List.of(home, doc)) {
            when(nodeService.exists(node)).thenReturn(true);
            when(nodeService.getType(node)).thenReturn(ContentModel.TYPE_FOLDER);
            when(nodeService.getAspects(node)).thenReturn(Set.of());
        }
        when(nodeService.getProperties(home)).thenReturn(homeProperties);
        when(nodeService.getProperties(doc)).thenReturn(Map.of(ContentModel.PROP_NAME, "notes"));
        when(nodeService.getPrimaryParent(home)).thenReturn(new ChildAssociationRef(ContentModel.ASSOC_CONTAINS,
                userHomes, QName.createQName("x", "alice"), home, true, 0));
        when(nodeService.getPrimaryParent(doc)).thenReturn(new ChildAssociationRef(ContentModel.ASSOC_CONTAINS,
                home, QName.createQName("x", "notes"), doc, true, 0));
        when(homes.ownerOf(home, "alice", "alice", userHomes)).thenReturn("alice");
        when(homes.ownerOf(home)).thenReturn("alice");

        NodeSnapshot homeSnapshot = reader.read("home").orElseThrow();
        NodeSnapshot docSnapshot = reader.read("doc").orElseThrow();

        assertEquals("alice", homeSnapshot.homeOwner());
        assertEquals(null, homeSnapshot.parentHomeOwner());
        assertEquals(null, docSnapshot.homeOwner());
        assertEquals("alice", docSnapshot.parentHomeOwner());
    }

    @Test
    void aMissingNodeIsEmpty() {
        assertEquals(Optional.empty(), reader.read("nope"));
    }
}
