package com.parashift.alfstream.alfresco.directory;

import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.security.PersonService;
import org.alfresco.service.namespace.NamespaceService;
import org.alfresco.service.namespace.QName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Users' home folders (My Files). Each repository creates its own, so they are matched by the user, never by UUID
 * or path. A home folder is the node a person's {@code cm:homeFolder} points at. The user is looked for cheaply:
 * Alfresco makes the user the owner ({@code cm:owner}) of the home folder it creates, and names it after the user
 * in User Homes ({@code app:user_homes}); either candidate is then checked against that person's home folder, and
 * the answer cached.
 */
public class HomeFolders {

    private static final Logger LOG = LoggerFactory.getLogger(HomeFolders.class);
    private static final int CACHED = 10_000;
    static final QName USER_HOMES = QName.createQName(NamespaceService.APP_MODEL_1_0_URI, "user_homes");

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

    /** The User Homes folder, once seen. */
    private volatile NodeRef userHomes;

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
     * @param owner  the node's {@code cm:owner}, as the caller already read it; {@code null} if it has none
     * @param name   the node's {@code cm:name}
     * @param parent the node's primary parent
     */
    public String ownerOf(NodeRef node, Serializable owner, Serializable name, NodeRef parent) {
        if (isHomeOf(node, owner)) {
            return (String) owner;
        }
        return parent != null && isUserHomes(parent) && isHomeOf(node, name) ? (String) name : null;
    }

    /** The user whose home folder the node is, or {@code null}; reads what it needs of the node. */
    public String ownerOf(NodeRef node) {
        if (node == null || !nodeService.exists(node)) {
            return null;
        }
        ChildAssociationRef parent = nodeService.getPrimaryParent(node);
        return ownerOf(node, nodeService.getProperty(node, ContentModel.PROP_OWNER),
                nodeService.getProperty(node, ContentModel.PROP_NAME), parent == null ? null : parent.getParentRef());
    }

    private boolean isHomeOf(NodeRef node, Serializable candidate) {
        if (!(candidate instanceof String user) || user.isBlank()) {
            return false;
        }
        String key = node.getId() + " " + user;
        Boolean home = verified.get(key);
        if (home == null) {
            home = homeOf(user).map(node::equals).orElse(false);
            verified.put(key, home);
        }
        return home;
    }

    /** Whether the folder is User Homes: the child {@code app:user_homes} of Company Home. */
    private boolean isUserHomes(NodeRef folder) {
        NodeRef known = userHomes;
        if (known != null) {
            return known.equals(folder);
        }
        ChildAssociationRef assoc = nodeService.getPrimaryParent(folder);
        if (assoc != null && USER_HOMES.equals(assoc.getQName())) {
            userHomes = folder;
            return true;
        }
        return false;
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
