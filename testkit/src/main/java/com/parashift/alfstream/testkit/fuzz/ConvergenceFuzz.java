package com.parashift.alfstream.testkit.fuzz;

import com.parashift.alfstream.protocol.NodeSnapshot;
import com.parashift.alfstream.protocol.PropertyValue;
import com.parashift.alfstream.testkit.repository.ReferenceRepository;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * A seeded two-way convergence fuzz: random user actions (create, content edit, title edit, rename, move, delete
 * of files; create and delete of folders) on both repositories of a synced folder while the engines sync them,
 * in rounds; after each round the caller waits for quiescence, and the {@link FuzzOracle} checks that both sides
 * are identical, every edit is present (live or in a conflict copy) unless a later action superseded it, and no
 * delete was lost unless the node was changed concurrently. The seed fixes the actions; how they interleave with
 * the engines is up to the threads.
 */
public final class ConvergenceFuzz {

    /** Waits until the engines have moved everything both ways; throws when they do not in time. */
    public interface Quiescence {
        void await(String what, Supplier<String> describe) throws Exception;
    }

    private final Side a;
    private final Side b;
    private final Random random;
    private final FuzzOracle oracle;
    private final List<Event> events = new ArrayList<>();
    private int counter;
    private int vanished;

    /**
     * @param topA the synced folder on A; it must have reached B already, at {@code topB}
     */
    public ConvergenceFuzz(ReferenceRepository repositoryA, String topA, ReferenceRepository repositoryB, String topB,
                           long seed) {
        this.a = new Side(repositoryA, topA);
        this.b = new Side(repositoryB, topB);
        this.random = new Random(seed);
        this.oracle = new FuzzOracle(a, b);
    }

    /**
     * Makes {@code operations} actions in rounds of about {@code perRound}, waiting for quiescence and checking the
     * oracle after each round.
     *
     * @throws AssertionError naming the seed's round and what the oracle found
     */
    public FuzzResult run(int operations, int perRound, Quiescence quiescence) throws Exception {
        long start = System.nanoTime();
        int done = 0;
        int rounds = 0;
        while (done < operations) {
            int round = Math.min(operations - done, 1 + random.nextInt(2 * perRound));
            for (int i = 0; i < round; i++) {
                act(random.nextBoolean() ? a : b);
            }
            done += round;
            rounds++;
            quiescence.await("round " + rounds + " to converge", oracle::difference);
            oracle.check(events, "after round " + rounds);
        }
        return new FuzzResult(operations, rounds, vanished, oracle.conflictCopies(), oracle.deletesKept(events),
                (System.nanoTime() - start) / 1_000_000);
    }

    private void act(Side side) {
        List<NodeSnapshot> nodes = side.nodes();
        List<NodeSnapshot> files = nodes.stream().filter(n -> "cm:content".equals(n.type())).toList();
        List<String> folders = new ArrayList<>(nodes.stream().filter(n -> "cm:folder".equals(n.type()))
                .map(NodeSnapshot::uuid).toList());
        List<String> subfolders = List.copyOf(folders);
        folders.add(side.top);
        int pick = random.nextInt(100);
        String tag = side.id + "-" + (++counter);
        try {
            if (pick < 20 || files.isEmpty()) {
                String value = "content " + tag + " " + random.nextLong();
                String parent = any(folders);
                record(side, Event.Kind.CREATE_FILE, value, () -> side.repository.edit().createFile(parent,
                        "f-" + tag + ".txt", value.getBytes(StandardCharsets.UTF_8)));
            } else if (pick < 45) {
                String value = "content " + tag + " " + random.nextLong();
                String file = any(files).uuid();
                record(side, Event.Kind.CONTENT, value, () -> {
                    side.repository.edit().updateContent(file, value.getBytes(StandardCharsets.UTF_8));
                    return file;
                });
            } else if (pick < 60) {
                String value = "title " + tag;
                String node = any(nodes).uuid();
                record(side, Event.Kind.TITLE, value, () -> {
                    side.repository.edit().setProperty(node, "cm:title", PropertyValue.of("d:text", value));
                    return node;
                });
            } else if (pick < 70) {
                NodeSnapshot node = any(nodes);
                String name = ("cm:folder".equals(node.type()) ? "d-" : "f-") + tag + "-renamed"
                        + ("cm:folder".equals(node.type()) ? "" : ".txt");
                record(side, Event.Kind.RENAME, null, () -> {
                    side.repository.edit().rename(node.uuid(), name);
                    return node.uuid();
                });
            } else if (pick < 80) {
                NodeSnapshot file = any(files);
                String target = any(folders);
                if (!target.equals(file.parentUuid())) {
                    record(side, Event.Kind.MOVE, null, () -> {
                        side.repository.edit().move(file.uuid(), target);
                        return file.uuid();
                    });
                }
            } else if (pick < 88) {
                String file = any(files).uuid();
                delete(side, Event.Kind.DELETE_FILE, file);
            } else if (pick < 95 || subfolders.isEmpty()) {
                String parent = any(folders);
                record(side, Event.Kind.CREATE_FOLDER, null, () -> side.repository.edit().createFolder(parent, "d-" + tag));
            } else {
                String folder = any(subfolders);
                if (!oracle.holdsConflictCopy(side, folder)) {
                    delete(side, Event.Kind.DELETE_FOLDER, folder);
                }
            }
        } catch (RuntimeException e) {
            // the node went meanwhile (a delete from the other side was applied): a user would pick another
            vanished++;
        }
    }

    private void record(Side side, Event.Kind kind, String value, Supplier<String> action) {
        events.add(side.repository.inTransaction(() -> {
            String uuid = action.get();
            return new Event(side.id, kind, uuid, side.repository.version(uuid), value);
        }));
    }

    /** Deletes the node and records a delete for it and for each node below it, each with its tombstone. */
    private void delete(Side side, Event.Kind kind, String uuid) {
        events.addAll(side.repository.inTransaction(() -> {
            List<String> removed = new ArrayList<>(side.repository.describeTree(uuid).values().stream()
                    .map(line -> line.split(" ")[0]).toList());
            removed.add(uuid);
            side.repository.edit().delete(uuid);
            return removed.stream().map(gone -> new Event(side.id, kind, gone,
                    side.repository.tombstone(gone).orElseThrow(), null)).toList();
        }));
    }

    private <T> T any(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
