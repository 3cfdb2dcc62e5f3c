package org.alfresco.repo.copy;

/** Stand-in: Alfresco's copy callback; the AMP only hands out Alfresco's own instances. */
public interface CopyBehaviourCallback {
}
