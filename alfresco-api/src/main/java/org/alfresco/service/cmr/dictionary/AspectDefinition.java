package org.alfresco.service.cmr.dictionary;

/** Stand-in for Alfresco's {@code AspectDefinition}. */
public interface AspectDefinition extends ClassDefinition {
}
