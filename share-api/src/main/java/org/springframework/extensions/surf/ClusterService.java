package org.springframework.extensions.surf;

import java.io.Serializable;
import java.util.Map;

/**
 * Stand-in for spring-surf's cluster service (Share's Hazelcast {@code ClusterTopicService} implements it): sends a
 * message to the other nodes of a Share cluster, not to the sending node.
 */
public interface ClusterService {

    void publishClusterMessage(String messageType, Map<String, Serializable> payload);
}
