package com.parashift.alfstream.engine.cursor;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.parashift.alfstream.engine.client.WireJson;
import com.parashift.alfstream.engine.queue.ErrorItem;
import com.parashift.alfstream.protocol.Change;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;

/**
 * The engine's durable state in {@code alfstream.sync.persist.file}: the cursor and the error queue, in an H2
 * MVStore. Every change of state is one commit, so a crash (even {@code kill -9}) leaves the state as it was
 * after the last commit or the one before, never half-written.
 */
public final class SyncStore implements AutoCloseable {

    private static final ObjectMapper JSON = WireJson.MAPPER;

    private final MVStore store;
    private final MVMap<String, Long> meta;
    private final MVMap<Long, String> holes;
    private final MVMap<Long, String> errors;
    private final MVMap<Long, String> waiting;

    private SyncStore(MVStore store) {
        this.store = store;
        this.meta = store.openMap("cursor");
        this.holes = store.openMap("holes");
        this.errors = store.openMap("errorQueue");
        this.waiting = store.openMap("waiting");
    }

    public static SyncStore open(Path file) {
        return new SyncStore(new MVStore.Builder().fileName(file.toString()).autoCommitDisabled().open());
    }

    public Cursor loadCursor() {
        List<Cursor.Hole> list = new ArrayList<>();
        holes.forEach((from, value) -> {
            String[] parts = value.split(":");
            list.add(new Cursor.Hole(from, Long.parseLong(parts[0]), Long.parseLong(parts[1])));
        });
        return new Cursor(meta.getOrDefault("high", 0L), list);
    }

    /** Saves the cursor in one commit. */
    public void save(Cursor cursor) {
        save(cursor, List.of());
    }

    /**
     * Saves the cursor and sets aside the changes that wait for something a later change brings, in one commit:
     * the cursor moves past them and they are not lost.
     */
    public void save(Cursor cursor, List<ErrorItem> nowWaiting) {
        nowWaiting.forEach(item -> waiting.put(item.id(), toJson(item)));
        write(cursor);
        store.commit();
    }

    /** The changes set aside, waiting for their dependencies, by id. */
    public List<ErrorItem> waiting() {
        List<ErrorItem> items = new ArrayList<>();
        waiting.values().forEach(json -> items.add(fromJson(json)));
        return items;
    }

    public void removeWaiting(long id) {
        waiting.remove(id);
        store.commit();
    }

    /** Moves a waiting change to the error queue, in one commit. */
    public void moveWaitingToErrorQueue(ErrorItem item) {
        waiting.remove(item.id());
        errors.put(item.id(), toJson(item));
        store.commit();
    }

    public void updateWaiting(ErrorItem item) {
        waiting.put(item.id(), toJson(item));
        store.commit();
    }

    /** Moves an item to the error queue and saves the cursor past it, in one commit. */
    public void moveToErrorQueue(ErrorItem item, Cursor cursor) {
        errors.put(item.id(), toJson(item));
        write(cursor);
        store.commit();
    }

    public List<ErrorItem> errorQueue() {
        List<ErrorItem> items = new ArrayList<>();
        errors.values().forEach(json -> items.add(fromJson(json)));
        return items;
    }

    public Optional<ErrorItem> errorItem(long id) {
        return Optional.ofNullable(errors.get(id)).map(SyncStore::fromJson);
    }

    public void updateErrorItem(ErrorItem item) {
        errors.put(item.id(), toJson(item));
        store.commit();
    }

    /**
     * Drops the parked changes (error queue and waiting) of nodes that a later applied change brought up to date:
     * whoever fixed the cause and retried (Retry Syncing, the automatic retry, or the arrival of a parent) made
     * them moot. One pass over the parked items, one commit. Returns what was dropped.
     */
    public List<ErrorItem> removeSuperseded(List<Change> applied) {
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
            store.commit();
        }
        return dropped;
    }


    public boolean removeErrorItem(long id) {
        boolean removed = errors.remove(id) != null;
        store.commit();
        return removed;
    }

    private void write(Cursor cursor) {
        meta.put("high", cursor.high());
        holes.clear();
        cursor.holeList().forEach(h -> holes.put(h.from(), h.to() + ":" + h.seenAt()));
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
    public void close() {
        store.close();
    }
}
