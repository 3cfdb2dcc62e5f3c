package com.parashift.alfstream.share.caches;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SurfCacheKeyTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "surf-config/pages/site/swsdp/dashboard.xml",
        "/surf-config/pages/site/swsdp/dashboard.xml",
        "alfresco/site-data/pages/site/swsdp/dashboard.xml",
        "/alfresco/site-data/pages/site/swsdp/dashboard.xml",
        "sites/swsdp/surf-config/pages/site/swsdp/dashboard.xml",
        "/Company Home/Sites/swsdp/surf-config/pages/site/swsdp/dashboard.xml",
        "  surf-config/pages/site/swsdp/dashboard.xml  ",
    })
    void everyFormOfADashboardPathGivesThePersistersKey(String requested) {
        assertEquals("alfresco/site-data/pages/site/swsdp/dashboard.xml", SurfCacheKey.fromRequestPath(requested));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        " ",
        "pages/site/swsdp/dashboard.xml",
        "/etc/passwd",
        "surf-config/",
        "surf-config/pages/site/swsdp",
        "surf-config/pages/site/swsdp/dashboard.json",
        "surf-config/pages//dashboard.xml",
        "surf-config/pages/./dashboard.xml",
        "surf-config/../pages/dashboard.xml",
        "alfresco/site-data/../../WEB-INF/web.xml",
        "surf-config/pages/site/a\nb/dashboard.xml",
        "surf-config/pages\\site\\dashboard.xml",
    })
    void pathsThatAreNotASurfObjectAreRefused(String requested) {
        assertThrows(InvalidClearCacheRequestException.class, () -> SurfCacheKey.fromRequestPath(requested));
    }

    @org.junit.jupiter.api.Test
    void missingPathIsRefusedWithAnExample() {
        InvalidClearCacheRequestException e = assertThrows(InvalidClearCacheRequestException.class,
                () -> SurfCacheKey.fromRequestPath(null));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("surf-config/pages/site/<site>/dashboard.xml"));
    }
}
