package com.parashift.alfstream.repo.share;

import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.AbstractLogger;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.helpers.NOPMDCAdapter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

import java.lang.reflect.Method;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An SLF4J provider that keeps every formatted log line (with its throwable) in memory, so a test can read what
 * a class logged. repo-core's tests have no SLF4J binding, so this one is installed through SLF4J's
 * {@code slf4j.provider} property, re-initialising SLF4J if another test initialised it (without a provider) first.
 */
public final class CapturedLog implements SLF4JServiceProvider {

    private static final List<String> LINES = new CopyOnWriteArrayList<>();

    /** Makes SLF4J use this provider; call before the class under test gets its logger. */
    public static synchronized void install() {
        if (LoggerFactory.getILoggerFactory() instanceof Factory) {
            return;
        }
        System.setProperty("slf4j.provider", CapturedLog.class.getName());
        try {
            Method reset = LoggerFactory.class.getDeclaredMethod("reset");
            reset.setAccessible(true);
            reset.invoke(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot re-initialise SLF4J to capture log output", e);
        }
        if (!(LoggerFactory.getILoggerFactory() instanceof Factory)) {
            throw new IllegalStateException("SLF4J did not take the capturing provider: "
                    + LoggerFactory.getILoggerFactory().getClass());
        }
    }

    /** Every line logged since the last {@link #clear()}: {@code LEVEL logger message[ throwable]}. */
    public static List<String> lines() {
        return List.copyOf(LINES);
    }

    public static void clear() {
        LINES.clear();
    }

    private final Factory factory = new Factory();
    private final IMarkerFactory markers = new BasicMarkerFactory();
    private final MDCAdapter mdc = new NOPMDCAdapter();

    @Override
    public ILoggerFactory getLoggerFactory() {
        return factory;
    }

    @Override
    public IMarkerFactory getMarkerFactory() {
        return markers;
    }

    @Override
    public MDCAdapter getMDCAdapter() {
        return mdc;
    }

    @Override
    public String getRequestedApiVersion() {
        return "2.0.99";
    }

    @Override
    public void initialize() {
        // nothing to set up
    }

    private static final class Factory implements ILoggerFactory {
        @Override
        public Logger getLogger(String name) {
            return new Capturing(name);
        }
    }

    private static final class Capturing extends AbstractLogger {

        private static final long serialVersionUID = 1L;

        Capturing(String name) {
            this.name = name;
        }

        @Override
        protected String getFullyQualifiedCallerName() {
            return null;
        }

        @Override
        protected void handleNormalizedLoggingCall(Level level, Marker marker, String messagePattern,
                Object[] arguments, Throwable throwable) {
            String message = MessageFormatter.basicArrayFormat(messagePattern, arguments);
            LINES.add(level + " " + name + " " + message + (throwable == null ? "" : " " + throwable));
        }

        @Override
        public boolean isTraceEnabled() {
            return true;
        }

        @Override
        public boolean isTraceEnabled(Marker marker) {
            return true;
        }

        @Override
        public boolean isDebugEnabled() {
            return true;
        }

        @Override
        public boolean isDebugEnabled(Marker marker) {
            return true;
        }

        @Override
        public boolean isInfoEnabled() {
            return true;
        }

        @Override
        public boolean isInfoEnabled(Marker marker) {
            return true;
        }

        @Override
        public boolean isWarnEnabled() {
            return true;
        }

        @Override
        public boolean isWarnEnabled(Marker marker) {
            return true;
        }

        @Override
        public boolean isErrorEnabled() {
            return true;
        }

        @Override
        public boolean isErrorEnabled(Marker marker) {
            return true;
        }
    }
}
