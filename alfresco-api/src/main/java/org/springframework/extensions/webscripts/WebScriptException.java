package org.springframework.extensions.webscripts;

import org.springframework.extensions.surf.exception.PlatformRuntimeException;

public class WebScriptException extends PlatformRuntimeException {

    private static final long serialVersionUID = 1L;

    private int status = Status.STATUS_INTERNAL_SERVER_ERROR;

    public WebScriptException(String msgId) {
        super(msgId);
    }

    public WebScriptException(int status, String msgId) {
        this(msgId);
        this.status = status;
    }

    public WebScriptException(String msgId, Throwable cause) {
        super(msgId, cause);
    }

    public WebScriptException(int status, String msgId, Throwable cause) {
        super(msgId, cause);
        this.status = status;
    }

    public WebScriptException(String msgId, Object... args) {
        super(msgId, args);
    }

    public WebScriptException(int status, String msgId, Object... args) {
        super(msgId, args);
        this.status = status;
    }

    public WebScriptException(String msgId, Throwable cause, Object... args) {
        super(msgId, args, cause);
    }

    public WebScriptException(int status, String msgId, Throwable cause, Object... args) {
        super(msgId, args, cause);
        this.status = status;
    }

    public int getStatus() {
        return status;
    }
}
