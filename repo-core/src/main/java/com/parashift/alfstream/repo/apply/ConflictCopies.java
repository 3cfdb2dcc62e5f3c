package com.parashift.alfstream.repo.apply;

import com.parashift.alfstream.protocol.NodeSnapshot;
import com.parashift.alfstream.protocol.PropertyValue;
import com.parashift.alfstream.repo.converge.ConflictRule;
import com.parashift.alfstream.repo.port.ContentSource;
import com.parashift.alfstream.repo.port.RepositoryPort;
import com.parashift.alfstream.repo.port.SyncModel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps the losing version of a conflict as a node of its own beside the node: a new node whose UUID, name and folder
 * follow from the losing state alone, so the two sides that both see the conflict make the same copy. It is
 * marked {@code alfsc:conflictCopy} (the original's UUID, the losing version) and syncs like any other node.
 */
final class ConflictCopies {

    private final RepositoryPort repository;

    ConflictCopies(RepositoryPort repository) {
        this.repository = repository;
    }

    /**
     * Writes the copy unless it exists already; the caller writes the winner afterwards (a local loser's content
     * is read from the node itself).
     *
     * @param parentUuid the losing version's parent here
     * @param content    the loser's content, {@code null} for none
     * @return the copy's name
     */
    String keep(ConflictRule.Side loser, String parentUuid, ContentSource content, long entryId) {
        String uuid = ConflictRule.copyUuid(loser);
        var existing = repository.read(uuid);
        if (existing.isPresent()) {
            return existing.get().name();
        }
        boolean folder = loser.node().content() == null;
        String parentPath = repository.read(parentUuid).map(NodeSnapshot::path).orElse("");
        String name = ConflictRule.copyName(loser, folder);
        if (repository.findByPath(parentPath + "/" + name).isPresent()) {
            name = ConflictRule.copyNameWithId(loser, folder, uuid);
        }
        NodeSnapshot node = loser.node();
        List<String> aspects = new ArrayList<>(node.aspects() == null ? List.of() : node.aspects());
        aspects.add(SyncModel.ASPECT_CONFLICT_COPY);
        Map<String, PropertyValue> properties = new LinkedHashMap<>(node.properties() == null ? Map.of()
                : node.properties());
        properties.put(SyncModel.PROP_NAME, PropertyValue.of("d:text", name));
        properties.put(SyncModel.PROP_CONFLICT_OF, PropertyValue.of("d:text", node.uuid()));
        properties.put(SyncModel.PROP_CONFLICT_VERSION, PropertyValue.of("d:text", loser.version().format()));
        NodeSnapshot copy = new NodeSnapshot(uuid, parentUuid, parentPath, name, node.type(), aspects, properties,
                node.content() == null ? null : node.content().withoutInline(), node.permissions(),
                node.associations(), null, null, List.of());
        repository.write(copy, content, repository.instanceId(), entryId);
        repository.setVersion(uuid, loser.version());
        return name;
    }
}
