package org.alfresco.repo.transaction;

/** Stand-in: runs work in a transaction, retrying it on concurrency failures. */
public class RetryingTransactionHelper {

    public interface RetryingTransactionCallback<Result> {

        Result execute() throws Throwable;
    }

    public <R> R doInTransaction(RetryingTransactionCallback<R> cb) {
        throw new UnsupportedOperationException("stand-in");
    }

    public <R> R doInTransaction(RetryingTransactionCallback<R> cb, boolean readOnly) {
        throw new UnsupportedOperationException("stand-in");
    }

    public <R> R doInTransaction(RetryingTransactionCallback<R> cb, boolean readOnly, boolean requiresNew) {
        throw new UnsupportedOperationException("stand-in");
    }
}
