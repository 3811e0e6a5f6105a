package org.hatecrime.kit.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import org.hatecrime.kit.domain.DomainException;
import org.hatecrime.kit.time.SettableClock;
import org.junit.jupiter.api.Test;

/** The parts of a retention review every service shares: the day it counts by, the decision's rule and the due date's SQL. */
class RetentionDecisionsTest {

    private static final Instant LATE_ON_THE_30TH = Instant.parse("2032-11-30T23:30:00.123456789Z");

    private final RetentionDecisions decisions = new RetentionDecisions(null, null, () -> Period.ofYears(6),
            new SettableClock(LATE_ON_THE_30TH));

    @Test
    void aDecisionIsTakenNowToTheMicrosecondAsItIsStored() {
        assertThat(decisions.takenNow(ReviewDecision.ANONYMISE, null))
                .isEqualTo(OffsetDateTime.parse("2032-11-30T23:30:00.123456Z"));
    }

    @Test
    void reviewsCountDaysInUtcWhateverTheOffset() {
        assertThat(RetentionDecisions.dayOf(OffsetDateTime.parse("2032-12-01T00:30:00+01:00"))).isEqualTo(LocalDate.of(2032, 11, 30));
    }

    @Test
    void keepingNeedsALaterDayAndAnonymisingNone() {
        assertThat(decisions.takenNow(ReviewDecision.KEEP, LocalDate.of(2032, 12, 1))).isNotNull();
        assertThatThrownBy(() -> decisions.takenNow(ReviewDecision.KEEP, LocalDate.of(2032, 11, 30)))
                .isInstanceOfSatisfying(DomainException.InvalidValue.class, e -> assertThat(e.field()).isEqualTo("keepUntil"));
        assertThatThrownBy(() -> decisions.takenNow(ReviewDecision.KEEP, null)).isInstanceOf(DomainException.InvalidValue.class);
        assertThatThrownBy(() -> decisions.takenNow(ReviewDecision.ANONYMISE, LocalDate.of(2033, 6, 30)))
                .isInstanceOfSatisfying(DomainException.InvalidValue.class, e -> assertThat(e.field()).isEqualTo("keepUntil"));
    }

    @Test
    void aReviewFallsDueOnTheLatestKeepDateElseThePeriodAfterTheRecordEndedOrBegan() {
        assertThat(decisions.period()).isEqualTo("P6Y");
        assertThat(RetentionDecisions.reviewDue("c.closed_at", "c.opened_at"))
                .isEqualTo("coalesce(d.keep_until, (coalesce(c.closed_at, c.opened_at) + ?::interval)::date)");
        assertThat(RetentionDecisions.latestKeep("case_id", "c.id"))
                .contains("from retention_decision", "where case_id = c.id and decision = 'KEEP' order by decided_at desc limit 1) d on true");
    }
}
