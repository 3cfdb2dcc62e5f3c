package com.parashift.alfstream.alfresco.action;

import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;

import java.util.ArrayDeque;
import java.util.Deque;

/** How many items a subtree holds below its root (the nodes a job over it would touch), counted up to a cap. */
public class SubtreeCount {

    private final NodeService nodeService;

    public SubtreeCount(NodeService nodeService) {
        this.nodeService = nodeService;
    }

    /** @return the number of nodes below {@code root}, or {@code cap} when there are at least that many */
    public long below(NodeRef root, long cap) {
        long count = 0;
        Deque<NodeRef> pending = new ArrayDeque<>(SubtreeWalk.children(nodeService, root));
        while (!pending.isEmpty() && count < cap) {
            count++;
            pending.addAll(SubtreeWalk.children(nodeService, pending.poll()));
        }
        return count;
    }
}
