package com.parashift.alfstream.engine.event;

import java.util.List;

/**
 * Where the engine reports what happens to its packages (a package is one batch of changes read from the local
 * journal). In Karaf these are OSGi EventAdmin events on the topics {@code com/parashift/alfstream/package/<TYPE>}.
 */
@FunctionalInterface
public interface SyncEvents {

    String TOPIC_PREFIX = "com/parashift/alfstream/package/";

    /** The event types, as Sling Content Distribution names them. */
    enum Type {
        /** A package was read from the local journal. */
        CREATED,
        /** Its items were queued for the remote, content staged there. */
        QUEUED,
        /** The remote answered the apply request. */
        DISTRIBUTED,
        /** Items of it were applied on the remote. */
        IMPORTED,
        /** An item was given up and moved to the error queue. */
        DROPPED;

        public String topic() {
            return TOPIC_PREFIX + name();
        }
    }

    SyncEvents NONE = (type, agent, packageId, paths) -> { };

    void publish(Type type, String agent, String packageId, List<String> paths);
}
