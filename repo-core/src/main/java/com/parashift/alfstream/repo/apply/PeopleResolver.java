package com.parashift.alfstream.repo.apply;

import com.parashift.alfstream.repo.http.SyncException;
import com.parashift.alfstream.repo.port.DirectoryPort;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds users here: their existence for group members and permissions, their home folder for My Files. A user who
 * does not exist fails the item with a clear reason, unless {@code createMissingPeople} is on.
 */
class PeopleResolver {

    private static final Logger LOG = LoggerFactory.getLogger(PeopleResolver.class);

    private final DirectoryPort directory;
    private final boolean createMissingPeople;

    PeopleResolver(DirectoryPort directory, boolean createMissingPeople) {
        this.directory = directory;
        this.createMissingPeople = createMissingPeople;
    }

    /** The UUID of the user's home folder here. */
    String homeFolder(String user) {
        return directory.homeFolder(user).orElseGet(() -> {
            requireUser(user, "owner of the home folder");
            return directory.homeFolder(user).orElseThrow(() -> new SyncException(409,
                    "user " + user + " has no home folder here"));
        });
    }

    /** Makes sure the user exists here, creating the person when that is allowed. */
    void requireUser(String user, String role) {
        if (directory.authorityExists(user)) {
            return;
        }
        if (!createMissingPeople) {
            throw new SyncException(409, "user " + user + " (" + role + ") does not exist here; create the user,"
                    + " or allow creating people with alfstream.sync.people.create=true");
        }
        directory.createPerson(user);
        LOG.info("PERSON-CREATED {} ({})", user, role);
    }
}
