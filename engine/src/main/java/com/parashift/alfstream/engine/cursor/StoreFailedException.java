package com.parashift.alfstream.engine.cursor;

/**
 * The state store cannot be read or written (disk full, file system read-only, file gone): nothing may be applied
 * until it can be written again, since the cursor could not be saved after it.
 */
public class StoreFailedException extends RuntimeException {

    public StoreFailedException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
