package com.parashift.alfstream.karaf;

import com.parashift.alfstream.engine.config.EngineSettings;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * PID {@code com.parashift}, as an operator writes it in {@code etc/com.parashift.cfg}. Method names map to keys:
 * {@code alfstream_local_url} is {@code alfstream.local.url}. Defaults are {@link EngineSettings}'s.
 */
@ObjectClassDefinition(name = "Alfstream Sync",
        description = "Synchronises a local Alfresco repository to a remote one")
public @interface SyncConfig {

    @AttributeDefinition(description = "URL of the local Alfresco, e.g. http://localhost:8080/alfresco")
    String alfstream_local_url();

    @AttributeDefinition(description = "User on the local Alfresco (admin or member of ALFSTREAM_SYNC)")
    String alfstream_local_username();

    @AttributeDefinition(type = AttributeType.PASSWORD, description = "Password of the local user, plain or"
            + " ENC(...) from alfstream:encrypt")
    String alfstream_local_password();

    @AttributeDefinition(description = "URL of the remote Alfresco")
    String alfstream_remote_url();

    @AttributeDefinition(description = "User on the remote Alfresco")
    String alfstream_remote_username();

    @AttributeDefinition(type = AttributeType.PASSWORD, description = "Password of the remote user, plain or"
            + " ENC(...) from alfstream:encrypt")
    String alfstream_remote_password();

    @AttributeDefinition(description = "Where the cursor and the error queue are kept, relative to Karaf's home")
    String alfstream_sync_persist_file() default EngineSettings.DEFAULT_PERSIST_FILE;

    @AttributeDefinition(description = "Name of this agent, in logs and events")
    String alfstream_sync_agent() default EngineSettings.DEFAULT_AGENT;

    @AttributeDefinition(description = "Milliseconds between polls of the local journal")
    long alfstream_sync_poll_interval() default EngineSettings.DEFAULT_POLL_INTERVAL_MS;

    @AttributeDefinition(description = "Changes per batch")
    int alfstream_sync_batch_size() default EngineSettings.DEFAULT_BATCH_SIZE;

    @AttributeDefinition(description = "none (retry forever, keep order) or errorQueue (give up after retry.attempts)")
    String retry_strategy() default EngineSettings.DEFAULT_RETRY_STRATEGY;

    @AttributeDefinition(description = "Attempts before an item moves to the error queue")
    int retry_attempts() default EngineSettings.DEFAULT_RETRY_ATTEMPTS;

    @AttributeDefinition(description = "First delay between retries, ms; doubles up to retry.maxDelay")
    long retry_delay() default EngineSettings.DEFAULT_RETRY_DELAY_MS;

    @AttributeDefinition(description = "Longest delay between retries, ms")
    long retry_maxDelay() default EngineSettings.DEFAULT_RETRY_MAX_DELAY_MS;

    @AttributeDefinition(description = "How long to wait for a journal entry that became visible late, ms")
    long alfstream_sync_hole_timeout() default EngineSettings.DEFAULT_HOLE_TIMEOUT_MS;

    @AttributeDefinition(description = "How long a change may wait for its parent or group to arrive before it goes"
            + " to the error queue, ms")
    long alfstream_sync_dependency_timeout() default EngineSettings.DEFAULT_DEPENDENCY_TIMEOUT_MS;

    @AttributeDefinition(description = "The key file that ENC(...) passwords are decrypted with (alfstream:encrypt"
            + " creates it), relative to Karaf's home")
    String alfstream_sync_key_file() default EngineSettings.DEFAULT_KEY_FILE;

    @AttributeDefinition(description = "Connect and read timeout towards the repositories, ms")
    long alfstream_sync_http_timeout() default EngineSettings.DEFAULT_HTTP_TIMEOUT_MS;
}
