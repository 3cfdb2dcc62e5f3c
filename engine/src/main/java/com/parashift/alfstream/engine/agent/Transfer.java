package com.parashift.alfstream.engine.agent;

import com.parashift.alfstream.engine.client.RepositoryClient;
import com.parashift.alfstream.protocol.ApplyRequest;
import com.parashift.alfstream.protocol.ApplyResult;
import com.parashift.alfstream.protocol.Change;
import com.parashift.alfstream.protocol.ContentDescriptor;
import com.parashift.alfstream.protocol.NodeSnapshot;
import com.parashift.alfstream.protocol.Protocol;
import com.parashift.alfstream.protocol.VersionSnapshot;

import java.util.List;

/** Moves changes from the local repository to the remote one: content first (streamed), then the apply. */
public final class Transfer {

    private final RepositoryClient local;
    private final RepositoryClient remote;

    public Transfer(RepositoryClient local, RepositoryClient remote) {
        this.local = local;
        this.remote = remote;
    }

    /**
     * Streams the change's content, and that of each version of its history, to the remote's staging area unless
     * it rides inline, is the live content (a version equal to it is taken from there) or is staged already.
     */
    public void stageContent(Change change) {
        NodeSnapshot node = change.node();
        if (node == null) {
            return;
        }
        ContentDescriptor live = node.content();
        stage(change.uuid(), null, live);
        if (node.versions() != null) {
            for (VersionSnapshot version : node.versions()) {
                ContentDescriptor content = version.content();
                if (content != null && (live == null || !content.sha256().equals(live.sha256()))) {
                    stage(change.uuid(), version.label(), content);
                }
            }
        }
    }

    private void stage(String uuid, String label, ContentDescriptor content) {
        if (content == null || content.inline() != null || remote.isStaged(content.sha256())) {
            return;
        }
        local.copyContent(uuid, label, content.sha256(), content.size(), remote);
    }

    /** @param pastFailures whether the remote goes on past a failed change, leaving out only its dependents */
    public ApplyResult apply(String origin, List<Change> changes, boolean pastFailures) {
        return remote.apply(new ApplyRequest(Protocol.VERSION, origin, changes, pastFailures ? Boolean.TRUE : null));
    }

    /** Where the change is, for logs and events: the node's path, or its UUID when it has no snapshot. */
    public static String pathOf(Change change) {
        return change.node() == null ? change.uuid() : change.node().path();
    }
}
