package com.parashift.alfstream.engine.route;

import com.parashift.alfstream.engine.agent.SyncAgent;
import com.parashift.alfstream.engine.config.EngineSettings;
import com.parashift.alfstream.engine.log.LogText;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine's routes: a timer on {@code alfstream.sync.poll.interval} drives the agent, which moves batches until
 * it has caught up. A poll that throws is logged and the next tick tries again; the cursor only ever moves after
 * the remote applied, so nothing is lost.
 */
public class SyncRoutes extends RouteBuilder {

    private static final Logger LOG = LoggerFactory.getLogger(SyncRoutes.class);

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
                .process(exchange -> LOG.error("POLL-FAILED agent {}: {}", settings.agent(),
                        LogText.clean(exchange.getProperty(Exchange.EXCEPTION_CAUGHT))));

        fromF("timer:alfstream-%s?period=%d&delay=0", settings.agent(), settings.pollInterval().toMillis())
                .routeId(pollRouteId(settings.agent()))
                .bean(agent, "poll");
    }
}
