package com.parashift.alfstream.repo.port;

import com.parashift.alfstream.protocol.NodeSnapshot;
import com.parashift.alfstream.protocol.IdRange;
import com.parashift.alfstream.protocol.VersionVector;
import com.parashift.alfstream.repo.journal.JournalEntry;
import com.parashift.alfstream.repo.version.VersionPlan;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the journal, export and apply logic need from a repository. The Alfresco adapter implements it with
 * Alfresco's public services; the reference repository of the test kit implements it in memory with content on
 * disk. Both pass the same contract tests.
 */
public interface RepositoryPort {

    /** This repository's instance id: the origin of the changes first made here. */
    String instanceId();

    /**
     * Visible journal entries whose id is above {@code after} or inside one of {@code holes}, ascending by id.
     *
     * @param limit the most entries to return
     */
    List<JournalEntry> journal(long after, List<IdRange> holes, int limit);

    /** The highest visible journal entry id, 0 when the journal is empty. */
    long journalHigh();

    /**
     * The node's snapshot, with a content descriptor that carries no inline bytes, and its version history
     * (oldest first, each version's origin the instance where it was made); empty if there is no such node.
     */
    Optional<NodeSnapshot> read(String uuid);

    /** The UUID of the node at a display path ({@code /Company Home/Sites/…}), if there is one. */
    Optional<String> findByPath(String displayPath);

    /** The node's content stream. The caller closes it. */
    InputStream openContent(String uuid) throws IOException;

    /**
     * Creates the node with the snapshot's UUID, or brings the existing one to the snapshot: parent and name
     * (move/rename), type, aspects, properties, permissions, peer associations, and content when {@code content}
     * is not {@code null}. The node ends under sync ({@code alfs:sync}, Active) with the origin recorded, so the
     * journal does not hand the change back to where it came from.
     *
     * @param node          the snapshot, its parent UUID already resolved on this repository
     * @param content       the new content, verified against the snapshot's SHA-256, or {@code null} to keep
     * @param origin        the instance id where the change was first made
     * @param originEntryId the journal entry id of the change at its origin
     */
    void write(NodeSnapshot node, ContentSource content, String origin, long originEntryId);

    /**
     * Brings the node's version history here to the plan, after {@link #write} in the same transaction: deletes,
     * then creates each new version in order (with its label, type, comment, creator, date and content), then
     * leaves the node's live content, dates and users as {@link #write} left them. Whatever the plan, the node's
     * live version label ends naming the head of its history here (none without a history), so that the
     * repository's own versioning keeps working; auto-versioning never acts on what apply writes.
     *
     * @throws com.parashift.alfstream.repo.http.SyncException 409 naming the node and the label when a version
     *         cannot be recreated
     */
    void writeVersions(String uuid, VersionPlan plan, String origin);

    /** The content of one version of a node's history. The caller closes it. */
    InputStream openVersionContent(String uuid, String label) throws IOException;

    /**
     * Deletes the node and its children, recording the origin. Each synced node deleted leaves a tombstone: a
     * {@code DELETE} journal entry carrying the version the node had ({@link #version}), which
     * {@link #tombstone} answers afterwards.
     */
    void delete(String uuid, String origin, long originEntryId);

    /** The node's version vector ({@code alfs:version}); empty for a node without one or no node. */
    VersionVector version(String uuid);

    /**
     * Sets the node's version vector, in the caller's transaction, without journaling anything: apply records
     * the version it brought (or, for a delete, the tombstone's) this way.
     */
    void setVersion(String uuid, VersionVector version);

    /** The version a deleted node had when it was last deleted here, if it was. */
    Optional<VersionVector> tombstone(String uuid);

    /**
     * Journals the node as changed here (origin this repository), in the caller's transaction, leaving its version
     * as it is: apply uses it when the outcome here is news to the other side too (a conflict resolved, a folder
     * that a delete from there had to keep), which an entry with the other side's origin would not tell it.
     */
    void journalHere(String uuid);

    /** Whether the node has children under sync. */
    boolean hasSyncedChildren(String uuid);

    /** The node's primary children that carry the sync marker (in any state), in no particular order. */
    List<Child> syncedChildren(String uuid);

    /**
     * The node's {@code alfs:syncState}; empty when it is not under sync or does not exist. (Alfresco's snapshot,
     * {@link #read}, leaves the sync model out; ask here.)
     */
    Optional<SyncState> syncState(String uuid);

    /** Sets {@code alfs:syncState} (and the error message for {@code Error}) on a node. */
    void setState(String uuid, SyncState state, String message);

    /** Runs the work in one transaction: all of it commits, or none of it. */
    <T> T inTransaction(Supplier<T> work);

    /** How many nodes are under sync, and how many of them are in Error. */
    long count(SyncState state);

    /** The types, aspects and properties this repository knows: apply refuses a change that names others. */
    DictionaryPort dictionary();

    /**
     * The node and its ancestors up to the root, the node first; empty if there is no such node. Apply decides
     * from it whether a node is inside a synced tree and whether it is a system node.
     */
    List<Lineage> lineage(String uuid);

    /**
     * One node of a lineage.
     *
     * @param uuid   the node
     * @param name   its name
     * @param type   its type, prefixed
     * @param synced whether it carries the sync marker ({@code alfs:sync}), in any state
     */
    record Lineage(String uuid, String name, String type, boolean synced) {
    }

    /** A child of a node: its UUID and name. */
    record Child(String uuid, String name) {
    }
}
