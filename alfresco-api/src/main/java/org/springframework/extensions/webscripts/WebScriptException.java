package org.springframework.extensions.webscripts;

public class WebScriptException extends RuntimeException {

    private int status = Status.STATUS_INTERNAL_SERVER_ERROR;

    public WebScriptException(String msg) {
        super(msg);
    }

    public WebScriptException(int status, String msg) {
        super(msg);
        this.status = status;
    }

    public WebScriptException(int status, String msg, Throwable cause) {
        super(msg, cause);
        this.status = status;
    }

    public int getStatus() {
        return status;
    }
}
