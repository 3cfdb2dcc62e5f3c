package org.alfresco.repo.copy;

/** Stand-in: Alfresco's callback that copies nothing of the aspect it is bound to. */
public class DoNothingCopyBehaviourCallback implements CopyBehaviourCallback {

    private static final CopyBehaviourCallback INSTANCE = new DoNothingCopyBehaviourCallback();

    public static CopyBehaviourCallback getInstance() {
        return INSTANCE;
    }
}
