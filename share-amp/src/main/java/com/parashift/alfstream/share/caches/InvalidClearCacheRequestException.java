package com.parashift.alfstream.share.caches;

/**
 * A clear-cache request that cannot be carried out as sent (answered 400). The message tells the caller what to fix
 * and never repeats the token.
 */
final class InvalidClearCacheRequestException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    InvalidClearCacheRequestException(String message) {
        super(message);
    }
}
