package com.parashift.alfstream.engine.agent;

import com.parashift.alfstream.engine.client.RepositoryClient;
import com.parashift.alfstream.protocol.ApplyRequest;
import com.parashift.alfstream.protocol.ApplyResult;
import com.parashift.alfstream.protocol.Change;
import com.parashift.alfstream.protocol.ContentDescriptor;
import com.parashift.alfstream.protocol.Protocol;

import java.util.List;

/** Moves changes from the local repository to the remote one: content first (streamed), then the apply. */
public final class Transfer {

    private final RepositoryClient local;
    private final RepositoryClient remote;

    public Transfer(RepositoryClient local, RepositoryClient remote) {
        this.local = local;
        this.remote = remote;
    }

    /** Streams the change's content to the remote's staging area unless it rides inline or is staged already. */
    public void stageContent(Change change) {
        ContentDescriptor content = change.node() == null ? null : change.node().content();
        if (content == null || content.inline() != null || remote.isStaged(content.sha256())) {
            return;
        }
        local.copyContent(change.uuid(), content.sha256(), content.size(), remote);
    }

    public ApplyResult apply(String origin, List<Change> changes) {
        return remote.apply(new ApplyRequest(Protocol.VERSION, origin, changes));
    }

    /** Where the change is, for logs and events: the node's path, or its UUID when it has no snapshot. */
    public static String pathOf(Change change) {
        return change.node() == null ? change.uuid() : change.node().path();
    }
}
