package com.parashift.alfstream.engine.route;

import com.parashift.alfstream.engine.agent.SyncAgent;
import com.parashift.alfstream.engine.config.EngineSettings;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;

/**
 * The engine's routes: a timer on {@code alfstream.sync.poll.interval} drives the agent, which moves batches until
 * it has caught up. A poll that throws is logged and the next tick tries again; the cursor only ever moves after
 * the remote applied, so nothing is lost.
 */
public class SyncRoutes extends RouteBuilder {

    private final SyncAgent agent;
    private final EngineSettings settings;

    public SyncRoutes(SyncAgent agent, EngineSettings settings) {
        this.agent = agent;
        this.settings = settings;
    }

    /** The poll route's id: {@code alfstream-poll-<agent>}. */
    public static String pollRouteId(String agentName) {
        return "alfstream-poll-" + agentName;
    }

    @Override
    public void configure() {
        onException(Exception.class)
                .handled(true)
                .log(LoggingLevel.ERROR, "com.parashift.alfstream.engine",
                        "POLL-FAILED agent " + settings.agent() + ": ${exception}");

        fromF("timer:alfstream-%s?period=%d&delay=0", settings.agent(), settings.pollInterval().toMillis())
                .routeId(pollRouteId(settings.agent()))
                .bean(agent, "poll");
    }
}
