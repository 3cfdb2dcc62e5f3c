package org.alfresco.repo.policy;

/** Stand-in: the binding of a behaviour to a class and one of its features (an association). */
public class ClassFeatureBehaviourBinding extends ClassBehaviourBinding {
}
