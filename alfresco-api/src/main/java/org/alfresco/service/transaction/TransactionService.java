package org.alfresco.service.transaction;

import org.alfresco.repo.transaction.RetryingTransactionHelper;

public interface TransactionService {

    boolean isReadOnly();

    RetryingTransactionHelper getRetryingTransactionHelper();
}
