package com.parashift.alfstream.karaf.command;

import com.parashift.alfstream.karaf.SyncComponent;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code alfstream:remove ID}: drops an item from the error queue without applying it. */
@Service
@Command(scope = "alfstream", name = "remove", description = "Removes an item from the error queue")
public class RemoveCommand implements Action {

    @Reference
    SyncComponent component;

    @Argument(name = "id", description = "the item's id as alfstream:errors lists it", required = true)
    String id;

    @Override
    public Object execute() {
        return Commands.withEngine(component, engine -> engine.errorQueue().remove(Commands.parseId(id))
                ? "removed " + id : "no item " + id + " in the error queue");
    }
}
