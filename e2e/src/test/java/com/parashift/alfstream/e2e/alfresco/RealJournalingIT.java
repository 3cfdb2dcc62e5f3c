package com.parashift.alfstream.e2e.alfresco;

import com.parashift.alfstream.testkit.alfresco.AlfrescoServer;
import com.parashift.alfstream.testkit.alfresco.RealAlfresco;
import com.parashift.alfstream.testkit.contract.JournalingContract;
import com.parashift.alfstream.testkit.contract.UserActions;
import org.junit.jupiter.api.BeforeAll;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The journaling contract on real Alfresco 23.4, acted on through its REST API by a member of the sync group. On an
 * instance of its own ("J"): no engine reads it, so its thousands of entries (in homes of users no other repository
 * has) never reach the end-to-end tests' repositories.
 */
class RealJournalingIT extends JournalingContract {

    static final String INSTANCE = "J";

    private static AlfrescoServer alfresco;
    private static AlfrescoUserActions member;

    @BeforeAll
    static void start() {
        assumeTrue(RealAlfresco.available().isPresent(), RealAlfresco.unavailableReason());
        alfresco = RealAlfresco.instance(INSTANCE);
        member = AlfrescoUserActions.newMember(alfresco);
    }

    @Override
    protected UserActions actions() {
        return member;
    }
}
