package org.hatecrime.victimcare.domain.needs;

import java.util.EnumSet;
import java.util.Set;

/**
 * The areas a needs assessment covers, and the levels each may be given: safety is a risk
 * (standard, medium, high), every other area a need (none, low, medium, high).
 */
public enum NeedDomain {
    EMOTIONAL,
    PRACTICAL,
    SAFETY,
    JUSTICE_AND_INFORMATION,
    HEALTH,
    HOUSING,
    FINANCIAL,
    LANGUAGE_AND_COMMUNICATION,
    ONLINE_SAFETY;

    private static final Set<NeedLevel> RISK = EnumSet.of(NeedLevel.STANDARD, NeedLevel.MEDIUM, NeedLevel.HIGH);
    private static final Set<NeedLevel> NEED = EnumSet.of(NeedLevel.NONE, NeedLevel.LOW, NeedLevel.MEDIUM, NeedLevel.HIGH);

    public Set<NeedLevel> levels() {
        return this == SAFETY ? RISK : NEED;
    }
}
