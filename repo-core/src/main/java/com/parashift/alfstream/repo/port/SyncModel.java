package com.parashift.alfstream.repo.port;

/** Names of the {@code alfs:} content model that the core logic needs. */
public final class SyncModel {

    public static final String URI = "http://www.parashift.com/model/alfstream/sync/1.0";
    public static final String PREFIX = "alfs";

    public static final String ASPECT_SYNC = "alfs:sync";
    public static final String PROP_SYNC_STATE = "alfs:syncState";
    public static final String PROP_ERROR_MESSAGE = "alfs:errorMessage";
    public static final String PROP_LAST_SYNCED = "alfs:lastSynced";
    public static final String PROP_ORIGIN = "alfs:origin";
    /** Set once the node's Error was mailed; cleared when it leaves Error, so a new failure is mailed again. */
    public static final String PROP_ERROR_REPORTED = "alfs:errorReported";

    /** The node's version vector, {@code A=3;B=1} ({@link com.parashift.alfstream.protocol.VersionVector}). */
    public static final String PROP_VERSION = "alfs:version";

    /**
     * The conflict-copy marker: unlike {@code alfs:}, this model travels, so each side (and Share) sees which node
     * is the losing copy of a conflict, of which node, and of which version.
     */
    public static final String CONFLICT_URI = "http://www.parashift.com/model/alfstream/conflict/1.0";
    public static final String ASPECT_CONFLICT_COPY = "alfsc:conflictCopy";
    /** The UUID of the node the copy lost to. */
    public static final String PROP_CONFLICT_OF = "alfsc:conflictOf";
    /** The losing version's vector. */
    public static final String PROP_CONFLICT_VERSION = "alfsc:conflictVersion";

    public static final String PROP_MODIFIED = "cm:modified";
    public static final String PROP_NAME = "cm:name";

    /**
     * Check-out and lock state: each repository's own. A check-out on one side neither locks the other side nor
     * sends its working copy; the checked-in result travels as an ordinary edit.
     */
    private static final java.util.Set<String> LOCAL_ONLY = java.util.Set.of("cm:lockable", "cm:checkedOut",
            "cm:workingcopy", "cm:lockOwner", "cm:lockType", "cm:lockLifetime", "cm:expiryDate", "cm:lockIsDeep",
            "cm:lockAdditionalInfo", "cm:workingCopyOwner", "cm:workingCopyMode", "cm:workingCopyLabel",
            "cm:workingcopylink");

    /**
     * The system model's ({@code sys:}) names that travel: the hidden aspect and its properties. Alfresco hides
     * some folders from its clients (Share's {@code surf-config} in every site); a copy without it shows them.
     * Every other {@code sys:} name is each repository's own.
     */
    private static final java.util.Set<String> TRAVELLING_SYSTEM = java.util.Set.of("sys:hidden",
            "sys:clientVisibilityMask", "sys:hiddenFlag", "sys:cascadeHidden", "sys:cascadeIndexControl",
            "sys:clientControlled");

    /**
     * Properties that Alfresco sets by itself on each side (a folder's are touched when a child is added or removed
     * there): a change of them alone is no change to journal, and two copies that differ only in them agree.
     */
    private static final java.util.Set<String> NOT_CHANGES = java.util.Set.of("cm:modified", "cm:modifier",
            "cm:accessed");

    private SyncModel() {
    }

    /** Whether a property set by Alfresco itself ({@link #NOT_CHANGES}) changed alone makes no change. */
    public static boolean isNotAChange(String prefixedName) {
        return NOT_CHANGES.contains(prefixedName);
    }

    /** Whether a name of the system model ({@code sys:}) stays on each side: all but {@link #TRAVELLING_SYSTEM}. */
    public static boolean isSystemOnly(String prefixedName) {
        return prefixedName.startsWith("sys:") && !TRAVELLING_SYSTEM.contains(prefixedName);
    }

    /** Whether an aspect, property or association is each side's own business: never journaled, sent or applied. */
    public static boolean isLocalOnly(String prefixedName) {
        return isSyncModel(prefixedName) || LOCAL_ONLY.contains(prefixedName);
    }

    /** Whether a prefixed name belongs to the sync model: such names are bookkeeping of each side, never synced. */
    public static boolean isSyncModel(String prefixedName) {
        return prefixedName.startsWith(PREFIX + ":");
    }
}
