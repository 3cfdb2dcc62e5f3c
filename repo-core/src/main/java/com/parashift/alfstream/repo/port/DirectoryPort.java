package com.parashift.alfstream.repo.port;

import com.parashift.alfstream.protocol.GroupSnapshot;

import java.util.Optional;

/**
 * What sync needs of a repository's people and groups: user groups travel (sites depend on theirs), and a
 * user's home folder (My Files) is found by the user's name, because each repository created its own.
 */
public interface DirectoryPort {

    /** The group, with its members sorted; empty if there is no such group. */
    Optional<GroupSnapshot> readGroup(String name);

    /**
     * Creates the group or brings it to the snapshot: display name, and members replaced by the snapshot's
     * (so removals travel). Journaled with the origin so it does not echo back.
     */
    void writeGroup(GroupSnapshot group, String origin, long originEntryId);

    /** Deletes the group, journaled with the origin. */
    void deleteGroup(String name, String origin, long originEntryId);

    /** Whether a user or a group of this name exists here ({@code GROUP_EVERYONE} and {@code ROLE_…} always do). */
    boolean authorityExists(String authority);

    /** The UUID of the user's home folder here; empty if the user does not exist or has none. */
    Optional<String> homeFolder(String userName);

    /** Creates the person and the home folder; returns the home folder's UUID. */
    String createPerson(String userName);
}
