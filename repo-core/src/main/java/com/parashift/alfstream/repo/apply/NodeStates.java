package com.parashift.alfstream.repo.apply;

import com.parashift.alfstream.protocol.NodeSnapshot;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Whether two snapshots are the same node state. */
final class NodeStates {

    private NodeStates() {
    }

    /** Same node state, whatever the order of aspects and associations and however the parent path is spelled. */
    static boolean same(NodeSnapshot existing, NodeSnapshot incoming) {
        NodeSnapshot mine = incoming.versions() == null ? existing.withVersions(null) : existing;
        return comparable(mine.withoutInline()).equals(comparable(incoming.withoutInline()));
    }

    private static List<Object> comparable(NodeSnapshot node) {
        return Arrays.asList(node.uuid(), node.parentUuid(), node.name(), node.type(),
                node.aspects() == null ? Set.of() : new HashSet<>(node.aspects()), node.properties(),
                node.content(), node.permissions(),
                node.associations() == null ? Set.of() : new HashSet<>(node.associations()), node.versions());
    }
}
