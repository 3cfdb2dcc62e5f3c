package com.parashift.alfstream.testkit.hostile;

import java.net.URI;

/**
 * What a repository under test supplies to {@link HostileInputSuite}: its endpoints, a seeded content (see
 * {@link Seed}) and a snapshot of its whole state. The reference server supplies one in this module's tests; a real
 * Alfresco with the repository AMP can supply another.
 */
public interface HostileFixture extends AutoCloseable {

    /** The repository URL, as {@code alfstream.remote.url} takes it ({@code http://host:port/alfresco}). */
    URI url();

    String user();

    String password();

    /** What was created before the cases run; the cases aim at it. */
    Seed seed();

    /**
     * The whole state of the repository as comparable text: every node (type, aspects, properties, content
     * descriptor and SHA-256, permissions, associations, parent and name), every group with its members, the
     * journal's high-water mark and the staged content. Two equal snapshots mean nothing was changed.
     */
    String snapshot();

    @Override
    default void close() throws Exception {
    }
}
