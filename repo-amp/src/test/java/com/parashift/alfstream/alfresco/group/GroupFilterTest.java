package com.parashift.alfstream.alfresco.group;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GroupFilterTest {

    @Test
    void groupsSyncUnlessExcludedOrEveryone() {
        GroupFilter filter = new GroupFilter(" GROUP_ALFRESCO_ADMINISTRATORS ,GROUP_EMAIL_CONTRIBUTORS,, ");
        assertEquals(Set.of("GROUP_ALFRESCO_ADMINISTRATORS", "GROUP_EMAIL_CONTRIBUTORS"), filter.excluded());
        assertTrue(filter.syncs("GROUP_site_s_SiteManager"));
        assertFalse(filter.syncs("GROUP_ALFRESCO_ADMINISTRATORS"));
        assertFalse(filter.syncs("GROUP_EVERYONE"));
        assertFalse(filter.syncs("ROLE_OWNER"));
        assertFalse(filter.syncs("alice"));
        assertFalse(filter.syncs(null));
        assertTrue(new GroupFilter("").syncs("GROUP_ALFRESCO_ADMINISTRATORS"));
    }

    @Test
    void aNameThatIsNoGroupIsAClearConfigurationError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new GroupFilter("GROUP_A,admins"));
        assertTrue(e.getMessage().contains("alfstream.sync.groups.exclude"), e.getMessage());
        assertTrue(e.getMessage().contains("admins"), e.getMessage());
    }
}
