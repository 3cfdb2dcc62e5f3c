package com.parashift.alfstream.repo.validate;

import com.parashift.alfstream.protocol.Change;
import com.parashift.alfstream.protocol.ChangeKind;
import com.parashift.alfstream.protocol.GroupSnapshot;
import com.parashift.alfstream.repo.http.Names;
import com.parashift.alfstream.repo.port.DictionaryPort;

import java.util.List;
import java.util.Map;

/**
 * Checks one change of an apply request before anything of it is read or written here: its ids, kind and origin
 * by pattern, its node (see {@link NodeValidator}) or group. A change that fails is refused with a 400 that names
 * the field ({@code node.properties.cm:modified: 'yesterday' is not a d:datetime}).
 */
public class ChangeValidator {

    private static final int MAX_DISPLAY_NAME_CHARS = 1_000;
    private static final int MAX_VERSION_ENTRIES = 1_000;

    private final Limits limits;
    private final NodeValidator nodes;

    public ChangeValidator(DictionaryPort dictionary, Limits limits) {
        this.limits = limits;
        this.nodes = new NodeValidator(dictionary, limits);
    }

    public Limits limits() {
        return limits;
    }

    public void check(Change change) {
        if (change.id() < 0) {
            throw Refusal.of("id", "must be 0 or more, was " + change.id());
        }
        if (change.time() < 0) {
            throw Refusal.of("time", "must be 0 or more, was " + change.time());
        }
        ChangeKind kind = Refusal.required("kind", change.kind());
        if (change.origin() != null) {
            Refusal.field("origin", Names::checkOrigin, change.origin());
        }
        if (kind.isGroup()) {
            Refusal.field("uuid", Names::checkGroupName, change.uuid());
            if (change.node() != null) {
                throw Refusal.of("node", "a " + kind + " carries no node");
            }
            if (change.version() != null) {
                throw Refusal.of("version", "a " + kind + " carries no version");
            }
            if (change.group() != null) {
                if (kind == ChangeKind.GROUP_DELETE) {
                    throw Refusal.of("group", "a GROUP_DELETE carries no group");
                }
                checkGroup(change.uuid(), change.group());
            }
            return;
        }
        Refusal.field("uuid", Names::checkUuid, change.uuid());
        if (kind.isInstruction()) {
            throw Refusal.of("kind", kind + " is an instruction to the engine, never applied");
        }
        checkVersion(change.version());
        if (change.group() != null) {
            throw Refusal.of("group", "a " + kind + " carries no group");
        }
        if (change.node() != null) {
            if (kind == ChangeKind.DELETE) {
                throw Refusal.of("node", "a DELETE carries no node");
            }
            nodes.check(change.uuid(), change.node());
        }
    }

    /** Each entry an instance id with a counter of 1 or more, at most one per repository there could be. */
    private static void checkVersion(Map<String, Long> version) {
        if (version == null) {
            return;
        }
        Limits.atMost("version", version.size(), MAX_VERSION_ENTRIES);
        version.forEach((id, counter) -> {
            Refusal.field("version", Names::checkOrigin, id);
            if (counter == null || counter < 1) {
                throw Refusal.of("version." + id, "must be 1 or more, was " + counter);
            }
        });
    }

    private void checkGroup(String name, GroupSnapshot group) {
        if (!name.equals(group.name())) {
            throw Refusal.of("group.name", "'" + Names.abbreviate(group.name()) + "' differs from uuid " + name);
        }
        if (group.displayName() != null) {
            Limits.atMost("group.displayName", group.displayName().length(), MAX_DISPLAY_NAME_CHARS);
            if (group.displayName().chars().anyMatch(Character::isISOControl)) {
                throw Refusal.of("group.displayName", "contains control characters");
            }
        }
        List<String> members = group.members() == null ? List.of() : group.members();
        Limits.atMost("group.members", members.size(), limits.maxMembers());
        for (int i = 0; i < members.size(); i++) {
            String field = "group.members[" + i + "]";
            String member = Refusal.required(field, members.get(i));
            if (member.startsWith("GROUP_")) {
                Refusal.field(field, Names::checkGroupName, member);
                if (member.equals(name)) {
                    throw Refusal.of(field, "a group cannot be a member of itself (" + name + ")");
                }
            } else {
                Refusal.field(field, Names::checkUserName, member);
            }
        }
    }
}
