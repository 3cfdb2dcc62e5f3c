package org.alfresco.service.cmr.dictionary;

/** Stand-in for Alfresco's {@code TypeDefinition}. */
public interface TypeDefinition extends ClassDefinition {
}
