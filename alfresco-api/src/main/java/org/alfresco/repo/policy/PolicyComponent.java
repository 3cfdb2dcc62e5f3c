package org.alfresco.repo.policy;

import org.alfresco.service.namespace.QName;

/** Stand-in: the behaviour bindings the AMP uses. */
public interface PolicyComponent {

    BehaviourDefinition<ClassBehaviourBinding> bindClassBehaviour(QName policy, QName className, Behaviour behaviour);

    BehaviourDefinition<ServiceBehaviourBinding> bindClassBehaviour(QName policy, Object service, Behaviour behaviour);

    BehaviourDefinition<ClassFeatureBehaviourBinding> bindAssociationBehaviour(QName policy, QName className,
            QName assocName, Behaviour behaviour);
}
