package org.alfresco.repo.action;

/** Stand-in: the bean name is the action's name. */
public abstract class CommonResourceAbstractBase {

    protected String name;

    public void setBeanName(String name) {
        this.name = name;
    }
}
