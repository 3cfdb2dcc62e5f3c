package com.parashift.alfstream.karaf.command;

import com.parashift.alfstream.karaf.SyncComponent;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code alfstream:status}: whether the agent runs, its cursor and its error queue. */
@Service
@Command(scope = "alfstream", name = "status", description = "Shows the sync agent's state")
public class StatusCommand implements Action {

    @Reference
    SyncComponent component;

    @Override
    public Object execute() {
        return Commands.withEngine(component, engine -> "running; cursor " + engine.agent().cursorHigh()
                + "; error queue " + engine.errorQueue().items().size() + " items");
    }
}
