package org.alfresco.repo.policy;

public class ServiceBehaviourBinding implements BehaviourBinding {
}
