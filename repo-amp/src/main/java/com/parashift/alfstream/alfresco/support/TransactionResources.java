package com.parashift.alfstream.alfresco.support;

import org.alfresco.repo.transaction.AlfrescoTransactionSupport;
import org.alfresco.util.transaction.TransactionListenerAdapter;

/** Resources and callbacks bound to the current transaction: Alfresco's static helpers behind a mockable object. */
public class TransactionResources {

    public <T> T get(Object key) {
        return AlfrescoTransactionSupport.getResource(key);
    }

    public void bind(Object key, Object value) {
        AlfrescoTransactionSupport.bindResource(key, value);
    }

    public void unbind(Object key) {
        AlfrescoTransactionSupport.unbindResource(key);
    }

    /** Runs the work inside the transaction, just before it commits. */
    public void beforeCommit(Runnable work) {
        AlfrescoTransactionSupport.bindListener(new TransactionListenerAdapter() {
            @Override
            public void beforeCommit(boolean readOnly) {
                work.run();
            }
        });
    }

    /** Runs the work once the transaction has committed; not at all if it rolls back. */
    public void afterCommit(Runnable work) {
        AlfrescoTransactionSupport.bindListener(new TransactionListenerAdapter() {
            @Override
            public void afterCommit() {
                work.run();
            }
        });
    }
}
