package org.hatecrime.reporting.domain.report;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a report is in intake, and every move it may make. This is the only place the lifecycle
 * is defined; {@link Report} refuses any other move.
 */
public enum ReportStatus {
    RECEIVED,
    TRIAGED,
    SHARED_WITH_POLICE,
    REFERRED_FOR_SUPPORT,
    CLOSED,
    WITHDRAWN,
    DUPLICATE;

    private static final Map<ReportStatus, Set<ReportStatus>> ALLOWED = Map.of(
            RECEIVED, EnumSet.of(TRIAGED, WITHDRAWN, DUPLICATE),
            TRIAGED, EnumSet.of(SHARED_WITH_POLICE, REFERRED_FOR_SUPPORT, CLOSED, WITHDRAWN, DUPLICATE),
            SHARED_WITH_POLICE, EnumSet.of(REFERRED_FOR_SUPPORT, CLOSED, WITHDRAWN),
            REFERRED_FOR_SUPPORT, EnumSet.of(SHARED_WITH_POLICE, CLOSED, WITHDRAWN),
            CLOSED, EnumSet.noneOf(ReportStatus.class),
            WITHDRAWN, EnumSet.noneOf(ReportStatus.class),
            DUPLICATE, EnumSet.noneOf(ReportStatus.class));

    public boolean canMoveTo(ReportStatus next) {
        return ALLOWED.get(this).contains(next);
    }

    public boolean isFinal() {
        return ALLOWED.get(this).isEmpty();
    }

    /** What a member of the public is told when they check on their report. */
    public String inPlainWords() {
        return switch (this) {
            case RECEIVED -> "We have received your report. A member of staff will look at it soon.";
            case TRIAGED -> "A member of staff has looked at your report and is deciding on the next steps.";
            case SHARED_WITH_POLICE -> "With your agreement, your report has been passed to the police.";
            case REFERRED_FOR_SUPPORT -> "With your agreement, you have been referred to a victim support service, who will contact you.";
            case CLOSED -> "Your report has been dealt with and is now closed.";
            case WITHDRAWN -> "Your report has been withdrawn.";
            case DUPLICATE -> "Your report has been joined with another report about the same incident.";
        };
    }
}
