package com.parashift.alfstream.karaf.command;

import com.parashift.alfstream.karaf.SyncComponent;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/**
 * {@code alfstream:verify [--repair] PATH}: compares a synced folder on the local (source) repository with its
 * copy on the remote one, page by page (UUIDs, paths, types, properties, permissions, versions, content SHA-256),
 * prints the differences, and with {@code --repair} sends what differs by the sync's rules.
 */
@Service
@Command(scope = "alfstream", name = "verify",
        description = "Compares a synced folder on both repositories; --repair sends what differs")
public class VerifyCommand implements Action {

    @Reference
    SyncComponent component;

    @Argument(name = "path", description = "the synced folder's display path on the local repository, for"
            + " example '/Company Home/Projects'", required = true)
    String path;

    @Option(name = "--repair", description = "send what differs: resend from the local repository what is missing"
            + " or different on the remote one, delete there what the local one no longer has")
    boolean repair;

    @Override
    public Object execute() {
        return Commands.withEngine(component, engine -> engine.verify(path, repair));
    }
}
