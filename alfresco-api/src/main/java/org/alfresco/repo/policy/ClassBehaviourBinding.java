package org.alfresco.repo.policy;

public class ClassBehaviourBinding implements BehaviourBinding {
}
