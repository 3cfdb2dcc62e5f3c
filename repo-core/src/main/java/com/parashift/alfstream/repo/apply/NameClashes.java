package com.parashift.alfstream.repo.apply;

import com.parashift.alfstream.protocol.NodeSnapshot;
import com.parashift.alfstream.protocol.PropertyValue;
import com.parashift.alfstream.repo.export.SnapshotExporter;
import com.parashift.alfstream.repo.port.RepositoryPort;
import com.parashift.alfstream.repo.port.SyncModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Makes room for an incoming node's name when another synced node that the source knows (its version has a
 * counter of the source) holds it here. At the source the two cannot share the name, so the holder's own change is
 * on its way (a rename swap or cycle, a delete and re-create of a
 * name, applied one change at a time): the holder steps aside to {@code name (moved aside 1a2b3c4d)}, keeping its
 * version, and its own change renames it as the source has it. A holder that is not under sync, or that only this
 * side has (a document of that name made here), is never touched: the change fails with the name clash, as before. Not solved: two different nodes renamed into one name on both
 * sides at once; each side then moves the other's node aside and the names stay crossed (logged NAME-ASIDE).
 */
final class NameClashes {

    private static final Logger LOG = LoggerFactory.getLogger(NameClashes.class);

    private final RepositoryPort repository;

    NameClashes(RepositoryPort repository) {
        this.repository = repository;
    }

    void makeRoom(NodeSnapshot incoming, String origin, long entryId) {
        Optional<String> parentPath = repository.read(incoming.parentUuid()).map(NodeSnapshot::path);
        if (parentPath.isEmpty()) {
            return;
        }
        Optional<String> holder = repository.findByPath(parentPath.get() + "/" + incoming.name());
        if (holder.isEmpty() || holder.get().equals(incoming.uuid())) {
            return;
        }
        List<RepositoryPort.Lineage> lineage = repository.lineage(holder.get());
        if (lineage.isEmpty() || !lineage.get(0).synced() || repository.version(holder.get()).counter(origin) == 0) {
            // not under sync, or a node the source never had: a real name clash, which fails as it always did
            return;
        }
        NodeSnapshot blocker = SnapshotExporter.withoutSyncModel(repository.read(holder.get()).orElseThrow());
        String aside = asideName(blocker);
        Map<String, PropertyValue> properties = new LinkedHashMap<>(blocker.properties());
        properties.put(SyncModel.PROP_NAME, PropertyValue.of("d:text", aside));
        NodeSnapshot moved = new NodeSnapshot(blocker.uuid(), blocker.parentUuid(), blocker.parentPath(), aside,
                blocker.type(), blocker.aspects(), properties, blocker.content(), blocker.permissions(),
                blocker.associations(), null, null, null);
        // a write keeps the node's version (alfs:version is bookkeeping): its own change still compares as newer
        repository.write(moved, null, origin, entryId);
        LOG.warn("NAME-ASIDE {} '{}' moved aside as '{}' for {} from {}", blocker.uuid(), blocker.name(), aside,
                incoming.uuid(), origin);
    }

    static String asideName(NodeSnapshot node) {
        String name = node.name();
        String tag = " (moved aside " + node.uuid().substring(0, Math.min(8, node.uuid().length())) + ")";
        int dot = name.lastIndexOf('.');
        boolean file = node.content() != null && dot > 0;
        return file ? name.substring(0, dot) + tag + name.substring(dot) : name + tag;
    }
}
