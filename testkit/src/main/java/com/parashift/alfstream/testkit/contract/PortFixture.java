package com.parashift.alfstream.testkit.contract;

import com.parashift.alfstream.repo.port.RepositoryPort;

/**
 * What an implementation of {@link RepositoryPort} supplies to {@link RepositoryPortContract}: a fresh repository
 * and the few things a local user does in it, done the implementation's own way (Share actions and behaviours in
 * Alfresco, {@code LocalEdits} in the reference repository). Each call is one committed transaction.
 */
public interface PortFixture extends AutoCloseable {

    /** The repository under test. */
    RepositoryPort port();

    /**
     * Creates a folder at the top of the repository (for example in Company Home) and runs Begin Syncing on it: the
     * folder ends Active under {@code alfs:sync}, and its creation is journaled with this repository's origin.
     *
     * @return the folder's UUID
     */
    String syncedFolder(String name);

    /** Creates a folder inside a synced folder, as a user does; it is synced by itself and journaled. */
    String folderIn(String parentUuid, String name);

    /** Creates a file with the given bytes inside a synced folder, as a user does; synced by itself and journaled. */
    String fileIn(String parentUuid, String name, byte[] content, String mimetype);

    /**
     * Until the returned handle runs, journal entries of the transactions that the calling thread commits keep the
     * ids they were given but stay invisible, as the entries of a slow transaction do in Alfresco. The handle may
     * be run from any thread; it makes the held entries visible.
     */
    Runnable holdJournal();

    @Override
    default void close() throws Exception {
    }
}
