package org.alfresco.repo.copy;

/** Stand-in: the details of a copy under way; the AMP reads none of them. */
public class CopyDetails {
}
