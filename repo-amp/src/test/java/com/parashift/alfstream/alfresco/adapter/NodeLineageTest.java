package com.parashift.alfstream.alfresco.adapter;

import com.parashift.alfstream.alfresco.Fixtures;
import com.parashift.alfstream.alfresco.model.SyncContentModel;
import com.parashift.alfstream.repo.port.RepositoryPort.Lineage;
import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.repository.StoreRef;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class NodeLineageTest {

    private final NodeService nodeService = mock(NodeService.class);
    private final NodeLineage lineage = new NodeLineage(nodeService, Fixtures.namespaces());

    private NodeRef node(String id, NodeRef parent, String name, boolean synced) {
        NodeRef ref = new NodeRef(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE, id);
        when(nodeService.exists(ref)).thenReturn(true);
        ChildAssociationRef assoc = mock(ChildAssociationRef.class);
        when(assoc.getParentRef()).thenReturn(parent);
        when(nodeService.getPrimaryParent(ref)).thenReturn(assoc);
        when(nodeService.getProperty(ref, ContentModel.PROP_NAME)).thenReturn(name);
        when(nodeService.getType(ref)).thenReturn(ContentModel.TYPE_FOLDER);
        when(nodeService.hasAspect(ref, SyncContentModel.ASPECT_SYNC)).thenReturn(synced);
        return ref;
    }

    @Test
    void walksUpToCompanyHomeLeavingOutTheStoreRoot() {
        NodeRef storeRoot = node("store-root", null, "root", false);
        NodeRef companyHome = node("company-home", storeRoot, "Company Home", false);
        NodeRef projects = node("projects", companyHome, "Projects", true);
        NodeRef plan = node("plan", projects, "plan.txt", false);

        assertEquals(List.of(new Lineage("plan", "plan.txt", "cm:folder", false),
                new Lineage("projects", "Projects", "cm:folder", true),
                new Lineage("company-home", "Company Home", "cm:folder", false)), lineage.of(plan));
        assertEquals(List.of(), lineage.of(new NodeRef(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE, "gone")));
    }
}
