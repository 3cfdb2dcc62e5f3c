package org.springframework.extensions.surf.exception;

public class PlatformRuntimeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PlatformRuntimeException(String msgId) {
        super(msgId);
    }

    public PlatformRuntimeException(String msgId, Object[] msgParams) {
        super(msgId);
    }

    public PlatformRuntimeException(String msgId, Throwable cause) {
        super(msgId, cause);
    }

    public PlatformRuntimeException(String msgId, Object[] msgParams, Throwable cause) {
        super(msgId, cause);
    }
}
