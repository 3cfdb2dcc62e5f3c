package com.parashift.alfstream.share.caches;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.extensions.surf.ClusterMessageAware;
import org.springframework.extensions.surf.ClusterService;

/**
 * Behaves like Share's remote model object persister as far as the webscript can see: a cache of objects by path
 * that a {@code path-cache-invalidation} message with {@code paths} removes entries from.
 */
class FakeRemotePersister implements ClusterMessageAware {

    final Map<String, String> cache = new LinkedHashMap<>();
    final List<Map<String, Serializable>> messages = new ArrayList<>();

    FakeRemotePersister cached(String path) {
        cache.put(path, "<page>" + path + "</page>");
        return this;
    }

    @Override
    public void setClusterService(ClusterService service) {
    }

    @Override
    public String getClusterMessageType() {
        return "path-cache-invalidation";
    }

    @Override
    @SuppressWarnings("unchecked")
    public void onClusterMessage(Map<String, Serializable> payload) {
        messages.add(payload);
        List<String> paths = (List<String>) payload.get("paths");
        if (paths != null) {
            paths.forEach(cache::remove);
        }
    }
}
