package org.alfresco.service.cmr.search;

import java.util.ArrayList;

import org.alfresco.service.cmr.repository.StoreRef;

/** Stand-in: the part of Alfresco's {@code SearchParameters} that the AMP uses; a value, as in Alfresco. */
public class SearchParameters {

    private String language;
    private String query;
    private final ArrayList<StoreRef> stores = new ArrayList<>();
    private int maxItems = -1;

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public void addStore(StoreRef store) {
        stores.add(store);
    }

    public ArrayList<StoreRef> getStores() {
        return stores;
    }

    public int getMaxItems() {
        return maxItems;
    }

    public void setMaxItems(int maxItems) {
        this.maxItems = maxItems;
    }
}
