package org.alfresco.repo.transaction;

import org.alfresco.util.transaction.TransactionListener;
import org.alfresco.util.transaction.TransactionSupportUtil;

public abstract class AlfrescoTransactionSupport extends TransactionSupportUtil {

    public static void bindListener(TransactionListener listener) {
        throw new UnsupportedOperationException("stand-in");
    }
}
