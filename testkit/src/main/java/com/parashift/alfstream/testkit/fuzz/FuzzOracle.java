package com.parashift.alfstream.testkit.fuzz;

import com.parashift.alfstream.protocol.VersionOrder;
import com.parashift.alfstream.protocol.VersionVector;
import com.parashift.alfstream.repo.http.Sha256;
import com.parashift.alfstream.repo.port.SyncModel;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;

/**
 * What must hold once both sides are quiet: they are identical (paths, UUIDs, types, content, titles, versions);
 * every edit is there (its content or title on some node: the node itself or a conflict copy) unless a later action
 * on the node superseded it (its version includes the edit's) or the node was deleted by someone who had seen it
 * (its tombstone includes the edit's version); and a node that was deleted is gone unless it was changed
 * concurrently with the delete (its version then is newer than or concurrent with the tombstone).
 */
final class FuzzOracle {

    private final Side a;
    private final Side b;

    FuzzOracle(Side a, Side b) {
        this.a = a;
        this.b = b;
    }

    void check(List<Event> events, String when) {
        SortedMap<String, String> onA = a.describe();
        if (!onA.equals(b.describe())) {
            throw new AssertionError("the two sides differ " + when + ": " + difference());
        }
        Set<String> shas = new HashSet<>();
        Set<String> titles = new HashSet<>();
        Set<String> present = new HashSet<>();
        onA.values().forEach(line -> {
            String[] parts = line.split(" ");
            present.add(parts[0]);
            if (parts.length > 2 && !parts[2].startsWith("title=")) {
                shas.add(parts[2]);
            }
            titles.add(line.substring(line.indexOf(" title=") + 7, line.indexOf(" version=")));
        });
        List<String> lost = new ArrayList<>();
        for (Event event : events) {
            if (event.value() != null && !(event.kind() == Event.Kind.TITLE ? titles.contains(event.value())
                    : shas.contains(Sha256.hex(event.value().getBytes(StandardCharsets.UTF_8))))
                    && !superseded(event, events)) {
                lost.add("edit " + event);
            }
            if (event.isDelete() && present.contains(event.uuid())) {
                VersionOrder order = a.repository.version(event.uuid()).compareTo(event.version());
                if (order == VersionOrder.BEFORE || order == VersionOrder.EQUAL) {
                    lost.add("delete " + event + ", yet the node is there at " + a.repository.version(event.uuid()));
                }
            }
        }
        if (!lost.isEmpty()) {
            throw new AssertionError(lost.size() + " lost " + when + ": " + lost);
        }
    }

    /** A later action on the node included the edit, or someone who had seen it deleted the node. */
    private boolean superseded(Event edit, List<Event> events) {
        for (Event other : events) {
            if (other != edit && other.uuid().equals(edit.uuid())
                    && other.version().compareTo(edit.version()) == VersionOrder.AFTER) {
                return true;
            }
        }
        return includes(a.repository.tombstone(edit.uuid()), edit.version())
                || includes(b.repository.tombstone(edit.uuid()), edit.version());
    }

    private static boolean includes(Optional<VersionVector> tombstone, VersionVector version) {
        if (tombstone.isEmpty()) {
            return false;
        }
        VersionOrder order = tombstone.get().compareTo(version);
        return order == VersionOrder.AFTER || order == VersionOrder.EQUAL;
    }

    /** Whether the folder or something below it on this side is a conflict copy (the fuzz deletes no copies). */
    boolean holdsConflictCopy(Side side, String folder) {
        return side.repository.inTransaction(() -> side.repository.describeTree(folder).values().stream()
                .map(line -> side.repository.read(line.split(" ")[0]))
                .anyMatch(node -> node.isPresent() && node.get().aspects().contains(SyncModel.ASPECT_CONFLICT_COPY)));
    }

    int conflictCopies() {
        return (int) a.describe().values().stream().filter(line -> !line.endsWith("copyOf=")).count();
    }

    int deletesKept(List<Event> events) {
        Set<String> present = new HashSet<>();
        a.describe().values().forEach(line -> present.add(line.split(" ")[0]));
        return (int) events.stream().filter(Event::isDelete).filter(e -> present.contains(e.uuid())).count();
    }

    /** What differs between the two sides, path by path. */
    String difference() {
        SortedMap<String, String> onA = a.describe();
        SortedMap<String, String> onB = b.describe();
        Set<String> paths = new TreeSet<>(onA.keySet());
        paths.addAll(onB.keySet());
        List<String> differences = new ArrayList<>();
        for (String path : paths) {
            if (!java.util.Objects.equals(onA.get(path), onB.get(path))) {
                differences.add(path + ": A " + onA.get(path) + " / B " + onB.get(path));
            }
        }
        return differences.isEmpty() ? "none" : differences.size() + " paths: " + String.join("; ", differences);
    }

}
