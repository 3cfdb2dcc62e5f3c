package com.parashift.alfstream.share.caches;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.extensions.surf.ClusterMessageAware;
import org.springframework.extensions.surf.ClusterService;

/**
 * Drops one path from the object caches of Share's remote model object persister, the cache that holds site and
 * user dashboards, pages and components read from the repository.
 * <p>
 * The persister ({@code PathStoreObjectPersister}) offers exactly one public way to forget a single path: its
 * cluster message {@code path-cache-invalidation} with the payload {@code paths}, which removes the paths from its
 * default cache and from every tenant's cache. This class hands it that message directly and, when a Share cluster
 * service is wired, also publishes it so that the other Share nodes drop the path too (the cluster service does not
 * deliver a message back to its sender).
 */
public class SurfObjectCache {

    static final String MESSAGE_TYPE = "path-cache-invalidation";
    static final String PAYLOAD_PATHS = "paths";

    private static final Logger LOG = LoggerFactory.getLogger(SurfObjectCache.class);

    private final ClusterMessageAware persister;
    private final ClusterService clusterService;

    /**
     * @param persister Share's remote model object persister
     * @param clusterService the Share cluster service, or null when Share is not clustered
     */
    public SurfObjectCache(ClusterMessageAware persister, ClusterService clusterService) {
        if (persister == null) {
            throw new IllegalArgumentException("persister is required");
        }
        String type = persister.getClusterMessageType();
        if (!MESSAGE_TYPE.equals(type)) {
            throw new IllegalArgumentException("the persister " + persister.getClass().getName() + " handles cluster messages of type '"
                    + type + "', not '" + MESSAGE_TYPE + "': it cannot drop a single cached path");
        }
        this.persister = persister;
        this.clusterService = clusterService;
    }

    /** @param cacheKey the persister's path of the object, e.g. {@code alfresco/site-data/pages/site/s/dashboard.xml} */
    public void drop(String cacheKey) {
        persister.onClusterMessage(payload(cacheKey));
        if (clusterService != null) {
            clusterService.publishClusterMessage(MESSAGE_TYPE, payload(cacheKey));
            LOG.debug("CLEARCACHE-CLUSTER published {} to the other Share nodes", cacheKey);
        }
    }

    private static Map<String, Serializable> payload(String cacheKey) {
        List<String> paths = new ArrayList<>(1);
        paths.add(cacheKey);
        Map<String, Serializable> payload = new HashMap<>(2);
        payload.put(PAYLOAD_PATHS, (Serializable) paths);
        return payload;
    }
}
