package org.alfresco.repo.policy;

import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.namespace.QName;

/** Stand-in: the part of Alfresco's {@code BehaviourFilter} that the AMP uses. */
public interface BehaviourFilter {

    void disableBehaviour(QName className);

    void disableBehaviour(NodeRef nodeRef, QName className);

    void enableBehaviour(QName className);

    void enableBehaviour(NodeRef nodeRef, QName className);

    boolean isEnabled(NodeRef nodeRef, QName className);
}
