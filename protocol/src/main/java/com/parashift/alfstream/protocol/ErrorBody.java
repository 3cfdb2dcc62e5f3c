package com.parashift.alfstream.protocol;

/**
 * The body of every error answer.
 *
 * @param status  the HTTP status
 * @param message what went wrong, naming the cause
 */
public record ErrorBody(int status, String message) {
}
