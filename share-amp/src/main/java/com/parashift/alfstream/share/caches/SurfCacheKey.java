package com.parashift.alfstream.share.caches;

/**
 * Turns the path a caller names into the key under which Share's remote model object persister
 * ({@code webframework.slingshot.persister.remote}, path prefix {@code alfresco/site-data/${objectTypeIds}}) caches
 * the object.
 * <p>
 * Accepted, all meaning the same cached site dashboard:
 * <ul>
 * <li>{@code alfresco/site-data/pages/site/swsdp/dashboard.xml}: the persister's own path (the cache key);</li>
 * <li>{@code surf-config/pages/site/swsdp/dashboard.xml}: where the repository keeps it under the site;</li>
 * <li>any repository path ending in {@code .../surf-config/pages/site/swsdp/dashboard.xml}, for example
 * {@code /Company Home/Sites/swsdp/surf-config/pages/site/swsdp/dashboard.xml}.</li>
 * </ul>
 * The part after the prefix must be a relative path of a {@code .xml} object without empty, {@code .} or
 * {@code ..} segments.
 */
final class SurfCacheKey {

    static final String SITE_DATA = "alfresco/site-data/";
    static final String SURF_CONFIG = "surf-config/";
    static final int MAX_LENGTH = 1024;

    private SurfCacheKey() {
    }

    static String fromRequestPath(String requested) {
        if (requested == null || requested.isBlank()) {
            throw new InvalidClearCacheRequestException("`path` is missing; name the Surf object to drop, "
                    + "e.g. \"surf-config/pages/site/<site>/dashboard.xml\"");
        }
        String path = requested.trim();
        if (path.length() > MAX_LENGTH) {
            throw new InvalidClearCacheRequestException("`path` is longer than " + MAX_LENGTH + " characters");
        }
        String relative = relativeObjectPath(stripLeadingSlashes(path));
        checkSegments(relative);
        return SITE_DATA + relative;
    }

    private static String stripLeadingSlashes(String path) {
        int i = 0;
        while (i < path.length() && path.charAt(i) == '/') {
            i++;
        }
        return path.substring(i);
    }

    private static String relativeObjectPath(String path) {
        if (path.startsWith(SITE_DATA)) {
            return path.substring(SITE_DATA.length());
        }
        if (path.startsWith(SURF_CONFIG)) {
            return path.substring(SURF_CONFIG.length());
        }
        int inside = path.indexOf('/' + SURF_CONFIG);
        if (inside >= 0) {
            return path.substring(inside + 1 + SURF_CONFIG.length());
        }
        throw new InvalidClearCacheRequestException("`path` must lie under \"" + SURF_CONFIG + "\" or \"" + SITE_DATA
                + "\", e.g. \"surf-config/pages/site/<site>/dashboard.xml\"");
    }

    private static void checkSegments(String relative) {
        if (!relative.endsWith(".xml")) {
            throw new InvalidClearCacheRequestException("`path` must name a Surf object file ending in .xml");
        }
        for (String segment : relative.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                throw new InvalidClearCacheRequestException("`path` must not contain empty, \".\" or \"..\" segments");
            }
        }
        for (int i = 0; i < relative.length(); i++) {
            char c = relative.charAt(i);
            if (Character.isISOControl(c) || c == '\\') {
                throw new InvalidClearCacheRequestException("`path` must not contain control characters or backslashes");
            }
        }
    }
}
