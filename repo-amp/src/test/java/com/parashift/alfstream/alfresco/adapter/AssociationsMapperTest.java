package com.parashift.alfstream.alfresco.adapter;

import com.parashift.alfstream.alfresco.Fixtures;
import com.parashift.alfstream.protocol.Association;
import com.parashift.alfstream.repo.http.SyncException;
import org.alfresco.service.cmr.dictionary.DictionaryService;
import org.alfresco.service.cmr.repository.AssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.NamespaceService;
import org.alfresco.service.namespace.QName;
import org.alfresco.service.namespace.RegexQNamePattern;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class AssociationsMapperTest {

    static final QName REFERENCES = QName.createQName(NamespaceService.CONTENT_MODEL_1_0_URI, "references");

    private final NodeService nodeService = mock(NodeService.class);
    private final AssociationsMapper mapper = new AssociationsMapper(nodeService,
            new PropertyCodec(mock(DictionaryService.class), Fixtures.namespaces()));
    private final NodeRef reply = Fixtures.node("reply");

    @Test
    void readsPeerAssociationsByTypeAndTargetUuid() {
        when(nodeService.getTargetAssocs(reply, RegexQNamePattern.MATCH_ALL)).thenReturn(List.of(
                new AssociationRef(reply, REFERENCES, Fixtures.node("post"))));
        assertEquals(List.of(new Association("cm:references", "post")), mapper.read(reply));
    }

    @Test
    void createsMissingAndRemovesExtraAssociations() {
        when(nodeService.getTargetAssocs(reply, RegexQNamePattern.MATCH_ALL)).thenReturn(List.of(
                new AssociationRef(reply, REFERENCES, Fixtures.node("old"))));
        when(nodeService.exists(Fixtures.node("post"))).thenReturn(true);
        mapper.write(reply, List.of(new Association("cm:references", "post")));
        verify(nodeService).removeAssociation(reply, Fixtures.node("old"), REFERENCES);
        verify(nodeService).createAssociation(reply, Fixtures.node("post"), REFERENCES);
    }

    @Test
    void aTargetNotHereYetFailsTheChangeWith409AndCreatesNothing() {
        when(nodeService.getTargetAssocs(reply, RegexQNamePattern.MATCH_ALL)).thenReturn(List.of());
        SyncException e = assertThrows(SyncException.class,
                () -> mapper.write(reply, List.of(new Association("cm:references", "post"))));
        assertEquals(409, e.status());
        verify(nodeService, never()).createAssociation(any(), any(), any());
    }
}
