package org.alfresco.repo.policy;

/** Stand-in: a behaviour that calls a method of an object. Keeps its arguments so that bindings can be checked. */
public class JavaBehaviour implements Behaviour {

    private final Object instance;
    private final String method;
    private final NotificationFrequency frequency;

    public JavaBehaviour(Object instance, String method) {
        this(instance, method, NotificationFrequency.EVERY_EVENT);
    }

    public JavaBehaviour(Object instance, String method, NotificationFrequency frequency) {
        this.instance = instance;
        this.method = method;
        this.frequency = frequency;
    }

    @Override
    public <T> T getInterface(Class<T> policy) {
        throw new UnsupportedOperationException("stand-in");
    }

    @Override
    public void disable() {
        throw new UnsupportedOperationException("stand-in");
    }

    @Override
    public void enable() {
        throw new UnsupportedOperationException("stand-in");
    }

    @Override
    public boolean isEnabled() {
        return true;
    }

    @Override
    public NotificationFrequency getNotificationFrequency() {
        return frequency;
    }

    @Override
    public String toString() {
        return "Java method[class=" + instance.getClass().getName() + ", method=" + method + "]";
    }
}
