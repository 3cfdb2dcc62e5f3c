package org.alfresco.service.cmr.version;

/** Stand-in: the type of a version. */
public enum VersionType {MAJOR, MINOR}
