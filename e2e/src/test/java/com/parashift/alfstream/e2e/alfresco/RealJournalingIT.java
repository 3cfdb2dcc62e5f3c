package com.parashift.alfstream.e2e.alfresco;

import com.parashift.alfstream.testkit.alfresco.AlfrescoServer;
import com.parashift.alfstream.testkit.alfresco.RealAlfresco;
import com.parashift.alfstream.testkit.contract.JournalingContract;
import com.parashift.alfstream.testkit.contract.UserActions;
import org.junit.jupiter.api.BeforeAll;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The journaling contract on real Alfresco 23.4, acted on through its REST API by a member of the sync group. */
class RealJournalingIT extends JournalingContract {

    private static AlfrescoServer alfresco;
    private static AlfrescoUserActions member;

    @BeforeAll
    static void start() {
        assumeTrue(RealAlfresco.available().isPresent(), RealAlfresco.unavailableReason());
        alfresco = RealAlfresco.instance("A");
        member = AlfrescoUserActions.newMember(alfresco);
    }

    @Override
    protected UserActions actions() {
        return member;
    }
}
