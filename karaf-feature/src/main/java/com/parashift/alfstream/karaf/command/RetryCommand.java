package com.parashift.alfstream.karaf.command;

import com.parashift.alfstream.karaf.SyncComponent;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code alfstream:retry ID} or {@code alfstream:retry all}: applies error queue items again. */
@Service
@Command(scope = "alfstream", name = "retry", description = "Retries an item of the error queue, or all of them")
public class RetryCommand implements Action {

    @Reference
    SyncComponent component;

    @Argument(name = "id", description = "the item's id as alfstream:errors lists it, or 'all'", required = true)
    String id;

    @Override
    public Object execute() {
        return Commands.withEngine(component, engine -> "all".equals(id)
                ? String.join("\n", engine.errorQueue().retryAll())
                : engine.errorQueue().retry(Commands.parseId(id)));
    }
}
