package com.parashift.alfstream.engine;

import com.parashift.alfstream.engine.agent.SyncAgent;
import com.parashift.alfstream.engine.client.RepositoryClient;
import com.parashift.alfstream.engine.config.EngineSettings;
import com.parashift.alfstream.engine.cursor.SyncStore;
import com.parashift.alfstream.engine.event.SyncEvents;
import com.parashift.alfstream.engine.queue.ErrorQueue;
import com.parashift.alfstream.engine.route.SyncRoutes;
import com.parashift.alfstream.engine.verify.TreeRepair;
import com.parashift.alfstream.engine.verify.TreeVerifier;
import com.parashift.alfstream.engine.verify.Verification;
import com.parashift.alfstream.engine.verify.VerifyReport;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Clock;

/**
 * A running engine: its durable store, the two repository clients, the agent and the CamelContext that drives it.
 * Created from validated settings; {@link #close()} stops the routes before it closes the store.
 */
public final class SyncEngine implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SyncEngine.class);

    private final EngineSettings settings;
    private final SyncStore store;
    private final RepositoryClient local;
    private final RepositoryClient remote;
    private final SyncAgent agent;
    private final CamelContext camel;

    private SyncEngine(EngineSettings settings, SyncEvents events) throws Exception {
        this.settings = settings;
        this.store = SyncStore.open(settings.persistFile());
        this.local = new RepositoryClient(settings.local(), settings.httpTimeout());
        this.remote = new RepositoryClient(settings.remote(), settings.httpTimeout());
        this.agent = new SyncAgent(settings, local, remote, store, events, Clock.systemUTC());
        DefaultCamelContext context = new DefaultCamelContext();
        context.getCamelContextExtension().setName("alfstream-" + settings.agent());
        context.setApplicationContextClassLoader(SyncEngine.class.getClassLoader());
        context.addRoutes(new SyncRoutes(agent, settings));
        this.camel = context;
    }

    public static SyncEngine start(EngineSettings settings, SyncEvents events) throws Exception {
        SyncEngine engine = new SyncEngine(settings, events);
        try {
            engine.camel.start();
        } catch (Exception e) {
            engine.close();
            throw e;
        }
        LOG.info("ENGINE-STARTED agent {}: {} -> {}, retry.strategy={}, retry.attempts={}, poll every {} ms,"
                        + " batches of {}, state in {}", settings.agent(), settings.local(), settings.remote(),
                settings.retryStrategy(), settings.retryAttempts(), settings.pollInterval().toMillis(),
                settings.batchSize(), settings.persistFile());
        return engine;
    }

    public SyncAgent agent() {
        return agent;
    }

    public ErrorQueue errorQueue() {
        return agent.errorQueue();
    }

    /**
     * Compares a synced tree on both sides ({@code alfstream:verify}) and, with {@code repair}, sends what differs
     * by the sync's rules; answers the report.
     *
     * @param path the tree's display path on the local (source) repository
     */
    public String verify(String path, boolean repair) {
        Verification verification = new TreeVerifier(local, remote).verify(path);
        TreeRepair.Result repaired = repair && !verification.identical()
                ? new TreeRepair(local, remote, Clock.systemUTC()).repair(verification) : null;
        return VerifyReport.text(verification, repaired);
    }

    public CamelContext camel() {
        return camel;
    }

    @Override
    public void close() {
        try {
            camel.stop();
        } finally {
            synchronized (agent) {
                store.close();
            }
            closeQuietly(local);
            closeQuietly(remote);
            LOG.info("ENGINE-STOPPED agent {}", settings.agent());
        }
    }

    private static void closeQuietly(RepositoryClient client) {
        try {
            client.close();
        } catch (IOException e) {
            LOG.debug("closing the client of {} failed: {}", client.endpoint().name(), e.getMessage());
        }
    }
}
