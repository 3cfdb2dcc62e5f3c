package com.parashift.alfstream.karaf.command;

import com.parashift.alfstream.engine.log.LogText;
import com.parashift.alfstream.karaf.SyncComponent;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/**
 * {@code alfstream:status}: whether the agent runs (or why not), its cursor, the changes set aside, its error queue
 * and the conflicts its changes met on the remote.
 */
@Service
@Command(scope = "alfstream", name = "status", description = "Shows the sync agent's state")
public class StatusCommand implements Action {

    @Reference
    SyncComponent component;

    @Override
    public Object execute() {
        return Commands.withEngine(component, engine -> {
            String storeFailure = engine.agent().storeFailure();
            if (storeFailure != null) {
                return "stopped: the state store cannot be written: " + LogText.clean(storeFailure)
                        + "; nothing is applied until it can, then the agent resumes by itself";
            }
            return "running; cursor " + engine.agent().cursorHigh() + "; set aside " + engine.agent().setAsideCount()
                    + " items; error queue " + engine.errorQueue().items().size() + " items; conflicts "
                    + engine.agent().conflictCount() + " since start (each kept the loser as a conflict copy)";
        });
    }
}
