package org.hatecrime.kit.inbox;

/** Stands in for the service kit's inbox in the architecture rules' tests. */
public class InboxStandIn {
    public void deliver(Runnable effect) {
        effect.run();
    }
}
