package com.parashift.alfstream.protocol;

import java.util.List;

/**
 * What {@code POST resend} did.
 *
 * @param journaled the nodes journaled anew
 * @param refused   the others, each with the reason
 */
public record ResendResult(List<String> journaled, List<Refused> refused) {

    /** A node that was not journaled, and why. */
    public record Refused(String uuid, String reason) {
    }
}
