package org.alfresco.util.transaction;

public abstract class TransactionSupportUtil {

    public static boolean isActualTransactionActive() {
        throw new UnsupportedOperationException("stand-in");
    }

    public static <R> R getResource(Object key) {
        throw new UnsupportedOperationException("stand-in");
    }

    public static void bindResource(Object key, Object resource) {
        throw new UnsupportedOperationException("stand-in");
    }

    public static void unbindResource(Object key) {
        throw new UnsupportedOperationException("stand-in");
    }
}
