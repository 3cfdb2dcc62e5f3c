package com.parashift.alfstream.alfresco.notify;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MailSettingsTest {

    @Test
    void readsCommaSeparatedAddressesAndBlankMeansAdministrators() {
        assertEquals(List.of("ops@example.com", "dms@example.com"),
                MailSettings.recipients(" ops@example.com ,dms@example.com,"));
        assertEquals(List.of(), MailSettings.recipients(""));
        assertEquals(List.of(), MailSettings.recipients(null));
    }

    @Test
    void somethingThatIsNoAddressIsAClearStartUpError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MailSettings.recipients("ops@example.com; dms@example.com"));
        assertTrue(e.getMessage().startsWith("alfstream.sync.mail.to: "), e.getMessage());
    }
}
