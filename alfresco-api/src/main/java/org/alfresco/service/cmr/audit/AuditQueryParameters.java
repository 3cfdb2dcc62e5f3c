package org.alfresco.service.cmr.audit;

/** Stand-in: audit query parameters as a plain bean ({@code fromId} inclusive, {@code toId} exclusive). */
public class AuditQueryParameters {

    private boolean forward = true;
    private String applicationName;
    private String user;
    private Long fromId;
    private Long toId;
    private Long fromTime;
    private Long toTime;
    private final java.util.List<java.util.Map.Entry<String, java.io.Serializable>> searchKeys =
            new java.util.ArrayList<>();

    public boolean isForward() {
        return forward;
    }

    public void setForward(boolean forward) {
        this.forward = forward;
    }

    public String getApplicationName() {
        return applicationName;
    }

    public void setApplicationName(String applicationName) {
        this.applicationName = applicationName;
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public Long getFromId() {
        return fromId;
    }

    public void setFromId(Long fromId) {
        this.fromId = fromId;
    }

    public Long getToId() {
        return toId;
    }

    public void setToId(Long toId) {
        this.toId = toId;
    }

    public Long getFromTime() {
        return fromTime;
    }

    public void setFromTime(Long fromTime) {
        this.fromTime = fromTime;
    }

    public Long getToTime() {
        return toTime;
    }

    public void setToTime(Long toTime) {
        this.toTime = toTime;
    }

    /** Entries whose value at the audit path {@code searchKey} equals {@code searchValue} (Alfresco's signature). */
    public void addSearchKey(String searchKey, java.io.Serializable searchValue) {
        searchKeys.add(java.util.Map.entry(searchKey, searchValue));
    }
}
