package com.parashift.alfstream.karaf;

import com.parashift.alfstream.engine.SyncEngine;
import com.parashift.alfstream.engine.config.ConfigException;
import com.parashift.alfstream.engine.config.EngineSettings;
import com.parashift.alfstream.engine.event.SyncEvents;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs the engine while PID {@code com.parashift} is configured. Reads the configuration, validates it and starts
 * a {@link SyncEngine}; a change of {@code etc/com.parashift.cfg} restarts it with the new settings. A bad setting
 * stops the agent with one log line naming the key.
 */
@Component(service = SyncComponent.class, configurationPid = "com.parashift",
        configurationPolicy = ConfigurationPolicy.REQUIRE, immediate = true)
@Designate(ocd = SyncConfig.class)
public class SyncComponent {

    private static final Logger LOG = LoggerFactory.getLogger(SyncComponent.class);

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile EventAdmin eventAdmin;

    private volatile SyncEngine engine;
    private volatile String problem;

    @Activate
    void activate(Map<String, Object> properties) {
        EngineSettings settings;
        try {
            settings = EngineSettings.from(properties, Path.of(System.getProperty("karaf.base", ".")));
        } catch (ConfigException e) {
            problem = "configuration invalid: " + e.getMessage();
            LOG.error("CONFIG-INVALID {} in etc/com.parashift.cfg; the agent is stopped until it is fixed", e.getMessage());
            return;
        }
        try {
            engine = SyncEngine.start(settings, this::publish);
        } catch (Exception e) {
            problem = "engine failed to start: " + e;
            LOG.error("ENGINE-START-FAILED agent {}: {}", settings.agent(), e.toString(), e);
        }
    }

    @Deactivate
    void deactivate() {
        SyncEngine running = engine;
        engine = null;
        if (running != null) {
            running.close();
        }
    }

    /** The running engine, or empty with {@link #problem()} saying why not. */
    public Optional<SyncEngine> engine() {
        return Optional.ofNullable(engine);
    }

    public String problem() {
        return problem;
    }

    private void publish(SyncEvents.Type type, String agent, String packageId, List<String> paths) {
        EventAdmin admin = eventAdmin;
        if (admin != null) {
            admin.postEvent(new Event(type.topic(), Map.of(
                    "agent", agent,
                    "package.id", packageId,
                    "package.paths", paths.toArray(String[]::new))));
        }
    }
}
