package com.parashift.alfstream.alfresco.directory;

import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.security.PersonService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Users' home folders (My Files). Each repository creates its own, so they are matched by the user, never by UUID
 * or path. A home folder is the node a person's {@code cm:homeFolder} points at; Alfresco makes its user the owner
 * ({@code cm:owner}) when it creates it, so finding the user of a node costs nothing for the nodes that have no
 * owner, and one person lookup (then cached) for those that have one.
 */
public class HomeFolders {

    private static final Logger LOG = LoggerFactory.getLogger(HomeFolders.class);
    private static final int CACHED = 10_000;

    private final NodeService nodeService;
    private final PersonService personService;
    /** "uuid owner" to whether that owner's home folder is that node; bounded, least recently used out. */
    private final Map<String, Boolean> verified = Collections.synchronizedMap(
            new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                    return size() > CACHED;
                }
            });

    public HomeFolders(NodeService nodeService, PersonService personService) {
        this.nodeService = nodeService;
        this.personService = personService;
    }

    /** The user's home folder; empty if the user does not exist or has none. */
    public Optional<NodeRef> homeOf(String user) {
        NodeRef person = personService.getPersonOrNull(user);
        if (person == null) {
            return Optional.empty();
        }
        Serializable home = nodeService.getProperty(person, ContentModel.PROP_HOMEFOLDER);
        return home instanceof NodeRef ref && nodeService.exists(ref) ? Optional.of(ref) : Optional.empty();
    }

    /**
     * The user whose home folder the node is, or {@code null}.
     *
     * @param owner the node's {@code cm:owner}, as the caller already read it; {@code null} if it has none
     */
    public String ownerOf(NodeRef node, Serializable owner) {
        if (!(owner instanceof String user) || user.isBlank()) {
            return null;
        }
        Boolean home = verified.get(node.getId() + " " + user);
        if (home == null) {
            home = homeOf(user).map(node::equals).orElse(false);
            verified.put(node.getId() + " " + user, home);
        }
        return home ? user : null;
    }

    /** The user whose home folder the node is, or {@code null}; reads the node's owner. */
    public String ownerOf(NodeRef node) {
        return node == null || !nodeService.exists(node) ? null
                : ownerOf(node, nodeService.getProperty(node, ContentModel.PROP_OWNER));
    }

    /**
     * Creates the person, and the home folder as Alfresco does for a new person (its home folder provider, asked
     * through {@code getPerson(user, true)} where the person was not given one at creation).
     *
     * @return the home folder
     */
    public NodeRef createPerson(String user) {
        Map<org.alfresco.service.namespace.QName, Serializable> properties = new java.util.HashMap<>();
        properties.put(ContentModel.PROP_USERNAME, user);
        properties.put(ContentModel.PROP_FIRSTNAME, user);
        properties.put(ContentModel.PROP_LASTNAME, "");
        NodeRef person = personService.createPerson(properties);
        Serializable home = nodeService.getProperty(person, ContentModel.PROP_HOMEFOLDER);
        if (!(home instanceof NodeRef)) {
            // home.folder.creation.eager=false: Alfresco makes it on first use; use it now
            person = personService.getPerson(user, true);
            home = nodeService.getProperty(person, ContentModel.PROP_HOMEFOLDER);
        }
        if (!(home instanceof NodeRef ref)) {
            throw new IllegalStateException("person " + user + " was created but Alfresco gave it no home folder"
                    + " (check the home folder provider)");
        }
        LOG.info("PERSON-CREATED {} with home folder {}", user, ref);
        return ref;
    }
}
