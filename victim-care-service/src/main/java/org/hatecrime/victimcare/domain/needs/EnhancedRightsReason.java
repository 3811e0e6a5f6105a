package org.hatecrime.victimcare.domain.needs;

/** Why a victim is entitled to enhanced rights under the Victims' Code (2020). */
public enum EnhancedRightsReason {
    VULNERABLE,
    INTIMIDATED,
    PERSISTENTLY_TARGETED
}
