package org.springframework.extensions.webscripts;

public class Cache {

    private boolean neverCache = true;
    private boolean isPublic;

    public boolean getNeverCache() {
        return neverCache;
    }

    public void setNeverCache(boolean neverCache) {
        this.neverCache = neverCache;
    }

    public boolean getIsPublic() {
        return isPublic;
    }

    public void setIsPublic(boolean isPublic) {
        this.isPublic = isPublic;
    }
}
