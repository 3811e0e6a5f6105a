package org.hatecrime.reporting.domain.codes;

/** Why the victim was targeted: a characteristic they have, one they are thought to have, or their association with someone. */
public enum TargetedFor {
    HAS_CHARACTERISTIC,
    THOUGHT_TO_HAVE_CHARACTERISTIC,
    ASSOCIATION
}
