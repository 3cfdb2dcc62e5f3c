package com.parashift.alfstream.engine.agent;

import com.parashift.alfstream.engine.client.PeerException;
import com.parashift.alfstream.engine.log.LogText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs what goes wrong with the peers. A repository that is down or answers an error gives a PEER-UNREACHABLE or
 * PEER-ERROR line per attempt; refused credentials give one PEER-AUTH-FAILED line when they start failing and one
 * PEER-AUTH-RECOVERED line when a poll goes through again, the attempts in between only at DEBUG
 * (PEER-AUTH-RETRY).
 */
final class PeerFailures {

    private static final Logger LOG = LoggerFactory.getLogger(PeerFailures.class);

    private final String agent;
    private String authFailing;

    PeerFailures(String agent) {
        this.agent = agent;
    }

    void failed(PeerException e, long delayMillis) {
        String message = LogText.clean(e.getMessage());
        if (e.isAuthFailure()) {
            if (authFailing == null) {
                authFailing = e.peer() == null ? "a repository" : e.peer();
                LOG.warn("PEER-AUTH-FAILED {} {}: {}; retrying with backoff, logged again when it recovers", agent,
                        authFailing, message);
            } else {
                LOG.debug("PEER-AUTH-RETRY {} {}: {}; retrying in {} ms", agent, authFailing, message, delayMillis);
            }
            return;
        }
        LOG.warn("{} agent {}: {}; retrying in {} ms", e.status() == 0 ? "PEER-UNREACHABLE" : "PEER-ERROR", agent,
                message, delayMillis);
    }

    /** A poll went through: both peers took the credentials. */
    void succeeded() {
        if (authFailing != null) {
            LOG.info("PEER-AUTH-RECOVERED {} {}: the credentials are accepted again", agent, authFailing);
            authFailing = null;
        }
    }
}
