package org.alfresco.service.cmr.search;

/** Stand-in: in Alfresco these methods come from {@code ResultSetSPI}, which {@code ResultSet} extends. */
public interface ResultSet {

    long getNumberFound();

    void close();
}
