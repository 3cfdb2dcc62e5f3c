package com.parashift.alfstream.alfresco.model;

import com.parashift.alfstream.repo.port.SyncModel;
import org.alfresco.service.namespace.NamespaceService;
import org.alfresco.service.namespace.QName;

/** The {@code alfs:} content model as Alfresco names: the same names as {@link SyncModel}, as QNames. */
public final class SyncContentModel {

    public static final String URI = SyncModel.URI;

    public static final QName ASPECT_SYNC = QName.createQName(URI, "sync");
    public static final QName PROP_SYNC_STATE = QName.createQName(URI, "syncState");
    public static final QName PROP_ERROR_MESSAGE = QName.createQName(URI, "errorMessage");
    /** Whether the failure mail told somebody of the node's current error; cleared when it leaves Error. */
    public static final QName PROP_ERROR_REPORTED = QName.createQName(URI, "errorReported");
    /** When the node went to Error (the age the site's sync status shows); cleared when it leaves Error. */
    public static final QName PROP_ERROR_SINCE = QName.createQName(URI, "errorSince");
    public static final QName PROP_LAST_SYNCED = QName.createQName(URI, "lastSynced");
    public static final QName PROP_ORIGIN = QName.createQName(URI, "origin");
    /** The journal entry id, at its origin, of the last change applied here. */
    public static final QName PROP_ORIGIN_ENTRY_ID = QName.createQName(URI, "originEntryId");
    /** SHA-256 of the content whose URL is {@link #PROP_CONTENT_SHA256_URL}: verified at apply, not reread. */
    public static final QName PROP_CONTENT_SHA256 = QName.createQName(URI, "contentSha256");
    public static final QName PROP_CONTENT_SHA256_URL = QName.createQName(URI, "contentSha256Url");

    /** The node's version vector ({@code A=3;B=1}), bumped in the journaling transaction of a change made here. */
    public static final QName PROP_VERSION = QName.createQName(URI, "version");

    private SyncContentModel() {
    }

    public static boolean isSyncModel(QName name) {
        return URI.equals(name.getNamespaceURI());
    }

    /** Whether a system-model name stays on each side: {@link SyncModel#isSystemOnly}, as a QName. */
    public static boolean isSystemOnly(QName name) {
        return NamespaceService.SYSTEM_MODEL_1_0_URI.equals(name.getNamespaceURI())
                && SyncModel.isSystemOnly(NamespaceService.SYSTEM_MODEL_PREFIX + ":" + name.getLocalName());
    }

    /** Whether a change of this property alone makes no change: {@link SyncModel#isNotAChange}, as a QName. */
    public static boolean isNotAChange(QName name) {
        return NamespaceService.CONTENT_MODEL_1_0_URI.equals(name.getNamespaceURI())
                && SyncModel.isNotAChange(NamespaceService.CONTENT_MODEL_PREFIX + ":" + name.getLocalName());
    }

    /** Whether an aspect, property or association stays on each side: {@link SyncModel#isLocalOnly}, as a QName. */
    public static boolean isLocalOnly(QName name) {
        return isSyncModel(name) || (NamespaceService.CONTENT_MODEL_1_0_URI.equals(name.getNamespaceURI())
                && SyncModel.isLocalOnly(NamespaceService.CONTENT_MODEL_PREFIX + ":" + name.getLocalName()));
    }
}
