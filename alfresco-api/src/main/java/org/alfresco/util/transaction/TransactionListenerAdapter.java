package org.alfresco.util.transaction;

/** Stand-in: a listener that does nothing; override what is needed. */
public abstract class TransactionListenerAdapter implements TransactionListener {

    @Override
    public void beforeCommit(boolean readOnly) {
    }

    @Override
    public void beforeCompletion() {
    }

    @Override
    public void afterCommit() {
    }

    @Override
    public void afterRollback() {
    }
}
