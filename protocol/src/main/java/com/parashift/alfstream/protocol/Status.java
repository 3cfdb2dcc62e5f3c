package com.parashift.alfstream.protocol;

/**
 * What a repository says of itself.
 *
 * @param protocol    the protocol version it speaks
 * @param instanceId  its instance id, the {@code origin} of changes first made there
 * @param journalHigh the highest visible journal entry id
 * @param syncedNodes how many nodes are under sync
 * @param errorNodes  how many of them are in {@code Error}
 */
public record Status(int protocol, String instanceId, long journalHigh, long syncedNodes, long errorNodes) {
}
