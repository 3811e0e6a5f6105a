package org.hatecrime.cases.domain.casefile;

import java.time.OffsetDateTime;

/** By when a victim may ask for a review of a decision under a Right to Review scheme. */
@FunctionalInterface
public interface ReviewDeadline {

    OffsetDateTime requestBy(ReviewScheme scheme, OffsetDateTime decidedAt);
}
