package com.parashift.alfstream.alfresco.journal;

import com.parashift.alfstream.protocol.ChangeKind;
import com.parashift.alfstream.protocol.IdRange;
import com.parashift.alfstream.protocol.VersionVector;
import com.parashift.alfstream.repo.journal.JournalEntry;
import org.alfresco.repo.audit.AuditComponent;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.cmr.audit.AuditQueryParameters;
import org.alfresco.service.cmr.audit.AuditService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The change journal as entries of the module's own audit application ({@code alfresco/module/alfstream-sync-repo
 * /audit/alfstream-sync-audit.xml}). Entries are written in the caller's transaction and read back by id; the
 * audit query's {@code fromId} is inclusive and its {@code toId} exclusive.
 */
public class AuditJournal {

    private static final Logger LOG = LoggerFactory.getLogger(AuditJournal.class);

    public static final String APPLICATION = "alfstream-sync";
    public static final String ROOT_PATH = "/alfstream-sync";
    public static final String KEY_KIND = "kind";
    public static final String KEY_UUID = "uuid";
    public static final String KEY_ORIGIN = "origin";
    /** For a delete: the version the node had, its tombstone ({@link VersionVector#format()}). */
    public static final String KEY_VERSION = "version";

    /** The most entries of one node read back to find its latest delete. */
    private static final int TOMBSTONE_SEARCH = 1_000;

    private final AuditComponent auditComponent;
    private final AuditService auditService;
    private volatile boolean warnedDisabled;

    public AuditJournal(AuditComponent auditComponent, AuditService auditService) {
        this.auditComponent = auditComponent;
        this.auditService = auditService;
    }

    /**
     * Records one change in the current transaction. Alfresco's audit user filter
     * ({@code audit.filter.alfresco-access.transaction.user}, which applies to every audit application) drops
     * entries recorded while the user is System; Begin Syncing's background walk and apply run as System, so the
     * journal writes with the filter off: a change of a synced node is journaled whoever made it.
     */
    public void record(ChangeKind kind, String uuid, String origin, VersionVector deleted) {
        Map<String, Serializable> values = new HashMap<>();
        values.put(KEY_KIND, kind.name());
        values.put(KEY_UUID, uuid);
        values.put(KEY_ORIGIN, origin);
        if (deleted != null) {
            values.put(KEY_VERSION, deleted.format());
        }
        Map<String, Serializable> recorded = auditComponent.recordAuditValuesWithUserFilter(ROOT_PATH, values, false);
        if (recorded == null || recorded.isEmpty()) {
            if (!warnedDisabled) {
                warnedDisabled = true;
                LOG.error("JOURNAL-DISABLED the audit application {} recorded nothing: auditing is off"
                        + " (audit.enabled=false) or the application is disabled (audit.{}.enabled=false);"
                        + " changes are NOT being journaled", APPLICATION, APPLICATION);
            }
            LOG.warn("JOURNAL-DROPPED {} {}: the audit application {} recorded nothing", kind, uuid, APPLICATION);
            return;
        }
        LOG.debug("JOURNAL-RECORDED {} {} from {}", kind, uuid, origin);
    }

    /** Entries above {@code after} or inside one of {@code holes}, ascending by id, at most {@code limit}. */
    public List<JournalEntry> read(long after, List<IdRange> holes, int limit) {
        TreeMap<Long, JournalEntry> found = new TreeMap<>();
        List<IdRange> sorted = holes.stream().sorted(Comparator.comparingLong(IdRange::from)).toList();
        for (IdRange hole : sorted) {
            if (found.size() >= limit && hole.from() > found.lastKey()) {
                break;
            }
            query(hole.from(), hole.to() + 1, true, limit).forEach(e -> found.put(e.id(), e));
        }
        query(after + 1, null, true, limit).forEach(e -> found.put(e.id(), e));
        return new ArrayList<>(found.values()).subList(0, Math.min(limit, found.size()));
    }

    /**
     * The version of the node's latest delete here: the newest DELETE entry of that UUID. Read as the system user:
     * it is asked for in the transaction of a user's own edit (a move into a synced folder), and Alfresco lets only
     * administrators query audit entries (real Alfresco answered a member's move with 403).
     */
    public Optional<VersionVector> tombstone(String uuid) {
        return AuthenticationUtil.runAsSystem(() -> latestDelete(uuid));
    }

    private Optional<VersionVector> latestDelete(String uuid) {
        AuditQueryParameters parameters = new AuditQueryParameters();
        parameters.setApplicationName(APPLICATION);
        parameters.setForward(false);
        parameters.addSearchKey(ROOT_PATH + "/" + KEY_UUID + "/value", uuid);
        VersionVector[] found = new VersionVector[1];
        auditService.auditQuery(new Reader(entry -> {
            if (entry.kind() == ChangeKind.DELETE && entry.deleted() != null && found[0] == null) {
                found[0] = entry.deleted();
            }
        }), parameters, TOMBSTONE_SEARCH);
        return Optional.ofNullable(found[0]);
    }

    /** The highest visible entry id, 0 when the journal is empty. */
    public long high() {
        List<JournalEntry> last = query(null, null, false, 1);
        return last.isEmpty() ? 0 : last.get(0).id();
    }

    private List<JournalEntry> query(Long fromId, Long toIdExclusive, boolean forward, int max) {
        AuditQueryParameters parameters = new AuditQueryParameters();
        parameters.setApplicationName(APPLICATION);
        parameters.setFromId(fromId);
        parameters.setToId(toIdExclusive);
        parameters.setForward(forward);
        List<JournalEntry> entries = new ArrayList<>();
        auditService.auditQuery(new Reader(entries::add), parameters, max);
        return entries;
    }

    /** Hands each readable entry on; an unreadable one is logged and passed over. */
    private static final class Reader implements AuditService.AuditQueryCallback {

        private final Consumer<JournalEntry> sink;

        Reader(Consumer<JournalEntry> sink) {
            this.sink = sink;
        }

        @Override
        public boolean valuesRequired() {
            return true;
        }

        @Override
        public boolean handleAuditEntry(Long entryId, String applicationName, String user, long time,
                Map<String, Serializable> values) {
            JournalEntry entry = toEntry(entryId, time, values);
            if (entry != null) {
                sink.accept(entry);
            }
            return true;
        }

        @Override
        public boolean handleAuditEntryError(Long entryId, String errorMsg, Throwable error) {
            LOG.warn("JOURNAL-ENTRY-UNREADABLE {}: {}", entryId, errorMsg);
            return true;
        }
    }

    static JournalEntry toEntry(Long id, long time, Map<String, Serializable> values) {
        Object kind = values.get(ROOT_PATH + "/" + KEY_KIND + "/value");
        Object uuid = values.get(ROOT_PATH + "/" + KEY_UUID + "/value");
        Object origin = values.get(ROOT_PATH + "/" + KEY_ORIGIN + "/value");
        Object version = values.get(ROOT_PATH + "/" + KEY_VERSION + "/value");
        try {
            return new JournalEntry(id, ChangeKind.valueOf(String.valueOf(kind)), (String) uuid, (String) origin, time,
                    version == null ? null : VersionVector.parse((String) version));
        } catch (IllegalArgumentException | ClassCastException e) {
            LOG.warn("JOURNAL-ENTRY-UNREADABLE {}: kind {} uuid {}", id, kind, uuid);
            return null;
        }
    }
}
