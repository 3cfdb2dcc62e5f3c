package org.springframework.extensions.surf;

import java.io.Serializable;
import java.util.Map;

/**
 * Stand-in for spring-surf's contract of beans that take part in cluster messaging. Share's remote model object
 * persister ({@code webframework.slingshot.persister.remote}, a {@code PathStoreObjectPersister}) implements it
 * with message type {@code path-cache-invalidation}: a payload {@code paths} (a list of store paths) removes
 * those paths from its object caches.
 */
public interface ClusterMessageAware {

    void setClusterService(ClusterService service);

    String getClusterMessageType();

    void onClusterMessage(Map<String, Serializable> payload);
}
