package org.hatecrime.victimcare.domain.support;

/** Where an action of a support plan stands. */
public enum ActionStatus {
    OPEN,
    DONE,
    CANCELLED
}
