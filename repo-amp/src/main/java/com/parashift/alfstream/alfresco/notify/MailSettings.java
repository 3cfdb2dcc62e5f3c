package com.parashift.alfstream.alfresco.notify;

import java.util.Arrays;
import java.util.List;

/** Reads {@code alfstream.sync.mail.to}: comma-separated addresses; blank for the administrators. */
public final class MailSettings {

    private MailSettings() {
    }

    public static List<String> recipients(String text) {
        List<String> addresses = text == null ? List.of() : Arrays.stream(text.split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).toList();
        for (String address : addresses) {
            if (!address.matches("[^@\\s]+@[^@\\s]+")) {
                throw new IllegalArgumentException("alfstream.sync.mail.to: '" + address
                        + "' is not an e-mail address (comma-separated addresses, or blank for the administrators)");
            }
        }
        return addresses;
    }
}
