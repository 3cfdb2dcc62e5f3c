package com.parashift.alfstream.alfresco.group;

import com.parashift.alfstream.alfresco.Fixtures;
import com.parashift.alfstream.alfresco.journal.ChangeRecorder;
import com.parashift.alfstream.protocol.ChangeKind;
import org.alfresco.model.ContentModel;
import org.alfresco.repo.node.NodeServicePolicies;
import org.alfresco.repo.policy.Behaviour;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.QName;
import org.junit.jupiter.api.Test;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

class GroupBehavioursTest {

    private final PolicyComponent policies = mock(PolicyComponent.class);
    private final NodeService nodes = mock(NodeService.class);
    private final ChangeRecorder recorder = mock(ChangeRecorder.class);
    private final GroupBehaviours behaviours = new GroupBehaviours(policies, nodes, recorder,
            new GroupFilter("GROUP_ALFRESCO_ADMINISTRATORS, GROUP_EMAIL_CONTRIBUTORS"));
    private final NodeRef team = Fixtures.node("team");
    private final NodeRef admins = Fixtures.node("admins");
    private final NodeRef bob = Fixtures.node("person-bob");

    GroupBehavioursTest() {
        group(team, "GROUP_team");
        group(admins, "GROUP_ALFRESCO_ADMINISTRATORS");
    }

    private void group(NodeRef node, String name) {
        when(nodes.exists(node)).thenReturn(true);
        when(nodes.getProperty(node, ContentModel.PROP_AUTHORITY_NAME)).thenReturn(name);
    }

    private static ChildAssociationRef member(NodeRef group, NodeRef member) {
        return new ChildAssociationRef(ContentModel.ASSOC_MEMBER, group, ContentModel.ASSOC_MEMBER, member, false, -1);
    }

    @Test
    void bindsToAuthorityContainersAndTheirMemberAssociations() {
        behaviours.init();
        QName type = ContentModel.TYPE_AUTHORITY_CONTAINER;
        verify(policies).bindClassBehaviour(eq(NodeServicePolicies.OnCreateNodePolicy.QNAME), eq(type), any(Behaviour.class));
        verify(policies).bindClassBehaviour(eq(NodeServicePolicies.OnUpdatePropertiesPolicy.QNAME), eq(type),
                any(Behaviour.class));
        verify(policies).bindClassBehaviour(eq(NodeServicePolicies.BeforeDeleteNodePolicy.QNAME), eq(type),
                any(Behaviour.class));
        verify(policies).bindAssociationBehaviour(eq(NodeServicePolicies.OnCreateChildAssociationPolicy.QNAME),
                eq(type), eq(ContentModel.ASSOC_MEMBER), any(Behaviour.class));
        verify(policies).bindAssociationBehaviour(eq(NodeServicePolicies.OnDeleteChildAssociationPolicy.QNAME),
                eq(type), eq(ContentModel.ASSOC_MEMBER), any(Behaviour.class));
    }

    @Test
    void aCreatedGroupIsJournaledAsCreated() {
        behaviours.onCreateNode(new ChildAssociationRef(ContentModel.ASSOC_CONTAINS, Fixtures.node("authorities"),
                QName.createQName("x", "team"), team, true, -1));
        verify(recorder).recordGroupCreated("GROUP_team");
    }

    @Test
    void membersJoiningAndLeavingJournalTheGroup() {
        behaviours.onCreateChildAssociation(member(team, bob), false);
        behaviours.onDeleteChildAssociation(member(team, bob));
        verify(recorder, org.mockito.Mockito.times(2)).recordGroup("GROUP_team", ChangeKind.GROUP);
    }

    @Test
    void aNewDisplayNameIsAChangeOtherPropertiesAreNot() {
        Map<QName, Serializable> before = new HashMap<>(Map.of(ContentModel.PROP_AUTHORITY_NAME, "GROUP_team",
                ContentModel.PROP_AUTHORITY_DISPLAY_NAME, "Team"));
        Map<QName, Serializable> same = new HashMap<>(before);
        same.put(ContentModel.PROP_MODIFIED, "now");
        behaviours.onUpdateProperties(team, before, same);
        behaviours.onUpdateProperties(team, Map.of(), before);
        verifyNoInteractions(recorder);

        Map<QName, Serializable> renamed = new HashMap<>(before);
        renamed.put(ContentModel.PROP_AUTHORITY_DISPLAY_NAME, "The team");
        behaviours.onUpdateProperties(team, before, renamed);
        verify(recorder).recordGroup("GROUP_team", ChangeKind.GROUP);
    }

    @Test
    void aDeletedGroupIsJournaledAsDeleted() {
        behaviours.beforeDeleteNode(team);
        verify(recorder).recordGroup("GROUP_team", ChangeKind.GROUP_DELETE);
    }

    @Test
    void builtInGroupsRolesAndVanishedNodesAreNotJournaled() {
        NodeRef role = Fixtures.node("role");
        group(role, "ROLE_ADMINISTRATOR");
        NodeRef everyone = Fixtures.node("everyone");
        group(everyone, "GROUP_EVERYONE");

        behaviours.onCreateChildAssociation(member(admins, bob), false);
        behaviours.beforeDeleteNode(admins);
        behaviours.beforeDeleteNode(role);
        behaviours.onDeleteChildAssociation(member(everyone, bob));
        behaviours.onDeleteChildAssociation(member(Fixtures.node("gone"), bob));

        verifyNoInteractions(recorder);
    }
}
