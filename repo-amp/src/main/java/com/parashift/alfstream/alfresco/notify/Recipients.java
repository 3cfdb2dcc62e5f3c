package com.parashift.alfstream.alfresco.notify;

import org.alfresco.model.ContentModel;
import org.alfresco.repo.site.SiteModel;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.security.AuthorityService;
import org.alfresco.service.cmr.security.AuthorityType;
import org.alfresco.service.cmr.security.PersonService;
import org.alfresco.service.cmr.site.SiteService;

import java.io.Serializable;
import java.util.List;
import java.util.TreeSet;

/**
 * Who failure mail goes to: the users of a site's {@code SiteManager} role group, nested groups included, or the
 * members of {@code GROUP_ALFRESCO_ADMINISTRATORS}; each by the {@code cm:email} of their person. People without
 * an address are left out.
 */
public class Recipients {

    static final String ADMINISTRATORS = "GROUP_ALFRESCO_ADMINISTRATORS";

    private final AuthorityService authorityService;
    private final SiteService siteService;
    private final PersonService personService;
    private final NodeService nodeService;

    public Recipients(AuthorityService authorityService, SiteService siteService, PersonService personService,
            NodeService nodeService) {
        this.authorityService = authorityService;
        this.siteService = siteService;
        this.personService = personService;
        this.nodeService = nodeService;
    }

    public List<String> siteManagers(String site) {
        return emailsOf(siteService.getSiteRoleGroup(site, SiteModel.SITE_MANAGER));
    }

    public List<String> administrators() {
        return emailsOf(ADMINISTRATORS);
    }

    private List<String> emailsOf(String group) {
        if (group == null || !authorityService.authorityExists(group)) {
            return List.of();
        }
        TreeSet<String> emails = new TreeSet<>();
        for (String user : authorityService.getContainedAuthorities(AuthorityType.USER, group, false)) {
            NodeRef person = personService.getPersonOrNull(user);
            Serializable email = person == null ? null : nodeService.getProperty(person, ContentModel.PROP_EMAIL);
            if (email instanceof String address && !address.isBlank()) {
                emails.add(address.trim());
            }
        }
        return List.copyOf(emails);
    }
}
