package com.parashift.alfstream.alfresco.action;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/** Progress of one background subtree job, as the status endpoint shows it. */
public class JobProgress {

    /** What the status endpoint shows of a job. */
    public record View(String id, JobKind kind, String root, String state, long processed, long failed,
            String started, String finished) {
    }

    private final String id;
    private final JobKind kind;
    private final String root;
    private final Instant started = Instant.now();
    private final AtomicLong processed = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private volatile String state = "QUEUED";
    private volatile Instant finished;

    public JobProgress(String id, JobKind kind, String root) {
        this.id = id;
        this.kind = kind;
        this.root = root;
    }

    public String id() {
        return id;
    }

    void running() {
        state = "RUNNING";
    }

    void processed(long count) {
        processed.addAndGet(count);
    }

    void failed(long count) {
        failed.addAndGet(count);
    }

    void finished(String finalState) {
        finished = Instant.now();
        state = finalState;
    }

    public boolean isFinished() {
        return finished != null;
    }

    public View view() {
        return new View(id, kind, root, state, processed.get(), failed.get(), started.toString(),
                finished == null ? null : finished.toString());
    }
}
