package org.alfresco.repo.policy;

/** Stand-in: Alfresco's marker of association-level policies. */
public interface AssociationPolicy extends Policy {
}
