package org.alfresco.service.cmr.audit;

import java.io.Serializable;
import java.util.Map;

/** Stand-in: the part of Alfresco's {@code AuditService} that the AMP uses. */
public interface AuditService {

    boolean isAuditEnabled();

    boolean isAuditEnabled(String applicationName, String path);

    void auditQuery(AuditQueryCallback callback, AuditQueryParameters parameters, int maxResults);

    interface AuditQueryCallback {

        boolean valuesRequired();

        boolean handleAuditEntry(Long entryId, String applicationName, String user, long time,
                Map<String, Serializable> values);

        boolean handleAuditEntryError(Long entryId, String errorMsg, Throwable error);
    }
}
