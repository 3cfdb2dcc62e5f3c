package org.alfresco.repo.policy;

public interface ClassPolicy extends Policy {
}
