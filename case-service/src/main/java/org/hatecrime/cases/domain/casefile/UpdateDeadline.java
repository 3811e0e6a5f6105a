package org.hatecrime.cases.domain.casefile;

import java.time.OffsetDateTime;

/** When an update the victim is owed falls due: counted in working days, fewer with enhanced rights. */
@FunctionalInterface
public interface UpdateDeadline {

    OffsetDateTime dueAt(OffsetDateTime eventAt, boolean enhancedRights);
}
