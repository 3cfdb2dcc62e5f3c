package com.parashift.alfstream.repo.journal;

import com.parashift.alfstream.protocol.Change;
import com.parashift.alfstream.protocol.ChangeBatch;
import com.parashift.alfstream.protocol.ChangeKind;
import com.parashift.alfstream.protocol.GroupSnapshot;
import com.parashift.alfstream.protocol.IdRange;
import com.parashift.alfstream.protocol.NodeSnapshot;
import com.parashift.alfstream.protocol.Protocol;
import com.parashift.alfstream.protocol.VersionVector;
import com.parashift.alfstream.repo.export.SnapshotExporter;
import com.parashift.alfstream.repo.http.Names;
import com.parashift.alfstream.repo.http.SyncException;
import com.parashift.alfstream.repo.port.DirectoryPort;
import com.parashift.alfstream.repo.port.RepositoryPort;
import com.parashift.alfstream.repo.validate.Refusal;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code GET changes?after=N&holes=5-7,10&limit=M}: journal entries after a cursor, each with the node's current
 * snapshot. Reads the journal only; nothing scans the repository.
 */
public class ChangesHandler {

    public static final int MAX_LIMIT = 5_000;
    /** How often a node's snapshot is read again when its version changed meanwhile. */
    private static final int CONSISTENT_READS = 3;

    private final RepositoryPort repository;
    private final DirectoryPort directory;
    private final SnapshotExporter exporter;

    public ChangesHandler(RepositoryPort repository, DirectoryPort directory, SnapshotExporter exporter) {
        this.repository = repository;
        this.directory = directory;
        this.exporter = exporter;
    }

    /** Parses the request parameters, as both the webscript and the reference server receive them. */
    public ChangeBatch changes(String after, String holes, String limit) {
        return changes(after, holes, limit, null);
    }

    /**
     * @param excludeOrigin the instance the asking engine applies to: entries that came from there are answered
     *                      as bare stubs (id, kind, origin), never with their node, so nothing is handed back
     *                      where it came from, and the engine's cursor still passes them
     */
    public ChangeBatch changes(String after, String holes, String limit, String excludeOrigin) {
        List<IdRange> ranges;
        try {
            ranges = IdRange.parse(holes);
        } catch (IllegalArgumentException e) {
            throw SyncException.badRequest("holes: " + Names.abbreviate(e.getMessage()));
        }
        long max = parseLong("limit", limit, 500);
        if (max < 1 || max > MAX_LIMIT) {
            throw SyncException.badRequest("limit: must be between 1 and " + MAX_LIMIT + ", was " + max);
        }
        String exclude = excludeOrigin == null || excludeOrigin.isBlank() ? null : excludeOrigin;
        if (exclude != null) {
            Refusal.field("exclude-origin", Names::checkOrigin, exclude);
        }
        return changes(parseLong("after", after, 0), ranges, (int) max, exclude);
    }

    public ChangeBatch changes(long after, List<IdRange> holes, int limit) {
        return changes(after, holes, limit, null);
    }

    public ChangeBatch changes(long after, List<IdRange> holes, int limit, String excludeOrigin) {
        if (after < 0) {
            throw SyncException.badRequest("after: must be 0 or more, was " + after);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw SyncException.badRequest("limit: must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
        long high = repository.journalHigh();
        List<JournalEntry> entries = repository.journal(after, holes, limit + 1);
        boolean hasMore = entries.size() > limit;
        List<Change> items = new ArrayList<>(Math.min(entries.size(), limit));
        for (JournalEntry entry : entries.subList(0, Math.min(entries.size(), limit))) {
            items.add(entry.origin() != null && entry.origin().equals(excludeOrigin)
                    ? new Change(entry.id(), entry.kind(), entry.uuid(), entry.origin(), entry.time(), null)
                    : toChange(entry));
        }
        return new ChangeBatch(Protocol.VERSION, Math.max(high, lastId(items)), hasMore, items);
    }

    private Change toChange(JournalEntry entry) {
        if (entry.kind().isGroup()) {
            GroupSnapshot group = entry.kind() == ChangeKind.GROUP_DELETE ? null
                    : directory.readGroup(entry.uuid()).orElse(null);
            return new Change(entry.id(), entry.kind(), entry.uuid(), entry.origin(), entry.time(), null, group);
        }
        if (entry.kind() == ChangeKind.DELETE) {
            return new Change(entry.id(), entry.kind(), entry.uuid(), entry.origin(), entry.time(), null, null,
                    entry.deleted() == null ? null : entry.deleted().counters());
        }
        // the version before and after the snapshot: equal, the snapshot is exactly that version (a change bumps the
        // version in its own transaction); else read again. Should a node keep changing, it goes with the version
        // read first: a change in between makes the snapshot newer than its version, never older
        VersionVector version = repository.version(entry.uuid());
        NodeSnapshot node = exporter.export(entry.uuid()).orElse(null);
        for (int attempt = 0; attempt < CONSISTENT_READS; attempt++) {
            VersionVector after = repository.version(entry.uuid());
            if (after.equals(version)) {
                break;
            }
            version = after;
            node = exporter.export(entry.uuid()).orElse(null);
        }
        return new Change(entry.id(), entry.kind(), entry.uuid(), entry.origin(), entry.time(), node, null,
                node == null || version.isEmpty() ? null : version.counters());
    }

    private static long lastId(List<Change> items) {
        return items.isEmpty() ? 0 : items.get(items.size() - 1).id();
    }

    private static long parseLong(String name, String text, long fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw SyncException.badRequest(name + ": '" + Names.abbreviate(text) + "' is not a whole number");
        }
    }
}
