package com.parashift.alfstream.protocol;

/** Constants of wire protocol v1: version, paths below the repository URL, and headers. */
public final class Protocol {

    /** The protocol version every message carries; a peer refuses a version it does not speak. */
    public static final int VERSION = 1;

    /** Path below {@code alfstream.local.url} / {@code alfstream.remote.url} where the endpoints live. */
    public static final String BASE_PATH = "/service/alfstream/sync";

    public static final String CHANGES = BASE_PATH + "/changes";
    public static final String CONTENT = BASE_PATH + "/content/";
    public static final String STAGING = BASE_PATH + "/staging/";
    public static final String APPLY = BASE_PATH + "/apply";
    public static final String STATE = BASE_PATH + "/state";
    public static final String STATUS = BASE_PATH + "/status";
    /** {@code GET tree?root=&after=&limit=}: one page of a synced tree, for {@code alfstream:verify}. */
    public static final String TREE = BASE_PATH + "/tree";
    /** {@code POST resend}: journal nodes anew, for {@code alfstream:verify --repair}. */
    public static final String RESEND = BASE_PATH + "/resend";

    /** Query parameter of {@link #CONTENT}: the label of the version whose content is asked for. */
    public static final String VERSION_PARAMETER = "version";

    /** Header on a content stream: the SHA-256 (hex) of its bytes. */
    public static final String SHA256_HEADER = "X-Alfstream-Sha256";

    public static final String JSON = "application/json";

    private Protocol() {
    }
}
