package com.parashift.alfstream.alfresco.adapter;

import com.parashift.alfstream.alfresco.journal.AuditJournal;
import com.parashift.alfstream.alfresco.journal.ChangeRecorder;
import com.parashift.alfstream.protocol.ChangeKind;
import com.parashift.alfstream.protocol.VersionVector;
import com.parashift.alfstream.alfresco.journal.OriginContext;
import com.parashift.alfstream.alfresco.model.SyncMarker;
import com.parashift.alfstream.alfresco.support.TransactionRunner;
import com.parashift.alfstream.protocol.NodeSnapshot;
import com.parashift.alfstream.repo.http.SyncException;
import com.parashift.alfstream.protocol.IdRange;
import com.parashift.alfstream.repo.journal.JournalEntry;
import com.parashift.alfstream.repo.port.ContentSource;
import com.parashift.alfstream.repo.port.RepositoryPort;
import com.parashift.alfstream.alfresco.model.SyncContentModel;
import com.parashift.alfstream.repo.port.SyncState;
import com.parashift.alfstream.repo.version.VersionPlan;
import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.repository.ContentReader;
import org.alfresco.service.cmr.repository.ContentService;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.repository.StoreRef;
import org.alfresco.service.cmr.search.ResultSet;
import org.alfresco.service.cmr.search.SearchService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The repository port over Alfresco's public services: the journal is the module's audit application, nodes are
 * read and written whole, every write carries its origin so the journal does not echo it back.
 */
public class AlfrescoRepository implements RepositoryPort {

    private static final Logger LOG = LoggerFactory.getLogger(AlfrescoRepository.class);

    private final Supplier<String> instanceId;
    private final AuditJournal journal;
    private final SnapshotReader reader;
    private final SnapshotWriter writer;
    private final VersionHistoryReader versionReader;
    private final VersionHistoryWriter versionWriter;
    private final NodePaths paths;
    private final NodeService nodeService;
    private final ContentService contentService;
    private final SearchService searchService;
    private final SyncMarker marker;
    private final TransactionRunner transactions;
    private final AlfrescoDictionary dictionary;
    private final NodeLineage lineage;
    private final ChangeRecorder recorder;

    public AlfrescoRepository(Supplier<String> instanceId, AuditJournal journal, SnapshotReader reader,
            SnapshotWriter writer, VersionHistoryReader versionReader, VersionHistoryWriter versionWriter,
            NodePaths paths, NodeService nodeService, ContentService contentService,
            SearchService searchService, SyncMarker marker, TransactionRunner transactions,
            AlfrescoDictionary dictionary, NodeLineage lineage, ChangeRecorder recorder) {
        this.instanceId = instanceId;
        this.journal = journal;
        this.reader = reader;
        this.writer = writer;
        this.versionReader = versionReader;
        this.versionWriter = versionWriter;
        this.paths = paths;
        this.nodeService = nodeService;
        this.contentService = contentService;
        this.searchService = searchService;
        this.marker = marker;
        this.transactions = transactions;
        this.dictionary = dictionary;
        this.lineage = lineage;
        this.recorder = recorder;
    }

    @Override
    public String instanceId() {
        return instanceId.get();
    }

    @Override
    public List<JournalEntry> journal(long after, List<IdRange> holes, int limit) {
        return journal.read(after, holes, limit);
    }

    @Override
    public long journalHigh() {
        return journal.high();
    }

    @Override
    public Optional<NodeSnapshot> read(String uuid) {
        return reader.read(uuid).map(node -> node.withVersions(versionReader.read(ref(uuid))));
    }

    @Override
    public Optional<String> findByPath(String displayPath) {
        return paths.find(displayPath).map(NodeRef::getId);
    }

    @Override
    public InputStream openContent(String uuid) {
        ContentReader content = contentService.getReader(ref(uuid), ContentModel.PROP_CONTENT);
        if (content == null || !content.exists()) {
            throw SyncException.notFound("node " + uuid + " has no content");
        }
        return content.getContentInputStream();
    }

    @Override
    public void write(NodeSnapshot node, ContentSource content, String origin, long originEntryId) {
        OriginContext.with(origin, () -> {
            writer.write(node, content, origin, originEntryId);
            return null;
        });
    }

    @Override
    public void writeVersions(String uuid, VersionPlan plan, String origin) {
        OriginContext.with(origin, () -> {
            versionWriter.write(ref(uuid), plan, origin);
            return null;
        });
    }

    @Override
    public InputStream openVersionContent(String uuid, String label) {
        return versionReader.open(ref(uuid), label);
    }

    @Override
    public void delete(String uuid, String origin, long originEntryId) {
        OriginContext.with(origin, () -> {
            NodeRef node = ref(uuid);
            if (nodeService.exists(node)) {
                nodeService.deleteNode(node);
            }
            return null;
        });
    }

    @Override
    public VersionVector version(String uuid) {
        return marker.version(ref(uuid));
    }

    @Override
    public void setVersion(String uuid, VersionVector version) {
        marker.setVersion(ref(uuid), version);
    }

    /** The journal's newest DELETE entry of the node: deletes leave their version there. */
    @Override
    public Optional<VersionVector> tombstone(String uuid) {
        return journal.tombstone(uuid);
    }

    /** With this instance as the origin being applied: journaled as this instance's, its version left alone. */
    @Override
    public void journalHere(String uuid) {
        OriginContext.with(instanceId.get(), () -> {
            recorder.record(ref(uuid), ChangeKind.UPDATE_PROPERTIES);
            return null;
        });
    }

    @Override
    public Optional<SyncState> syncState(String uuid) {
        NodeRef node = ref(uuid);
        return marker.isSynced(node) ? SyncState.parse((String) nodeService.getProperty(node,
                SyncContentModel.PROP_SYNC_STATE)) : Optional.empty();
    }

    @Override
    public List<Child> syncedChildren(String uuid) {
        return nodeService.getChildAssocs(ref(uuid)).stream()
                .filter(child -> child.isPrimary() && marker.isSynced(child.getChildRef()))
                .map(child -> new Child(child.getChildRef().getId(),
                        (String) nodeService.getProperty(child.getChildRef(), ContentModel.PROP_NAME)))
                .toList();
    }

    @Override
    public boolean hasSyncedChildren(String uuid) {
        return nodeService.getChildAssocs(ref(uuid)).stream()
                .anyMatch(child -> child.isPrimary() && marker.isSynced(child.getChildRef()));
    }

    @Override
    public void setState(String uuid, SyncState state, String message) {
        marker.mark(ref(uuid), state, message);
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return transactions.inNewTransaction(work);
    }

    /** Counted by the search index, so eventually consistent; -1 when the index cannot answer. */
    @Override
    public long count(SyncState state) {
        String query = "ASPECT:\"alfs:sync\" AND =alfs:syncState:\"" + state.name() + "\"";
        ResultSet results = null;
        try {
            results = searchService.query(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE,
                    SearchService.LANGUAGE_FTS_ALFRESCO, query);
            return results.getNumberFound();
        } catch (RuntimeException e) {
            LOG.warn("SYNC-COUNT-FAILED {}: {}", state, e.toString());
            return -1;
        } finally {
            if (results != null) {
                results.close();
            }
        }
    }

    @Override
    public AlfrescoDictionary dictionary() {
        return dictionary;
    }

    @Override
    public List<Lineage> lineage(String uuid) {
        return lineage.of(ref(uuid));
    }

    private static NodeRef ref(String uuid) {
        return new NodeRef(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE, uuid);
    }
}
