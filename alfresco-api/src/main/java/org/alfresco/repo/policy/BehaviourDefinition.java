package org.alfresco.repo.policy;

public interface BehaviourDefinition<B extends BehaviourBinding> {

    B getBinding();

    Behaviour getBehaviour();
}
