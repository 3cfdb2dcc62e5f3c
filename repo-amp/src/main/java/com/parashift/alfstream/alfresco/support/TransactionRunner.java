package com.parashift.alfstream.alfresco.support;

import org.alfresco.service.transaction.TransactionService;

import java.util.function.Supplier;

/** Alfresco's retrying transactions: the work is run again on a concurrency failure, so it must be repeatable. */
public class TransactionRunner {

    private final TransactionService transactionService;

    public TransactionRunner(TransactionService transactionService) {
        this.transactionService = transactionService;
    }

    /** A read-write transaction of its own: all of the work commits, or none of it. */
    public <T> T inNewTransaction(Supplier<T> work) {
        return transactionService.getRetryingTransactionHelper().doInTransaction(work::get, false, true);
    }

    /** A read-only transaction, joining the current one if there is one. */
    public <T> T readOnly(Supplier<T> work) {
        return transactionService.getRetryingTransactionHelper().doInTransaction(work::get, true, false);
    }
}
