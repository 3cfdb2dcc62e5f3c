package com.parashift.alfstream.testkit.fuzz;

import com.parashift.alfstream.protocol.NodeSnapshot;
import com.parashift.alfstream.protocol.PropertyValue;
import com.parashift.alfstream.repo.port.SyncModel;
import com.parashift.alfstream.testkit.repository.ReferenceRepository;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** One repository of the fuzz, seen as its user sees the synced folder. */
final class Side {

    final String id;
    final ReferenceRepository repository;
    final String top;

    Side(ReferenceRepository repository, String top) {
        this.id = repository.instanceId();
        this.repository = repository;
        this.top = top;
    }

    /** Each node below the top: path mapped to UUID, type, SHA-256, title, version and whose conflict copy it is. */
    SortedMap<String, String> describe() {
        return repository.inTransaction(() -> {
            SortedMap<String, String> described = new TreeMap<>();
            repository.describeTree(top).forEach((path, line) -> {
                String uuid = line.split(" ")[0];
                NodeSnapshot node = repository.read(uuid).orElseThrow();
                described.put(path, line + " title=" + value(node, "cm:title") + " version="
                        + repository.version(uuid).format() + " copyOf=" + value(node, SyncModel.PROP_CONFLICT_OF));
            });
            return described;
        });
    }

    /** The nodes below the top that a user would act on: everything but conflict copies. */
    List<NodeSnapshot> nodes() {
        return repository.inTransaction(() -> repository.describeTree(top).values().stream()
                .map(line -> repository.read(line.split(" ")[0]).orElseThrow())
                .filter(node -> !node.aspects().contains(SyncModel.ASPECT_CONFLICT_COPY))
                .toList());
    }

    static String value(NodeSnapshot node, String property) {
        Map<String, PropertyValue> properties = node.properties();
        PropertyValue value = properties == null ? null : properties.get(property);
        return value == null ? "" : value.value();
    }
}
