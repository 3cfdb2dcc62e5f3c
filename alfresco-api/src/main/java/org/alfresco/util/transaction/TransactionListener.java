package org.alfresco.util.transaction;

public interface TransactionListener {

    void beforeCommit(boolean readOnly);

    void beforeCompletion();

    void afterCommit();

    void afterRollback();
}
