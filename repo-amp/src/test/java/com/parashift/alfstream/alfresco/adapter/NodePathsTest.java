package com.parashift.alfstream.alfresco.adapter;

import com.parashift.alfstream.alfresco.Fixtures;
import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.repository.StoreRef;
import org.alfresco.service.namespace.NamespaceService;
import org.alfresco.service.namespace.QName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class NodePathsTest {

    private final NodeService nodeService = mock(NodeService.class);
    private final NodePaths paths = new NodePaths(nodeService);
    private final NodeRef root = Fixtures.node("root");
    private final NodeRef home = Fixtures.node("home");
    private final NodeRef sites = Fixtures.node("sites");
    private final QName children = QName.createQName(NamespaceService.SYSTEM_MODEL_1_0_URI, "children");

    NodePathsTest() {
        when(nodeService.getRootNode(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE)).thenReturn(root);
        when(nodeService.getPrimaryParent(root)).thenReturn(new ChildAssociationRef(null, null, null, root));
        parent(home, root, "Company Home", children);
        parent(sites, home, "Sites", ContentModel.ASSOC_CONTAINS);
        when(nodeService.getChildAssocs(root)).thenReturn(List.of(
                new ChildAssociationRef(children, root, QName.createQName("x", "company_home"), home, true, 0)));
        when(nodeService.getChildByName(home, ContentModel.ASSOC_CONTAINS, "Sites")).thenReturn(sites);
    }

    private void parent(NodeRef child, NodeRef parent, String name, QName type) {
        when(nodeService.getPrimaryParent(child)).thenReturn(new ChildAssociationRef(type, parent,
                QName.createQName("x", "y"), child, true, 0));
        when(nodeService.getProperty(child, ContentModel.PROP_NAME)).thenReturn(name);
    }

    @Test
    void displayPathIsTheNamesFromBelowTheRoot() {
        assertEquals("/Company Home/Sites", paths.displayPath(sites));
        assertEquals("/", paths.displayPath(root));
    }

    @Test
    void findsByPathThroughContainsAndOtherChildAssociations() {
        assertEquals(Optional.of(sites), paths.find("/Company Home/Sites"));
        assertEquals(Optional.of(root), paths.find("/"));
    }

    @Test
    void aMissingElementOrARelativePathFindsNothing() {
        assertEquals(Optional.empty(), paths.find("/Company Home/Nope"));
        assertEquals(Optional.empty(), paths.find("Company Home"));
        assertEquals(Optional.empty(), paths.find(null));
    }
}
