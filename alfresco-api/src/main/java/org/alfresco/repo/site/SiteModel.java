package org.alfresco.repo.site;

import org.alfresco.service.namespace.QName;

/** Stand-in: the site model constants the AMP uses. */
public interface SiteModel {

    String SITE_MODEL_URL = "http://www.alfresco.org/model/site/1.0";

    QName TYPE_SITE = QName.createQName(SITE_MODEL_URL, "site");

    String SITE_MANAGER = "SiteManager";
}
