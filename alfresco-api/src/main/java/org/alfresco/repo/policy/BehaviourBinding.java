package org.alfresco.repo.policy;

public interface BehaviourBinding {
}
