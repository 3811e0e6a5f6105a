package org.hatecrime.analytics.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hatecrime.events.EventJson;
import org.hatecrime.events.Topics;
import org.hatecrime.testkit.Replay;
import org.hatecrime.testkit.SampleEvents;
import org.hatecrime.testkit.TestEvents;
import org.junit.jupiter.api.Test;

/**
 * A replay (deploy/local/replay analytics-service) makes the consumer read every event on its
 * three topics again. Done twice, it leaves every read model and consumer table exactly as it was,
 * the monthly counts (ADR 0024) included.
 */
@QuarkusTest
class ReplayTest {

    private static final Duration WITHIN = Duration.ofSeconds(60);
    private static final List<String> TOPICS = List.of(Topics.REPORTS, Topics.REFERRALS, Topics.CASES);

    @Inject
    ReportEventsConsumer reports;

    @Inject
    ReferralEventsConsumer referrals;

    @Inject
    CaseEventsConsumer cases;

    @Test
    void replayingEveryTopicTwiceChangesNoReadModelAndNoConsumerTable() {
        UUID stillCounted = UUID.randomUUID();
        publish(stillCounted, SampleEvents.reportSubmitted(stillCounted, List.of("DISABILITY", "OTHER"), "DACORUM", false, false, true));
        publish(stillCounted, SampleEvents.triaged(stillCounted, List.of("DISABILITY"), "WATFORD"));
        UUID counted = UUID.randomUUID();
        UUID withdrawn = UUID.randomUUID();
        publish(counted, SampleEvents.reportSubmitted(counted, List.of("RACE", "DISABILITY"), "STEVENAGE", true, true, true));
        publish(counted, SampleEvents.triaged(counted, List.of("RACE", "DISABILITY"), "STEVENAGE"));
        publish(counted, SampleEvents.consentChanged(counted, "STATISTICS", false));
        publish(withdrawn, SampleEvents.reportSubmitted(withdrawn, List.of("RELIGION_OR_BELIEF"), "WATFORD", false, true, true));
        publish(withdrawn, SampleEvents.withdrawn(withdrawn, "VICTIM_REQUEST"));
        UUID erased = UUID.randomUUID();
        publish(erased, SampleEvents.reportSubmitted(erased, List.of("SEXUAL_ORIENTATION"), "HERTSMERE", false, false, true));
        publish(erased, SampleEvents.subjectErased(erased, List.of()));
        UUID erasedBeforeItArrives = UUID.randomUUID();
        publish(erasedBeforeItArrives, SampleEvents.subjectErased(erasedBeforeItArrives, List.of()));
        TestEvents.publish(Topics.REPORTS, "poison-" + UUID.randomUUID(), "{not json");
        Replay.awaitCaughtUp("analytics-service", TOPICS, WITHIN);
        Map<String, String> before = Replay.tableChecksums();
        assertThat(before.get("inbox_event")).doesNotStartWith("0:");
        assertThat(before.get("dead_letter")).doesNotStartWith("0:");
        assertThat(before.get("erasure_before_report")).doesNotStartWith("0:");
        assertThat(before.get("report_month_count")).as("the monthly counts, kept by the database's triggers").doesNotStartWith("0:");

        for (int replay = 1; replay <= 2; replay++) {
            Replay.fromTheBeginning(List.of(Topics.REPORTS), reports::onReportEvents);
            Replay.fromTheBeginning(List.of(Topics.REFERRALS), referrals::onReferralEvents);
            Replay.fromTheBeginning(List.of(Topics.CASES), cases::onCaseEvents);

            Map<String, String> after = Replay.tableChecksums();
            assertThat(after).as("tables changed by replay %d: %s", replay, Replay.differences(before, after)).isEqualTo(before);
        }
    }

    private static void publish(UUID reportId, org.hatecrime.events.EventEnvelope event) {
        TestEvents.publish(Topics.REPORTS, reportId.toString(), EventJson.write(event));
    }
}
