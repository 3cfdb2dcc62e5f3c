package com.parashift.alfstream.protocol;

/**
 * One journal entry of the source repository, as it travels.
 *
 * @param id     the journal entry id on the source (unique there, assigned at insert)
 * @param kind   what happened
 * @param uuid   the node's UUID, the same on every instance; for a group kind, the group's name
 * @param origin the instance id where the change was first made
 * @param time   when the entry was recorded, epoch milliseconds
 * @param node   the node's current snapshot; {@code null} for a delete, or when the node no longer exists
 * @param group  for {@link ChangeKind#GROUP}, the group's current snapshot ({@code null} if it no longer exists)
 * @param version the node's version vector (repository id to counter): of the node as it is now for a node kind,
 *                the deleted version (its tombstone) for a {@code DELETE}; {@code null} from a sender without
 *                version vectors, for groups, and for a node that no longer exists
 */
public record Change(long id, ChangeKind kind, String uuid, String origin, long time, NodeSnapshot node,
                     GroupSnapshot group, java.util.Map<String, Long> version) {

    /** A change without a version vector. */
    public Change(long id, ChangeKind kind, String uuid, String origin, long time, NodeSnapshot node,
                  GroupSnapshot group) {
        this(id, kind, uuid, origin, time, node, group, null);
    }

    /** A change of a node. */
    public Change(long id, ChangeKind kind, String uuid, String origin, long time, NodeSnapshot node) {
        this(id, kind, uuid, origin, time, node, null);
    }
}
