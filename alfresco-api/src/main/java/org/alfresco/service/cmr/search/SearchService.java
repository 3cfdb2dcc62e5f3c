package org.alfresco.service.cmr.search;

import org.alfresco.service.cmr.repository.StoreRef;

/** Stand-in: the part of Alfresco's {@code SearchService} that the AMP uses. */
public interface SearchService {

    String LANGUAGE_LUCENE = "lucene";
    String LANGUAGE_FTS_ALFRESCO = "fts-alfresco";
    String LANGUAGE_CMIS_ALFRESCO = "cmis-alfresco";

    ResultSet query(StoreRef store, String language, String query);

    ResultSet query(SearchParameters searchParameters);
}
