package com.parashift.alfstream.karaf.command;

import com.parashift.alfstream.engine.queue.ErrorItem;
import com.parashift.alfstream.engine.agent.Transfer;
import com.parashift.alfstream.karaf.SyncComponent;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import java.time.Instant;

/** {@code alfstream:errors}: the error queue, one line per item. */
@Service
@Command(scope = "alfstream", name = "errors", description = "Lists the changes in the error queue")
public class ErrorsCommand implements Action {

    @Reference
    SyncComponent component;

    @Override
    public Object execute() {
        return Commands.withEngine(component, engine -> {
            StringBuilder out = new StringBuilder();
            for (ErrorItem item : engine.errorQueue().items()) {
                out.append(item.id()).append('\t').append(item.change().kind()).append('\t')
                        .append(Transfer.pathOf(item.change())).append('\t').append(item.attempts())
                        .append(" attempts\t").append(Instant.ofEpochMilli(item.failedAt())).append('\t')
                        .append(item.reason()).append('\n');
            }
            return out.length() == 0 ? "error queue empty" : out.toString().stripTrailing();
        });
    }
}
