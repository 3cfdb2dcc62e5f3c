package com.parashift.alfstream.engine.client;

/**
 * A node's content changed on its repository after the change was listed: the listed change is superseded, since
 * the content edit is journaled too and a later change carries the new content.
 */
public class ContentChangedException extends PeerException {

    ContentChangedException(String peer, String message) {
        super(409, peer, message, null, true);
    }
}
