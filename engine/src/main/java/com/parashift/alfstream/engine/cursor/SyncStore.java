package com.parashift.alfstream.engine.cursor;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.parashift.alfstream.engine.client.WireJson;
import com.parashift.alfstream.engine.queue.ErrorItem;
import com.parashift.alfstream.protocol.Change;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The engine's durable state in {@code alfstream.sync.persist.file}: the cursor, the changes set aside and the
 * error queue, in an H2 MVStore. Every change of state is one commit, so a crash (even {@code kill -9}) leaves the
 * state as it was after the last commit or the one before, never half-written.
 *
 * <p>When the file cannot be written (disk full, read-only file system, file removed), MVStore closes itself; from
 * then on every call throws {@link StoreFailedException} until {@link #reopen()} finds the file writable again.
 */
public final class SyncStore implements AutoCloseable {

    private static final ObjectMapper JSON = WireJson.MAPPER;

    private final String fileName;
    private final Path file;
    private MVStore store;
    private MVMap<String, Long> meta;
    private MVMap<Long, String> holes;
    private MVMap<Long, String> errors;
    private MVMap<Long, String> waiting;
    private MVMap<Long, Integer> failures;
    private volatile String failure;

    private SyncStore(String fileName, Path file) {
        this.fileName = fileName;
        this.file = file;
    }

    /** Opens the store; if the file cannot be opened the store is failed ({@link #failure()}) until reopened. */
    public static SyncStore open(Path file) {
        return open(file.toString(), file);
    }

    /**
     * Opens the store on an H2 file name, which may carry one of H2's file system prefixes (tests use one that
     * fails writes on demand); {@code file} is the file on disk whose presence is checked.
     */
    public static SyncStore open(String fileName, Path file) {
        SyncStore store = new SyncStore(fileName, file);
        store.reopen();
        return store;
    }

    /**
     * After a failure: opens the file again and proves it writable with one commit. Answers whether the store
     * works again; if not, {@link #failure()} says why.
     */
    public synchronized boolean reopen() {
        closeImmediately();
        MVStore opened = null;
        try {
            if (!Files.isDirectory(file.toAbsolutePath().getParent())) {
                throw new IllegalStateException("the directory " + file.toAbsolutePath().getParent() + " is missing");
            }
            opened = new MVStore.Builder().fileName(fileName).autoCommitDisabled().open();
            MVMap<String, Long> openedMeta = opened.openMap("cursor");
            openedMeta.put("probe", System.currentTimeMillis());
            opened.commit();
            store = opened;
            meta = openedMeta;
            holes = opened.openMap("holes");
            errors = opened.openMap("errorQueue");
            waiting = opened.openMap("waiting");
            failures = opened.openMap("failures");
            failure = null;
            return true;
        } catch (RuntimeException e) {
            failure = reason(e);
            if (opened != null) {
                opened.closeImmediately();
            }
            return false;
        }
    }

    /** Why the store cannot be used, or {@code null} when it works. */
    public String failure() {
        return failure;
    }

    /**
     * Checks that the file is still there (a removed file is still written through the open handle, and lost at
     * the next start); answers whether the store works.
     */
    public synchronized boolean healthy() {
        if (failure == null && !Files.exists(file)) {
            fail(file + " was removed while in use");
        }
        return failure == null;
    }

    public Cursor loadCursor() {
        return guarded(() -> {
            List<Cursor.Hole> list = new ArrayList<>();
            holes.forEach((from, value) -> {
                String[] parts = value.split(":");
                list.add(new Cursor.Hole(from, Long.parseLong(parts[0]), Long.parseLong(parts[1])));
            });
            return new Cursor(meta.getOrDefault("high", 0L), list);
        });
    }

    /** Saves the cursor in one commit. */
    public void save(Cursor cursor) {
        save(cursor, List.of(), List.of());
    }

    /**
     * Saves the cursor, sets changes aside and parks others in the error queue, in one commit: the cursor moves
     * past them and none is lost.
     */
    public void save(Cursor cursor, List<ErrorItem> setAside, List<ErrorItem> parked) {
        guarded(() -> {
            setAside.forEach(item -> waiting.put(item.id(), toJson(item)));
            parked.forEach(item -> errors.put(item.id(), toJson(item)));
            meta.put("high", cursor.high());
            holes.clear();
            cursor.holeList().forEach(h -> holes.put(h.from(), h.to() + ":" + h.seenAt()));
            new ArrayList<>(failures.keySet()).stream().filter(id -> !cursor.isPending(id)).forEach(failures::remove);
            return commit();
        });
    }

    /** The changes set aside (waiting for a dependency, failed, or behind a failed one), in journal order. */
    public List<ErrorItem> waiting() {
        return guarded(() -> read(waiting));
    }

    /** Updates, removes and parks set-aside changes, in one commit. */
    public void updateSetAside(List<ErrorItem> updated, List<Long> removed, List<ErrorItem> parked) {
        guarded(() -> {
            updated.forEach(item -> waiting.put(item.id(), toJson(item)));
            removed.forEach(waiting::remove);
            parked.forEach(item -> {
                waiting.remove(item.id());
                errors.put(item.id(), toJson(item));
            });
            return commit();
        });
    }

    /**
     * Counts one more failure of a change that blocks the cursor ({@code retry.strategy=none}); the count survives
     * restarts and is forgotten once the cursor is past the change. Answers the count.
     */
    public int countFailure(long id) {
        return guarded(() -> {
            int count = failures.merge(id, 1, Integer::sum);
            commit();
            return count;
        });
    }

    public List<ErrorItem> errorQueue() {
        return guarded(() -> read(errors));
    }

    public Optional<ErrorItem> errorItem(long id) {
        return guarded(() -> Optional.ofNullable(errors.get(id)).map(SyncStore::fromJson));
    }

    public void updateErrorItem(ErrorItem item) {
        guarded(() -> {
            errors.put(item.id(), toJson(item));
            return commit();
        });
    }

    /**
     * Drops the parked changes (error queue and set aside) of nodes that a later applied change brought up to
     * date: whoever fixed the cause and retried (Retry Syncing, the automatic retry, or the arrival of a parent)
     * made them moot. One pass over the parked items, one commit. Returns what was dropped.
     */
    public List<ErrorItem> removeSuperseded(List<Change> applied) {
        return guarded(() -> {
            if (applied.isEmpty() || (errors.isEmpty() && waiting.isEmpty())) {
                return List.of();
            }
            Map<String, Long> latest = new HashMap<>();
            applied.forEach(change -> latest.merge(change.uuid(), change.id(), Math::max));
            List<ErrorItem> dropped = new ArrayList<>();
            for (MVMap<Long, String> map : List.of(errors, waiting)) {
                List<Long> ids = new ArrayList<>();
                map.forEach((id, json) -> {
                    ErrorItem item = fromJson(json);
                    Long appliedId = latest.get(item.change().uuid());
                    if (appliedId != null && id < appliedId) {
                        ids.add(id);
                        dropped.add(item);
                    }
                });
                ids.forEach(map::remove);
            }
            if (!dropped.isEmpty()) {
                commit();
            }
            return dropped;
        });
    }

    public boolean removeErrorItem(long id) {
        return guarded(() -> {
            boolean removed = errors.remove(id) != null;
            commit();
            return removed;
        });
    }

    private boolean commit() {
        store.commit();
        return true;
    }

    /** Runs an action on the open store; a failure of the store itself closes it and says why. */
    private synchronized <T> T guarded(Supplier<T> action) {
        if (failure != null) {
            throw new StoreFailedException(failure, null);
        }
        try {
            return action.get();
        } catch (MVStoreException | IllegalStateException e) {
            fail(reason(e));
            throw new StoreFailedException(failure, e);
        }
    }

    private void fail(String reason) {
        failure = reason;
        closeImmediately();
    }

    private void closeImmediately() {
        if (store != null) {
            store.closeImmediately();
            store = null;
        }
    }

    /** The deepest cause's message, which names the problem (e.g. "No space left on device"), with the file. */
    private String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.contains(file.toString()) ? message : file + ": " + message;
    }

    private static List<ErrorItem> read(MVMap<Long, String> map) {
        List<ErrorItem> items = new ArrayList<>();
        map.values().forEach(json -> items.add(fromJson(json)));
        return items;
    }

    private static String toJson(ErrorItem item) {
        try {
            return JSON.writeValueAsString(item);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ErrorItem fromJson(String json) {
        try {
            return JSON.readValue(json, ErrorItem.class);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable error queue item", e);
        }
    }

    @Override
    public synchronized void close() {
        if (store != null) {
            try {
                store.close();
            } catch (MVStoreException e) {
                store.closeImmediately();
            }
            store = null;
        }
    }
}
