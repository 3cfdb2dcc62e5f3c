package com.parashift.alfstream.testkit.contract;

import com.parashift.alfstream.protocol.Change;

import java.util.List;

/**
 * What a user does to a repository, the way people do it (Share, the REST API), for the journaling contract: a
 * reference repository does it in process, a real Alfresco through its REST API as a member of the sync group.
 */
public interface UserActions {

    /** A folder of the acting user's own where the test may create anything (not under sync). */
    String workspace();

    String createFolder(String parent, String name);

    String createFile(String parent, String name, byte[] content);

    void updateContent(String node, byte[] content);

    void setTitle(String node, String title);

    void rename(String node, String name);

    void move(String node, String newParent);

    String copy(String node, String newParent);

    void delete(String node);

    /** Breaks inheritance and gives {@code authority} the Consumer role. */
    void restrictTo(String node, String authority);

    /** Begin Syncing; returns once the background walk of the subtree is done. */
    void beginSync(String folder);

    void stopSync(String folder);

    /** Retry Syncing of a node in Error (or of the nodes in Error below a folder). */
    void retrySync(String node);

    /** Puts a node into Error with a reason, as the engine does when a change of it failed. */
    void markError(String node, String reason);

    /** Creates {@code count} documents spread over sub-folders below {@code parent}, inside the repository. */
    void createTree(String parent, int folders, int filesPerFolder);

    /** Whether the node carries {@code alfs:sync} with state Active. */
    boolean isSyncActive(String node);

    /** Creates a group with the user as member ({@code null} when this repository has no directory to act on). */
    void createGroupWithMember(String groupId, String memberId);

    /** The user this fixture acts as, a member of the group named. */
    String user();

    /** The journal as the engine reads it: every change after {@code after}, oldest first. */
    List<Change> changesAfter(long after);

    long journalHigh();
}
