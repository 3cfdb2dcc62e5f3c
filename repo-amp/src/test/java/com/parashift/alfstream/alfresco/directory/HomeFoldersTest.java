package com.parashift.alfstream.alfresco.directory;

import com.parashift.alfstream.alfresco.Fixtures;
import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.security.PersonService;
import org.alfresco.service.namespace.NamespaceService;
import org.alfresco.service.namespace.QName;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import java.io.Serializable;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

class HomeFoldersTest {

    private final NodeService nodes = mock(NodeService.class);
    private final PersonService people = mock(PersonService.class);
    private final HomeFolders homes = new HomeFolders(nodes, people);
    private final NodeRef alice = Fixtures.node("person-alice");
    private final NodeRef home = Fixtures.node("home-alice");

    private void aliceHasHome() {
        when(people.getPersonOrNull("alice")).thenReturn(alice);
        when(nodes.getProperty(alice, ContentModel.PROP_HOMEFOLDER)).thenReturn(home);
        when(nodes.exists(home)).thenReturn(true);
    }

    @Test
    void findsAUsersHomeFolderWithoutCreatingAnything() {
        aliceHasHome();

        assertEquals(Optional.of(home), homes.homeOf("alice"));
        assertEquals(Optional.empty(), homes.homeOf("nobody"));
        verify(people, never()).getPerson(anyString(), org.mockito.ArgumentMatchers.anyBoolean());
    }

    @Test
    void aNodeIsAHomeFolderWhenItsOwnersHomeFolderIsIt() {
        aliceHasHome();
        NodeRef elsewhere = Fixtures.node("elsewhere");

        assertEquals("alice", homes.ownerOf(home, "alice", "My stuff", elsewhere));
        assertNull(homes.ownerOf(Fixtures.node("other-folder"), "alice", "x", elsewhere));
        assertNull(homes.ownerOf(home, "mallory", "x", elsewhere));
    }

    @Test
    void withoutTheOwnerAFolderInUserHomesNamedAfterItsUserIsFound() {
        aliceHasHome();
        NodeRef userHomes = Fixtures.node("user-homes");
        NodeRef companyHome = Fixtures.node("company-home");
        when(nodes.getPrimaryParent(userHomes)).thenReturn(new ChildAssociationRef(ContentModel.ASSOC_CONTAINS,
                companyHome, HomeFolders.USER_HOMES, userHomes, true, -1));
        NodeRef shared = Fixtures.node("shared");
        when(nodes.getPrimaryParent(shared)).thenReturn(new ChildAssociationRef(ContentModel.ASSOC_CONTAINS,
                companyHome, QName.createQName(NamespaceService.APP_MODEL_1_0_URI, "shared"), shared, true, -1));

        assertNull(homes.ownerOf(Fixtures.node("alice-in-shared"), null, "alice", shared));
        assertEquals("alice", homes.ownerOf(home, "admin", "alice", userHomes));
        // User Homes is known from now on: no more parent lookups to recognise it
        assertNull(homes.ownerOf(Fixtures.node("x"), null, "alice", shared));
        verify(nodes, times(1)).getPrimaryParent(userHomes);
        verify(nodes, times(1)).getPrimaryParent(shared);
    }

    @Test
    void nodesWithoutOwnerOutsideUserHomesCostNoPersonLookupAndAnswersAreCached() {
        aliceHasHome();

        assertNull(homes.ownerOf(home, null, "alice", null));
        verifyNoInteractions(people);
        homes.ownerOf(home, "alice", "alice", null);
        homes.ownerOf(home, "alice", "alice", null);
        verify(people, times(1)).getPersonOrNull("alice");
    }

    @Test
    void readsWhatItNeedsOfAParent() {
        aliceHasHome();
        NodeRef userHomes = Fixtures.node("user-homes");
        when(nodes.getPrimaryParent(home)).thenReturn(new ChildAssociationRef(ContentModel.ASSOC_CONTAINS,
                userHomes, QName.createQName(NamespaceService.CONTENT_MODEL_1_0_URI, "alice"), home, true, -1));
        when(nodes.getProperty(home, ContentModel.PROP_OWNER)).thenReturn("alice");

        assertEquals("alice", homes.ownerOf(home));
        assertNull(homes.ownerOf(Fixtures.node("missing")));
    }

    @Test
    void createsThePersonAndUsesTheHomeFolderAlfrescoMadeForIt() {
        NodeRef person = Fixtures.node("person-new");
        when(people.createPerson(any())).thenReturn(person);
        when(nodes.getProperty(person, ContentModel.PROP_HOMEFOLDER)).thenReturn(home);

        assertEquals(home, homes.createPerson("newbie"));

        @SuppressWarnings("unchecked")
        ArgumentCaptor<Map<QName, Serializable>> properties = ArgumentCaptor.forClass(Map.class);
        verify(people).createPerson(properties.capture());
        assertEquals("newbie", properties.getValue().get(ContentModel.PROP_USERNAME));
        assertEquals("newbie", properties.getValue().get(ContentModel.PROP_FIRSTNAME));
        verify(people, never()).getPerson("newbie", true);
    }

    @Test
    void asksForTheHomeFolderWhenAlfrescoCreatesThemLazily() {
        NodeRef person = Fixtures.node("person-new");
        when(people.createPerson(any())).thenReturn(person);
        when(people.getPerson("newbie", true)).thenReturn(person);
        when(nodes.getProperty(person, ContentModel.PROP_HOMEFOLDER)).thenReturn(null, home);

        assertEquals(home, homes.createPerson("newbie"));
        verify(people).getPerson("newbie", true);
    }

    @Test
    void aPersonLeftWithoutHomeFolderIsAnError() {
        NodeRef person = Fixtures.node("person-new");
        when(people.createPerson(any())).thenReturn(person);
        when(people.getPerson("newbie", true)).thenReturn(person);

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> homes.createPerson("newbie"));
        assertTrue(e.getMessage().contains("newbie"), e.getMessage());
    }
}
