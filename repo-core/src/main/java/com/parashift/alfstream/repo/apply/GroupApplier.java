package com.parashift.alfstream.repo.apply;

import com.parashift.alfstream.protocol.ApplyResult.ItemResult;
import com.parashift.alfstream.protocol.ApplyResult.Outcome;
import com.parashift.alfstream.protocol.Change;
import com.parashift.alfstream.protocol.ChangeKind;
import com.parashift.alfstream.protocol.GroupSnapshot;
import com.parashift.alfstream.repo.http.SyncException;
import com.parashift.alfstream.repo.port.DirectoryPort;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Applies a change of a user group: display name and members as the source has them (removals included), or
 * the group's deletion. A member must exist here: a missing nested group fails the item until it arrives (it
 * comes earlier in the journal); a missing user fails it with the user's name, unless people may be created.
 */
class GroupApplier {

    private final DirectoryPort directory;
    private final PeopleResolver people;
    private final ApplyScope scope;

    GroupApplier(DirectoryPort directory, PeopleResolver people, ApplyScope scope) {
        this.directory = directory;
        this.people = people;
        this.scope = scope;
    }

    ItemResult apply(Change change, String origin) {
        String name = change.uuid();
        scope.checkGroup(name);
        Optional<GroupSnapshot> existing = directory.readGroup(name);
        if (change.kind() == ChangeKind.GROUP_DELETE) {
            if (existing.isEmpty()) {
                return ChangeApplier.result(change, Outcome.SKIPPED, "group already absent");
            }
            directory.deleteGroup(name, origin, change.id());
            return ChangeApplier.result(change, Outcome.APPLIED, null);
        }
        GroupSnapshot group = change.group();
        if (group == null) {
            return ChangeApplier.result(change, Outcome.SKIPPED, "the group no longer exists at its source");
        }
        if (!name.equals(group.name())) {
            throw SyncException.badRequest("group.name " + group.name() + " differs from uuid " + name);
        }
        List<String> members = group.members() == null ? List.of() : group.members().stream().sorted().toList();
        for (String member : members) {
            if (member.startsWith("GROUP_")) {
                if (!directory.authorityExists(member)) {
                    throw new DependencyMissingException("nested group " + member + " of " + name + " does not exist here yet");
                }
                refuseCycle(name, member);
            } else {
                people.requireUser(member, "member of " + name);
            }
        }
        GroupSnapshot wanted = new GroupSnapshot(name, group.displayName(), members);
        if (existing.isPresent() && existing.get().equals(wanted)) {
            return ChangeApplier.result(change, Outcome.SKIPPED, "unchanged");
        }
        directory.writeGroup(wanted, origin, change.id());
        return ChangeApplier.result(change, Outcome.APPLIED, null);
    }

    /** A nested group that already holds the group, however deep, would make the group a member of itself. */
    private void refuseCycle(String name, String member) {
        Deque<String> todo = new ArrayDeque<>(List.of(member));
        Set<String> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            String at = todo.pop();
            if (at.equals(name)) {
                throw SyncException.badRequest("group.members: " + member + " holds " + name
                        + " already; a group cannot be a member of itself");
            }
            if (seen.add(at)) {
                directory.readGroup(at).filter(g -> g.members() != null).ifPresent(g -> g.members().stream()
                        .filter(m -> m.startsWith("GROUP_")).forEach(todo::push));
            }
        }
    }
}
