package com.parashift.alfstream.alfresco.retry;

import com.parashift.alfstream.alfresco.Fixtures;
import com.parashift.alfstream.alfresco.action.SyncOperations;
import com.parashift.alfstream.alfresco.adapter.ErrorNodes;
import com.parashift.alfstream.alfresco.support.TransactionRunner;
import org.alfresco.service.cmr.repository.NodeRef;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

class AutoRetryTest {

    private final ErrorNodes errorNodes = mock(ErrorNodes.class);
    private final SyncOperations operations = mock(SyncOperations.class);
    private final TransactionRunner transactions = Fixtures.transactions();
    private final NodeRef a = Fixtures.node("a");
    private final NodeRef b = Fixtures.node("b");
    private final NodeRef c = Fixtures.node("c");

    @Test
    void disabledItTouchesNothing() {
        assertEquals(0, new AutoRetry(false, errorNodes, operations, transactions, 2).run());
        verifyNoInteractions(errorNodes, operations);
    }

    @Test
    void retriesEveryNodeInErrorInBatches() {
        when(errorNodes.inError(AutoRetry.MAX_PER_RUN)).thenReturn(List.of(a, b, c));

        assertEquals(3, new AutoRetry(true, errorNodes, operations, transactions, 2).run());

        verify(operations).retry(a);
        verify(operations).retry(b);
        verify(operations).retry(c);
        verify(transactions, times(2)).inNewTransaction(any());
    }

    @Test
    void aFailingBatchIsRedoneNodeByNodeSoOneBadNodeCostsOnlyItself() {
        when(errorNodes.inError(AutoRetry.MAX_PER_RUN)).thenReturn(List.of(a, b));
        doThrow(new IllegalStateException("locked")).when(operations).retry(b);

        assertEquals(1, new AutoRetry(true, errorNodes, operations, transactions, 5).run());

        verify(operations, times(2)).retry(a);
        verify(operations, times(2)).retry(b);
    }

    @Test
    void aBatchSizeBelowOneIsAStartUpError() {
        assertThrows(IllegalArgumentException.class, () -> new AutoRetry(true, errorNodes, operations, transactions, 0));
    }
}
