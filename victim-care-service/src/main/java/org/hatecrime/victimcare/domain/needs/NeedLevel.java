package org.hatecrime.victimcare.domain.needs;

/** How much support an area needs; {@link NeedDomain#levels()} says which apply to which area. */
public enum NeedLevel {
    NONE,
    LOW,
    /** Safety only: the standard risk every victim faces. */
    STANDARD,
    MEDIUM,
    HIGH
}
