package org.alfresco.service.cmr.search;

import java.util.List;

import org.alfresco.service.cmr.repository.NodeRef;

/** Stand-in: in Alfresco these methods come from {@code ResultSetSPI}, which {@code ResultSet} extends. */
public interface ResultSet {

    long getNumberFound();

    void close();

    List<NodeRef> getNodeRefs();
}
