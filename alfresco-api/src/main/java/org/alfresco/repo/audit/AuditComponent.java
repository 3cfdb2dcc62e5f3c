package org.alfresco.repo.audit;

import java.io.Serializable;
import java.util.Map;

/** Stand-in: the part of Alfresco's {@code AuditComponent} that the AMP uses. */
public interface AuditComponent {

    boolean isAuditEnabled();

    boolean areAuditValuesRequired(String path);

    Map<String, Serializable> recordAuditValues(String rootPath, Map<String, Serializable> values);

    Map<String, Serializable> recordAuditValuesWithUserFilter(String rootPath, Map<String, Serializable> values,
            boolean useUserFilter);
}
