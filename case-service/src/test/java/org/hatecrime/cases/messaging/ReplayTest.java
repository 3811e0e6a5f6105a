package org.hatecrime.cases.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hatecrime.events.EventEnvelope;
import org.hatecrime.events.EventJson;
import org.hatecrime.events.Topics;
import org.hatecrime.testkit.Replay;
import org.hatecrime.testkit.SampleEvents;
import org.hatecrime.testkit.TestEvents;
import org.junit.jupiter.api.Test;

/**
 * A replay (deploy/local/replay case-service) makes the consumer read every event on the reports
 * and referrals topics again. Done twice, it opens no case twice, announces nothing again, links no
 * erased victim's case again and leaves every table exactly as it was.
 */
@QuarkusTest
class ReplayTest {

    private static final Duration WITHIN = Duration.ofSeconds(60);

    @Inject
    ReportEventsConsumer reports;

    @Inject
    ReferralEventsConsumer referrals;

    @Test
    void replayingEveryTopicTwiceChangesNoCaseAndNoConsumerTable() {
        UUID shared = UUID.randomUUID();
        UUID withdrawn = UUID.randomUUID();
        publish(shared, SampleEvents.sharedWithPolice(shared, "herts-police", List.of("RACE"), "STEVENAGE"));
        publish(shared, SampleEvents.policeAcknowledged(shared, "herts-police", "41/12345/26"));
        publish(shared, SampleEvents.consentChanged(shared, "REFER_TO_SUPPORT", true));
        publish(withdrawn, SampleEvents.sharedWithPolice(withdrawn, "herts-police", List.of("SEXUAL_ORIENTATION"), "WATFORD"));
        publish(withdrawn, SampleEvents.withdrawn(withdrawn, "VICTIM_REQUEST"));
        // two reports of one victim, linked as repeat victim; then the person is erased with one of them
        String victimKey = (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "");
        UUID erased = UUID.randomUUID();
        UUID repeat = UUID.randomUUID();
        publish(erased, withVictimKey(SampleEvents.sharedWithPolice(erased, "herts-police", List.of("RACE"), "HERTSMERE"), victimKey));
        publish(repeat, withVictimKey(SampleEvents.sharedWithPolice(repeat, "herts-police", List.of("RACE"), "HERTSMERE"), victimKey));
        publish(erased, SampleEvents.subjectErased(erased, List.of(victimKey)));
        TestEvents.publish(Topics.REPORTS, "poison-" + UUID.randomUUID(), "{not json");
        Replay.awaitCaughtUp("case-service", List.of(Topics.REPORTS, Topics.REFERRALS), WITHIN);
        Replay.awaitOutboxPublished(WITHIN);
        Map<String, String> before = Replay.tableChecksums();
        assertThat(before.get("inbox_event")).doesNotStartWith("0:");
        assertThat(before.get("outbox_event")).doesNotStartWith("0:");

        for (int replay = 1; replay <= 2; replay++) {
            Replay.fromTheBeginning(List.of(Topics.REPORTS), reports::onReportEvents);
            Replay.fromTheBeginning(List.of(Topics.REFERRALS), referrals::onReferralEvents);
            Replay.awaitOutboxPublished(WITHIN);

            Map<String, String> after = Replay.tableChecksums();
            assertThat(after).as("tables changed by replay %d: %s", replay, Replay.differences(before, after)).isEqualTo(before);
        }
    }

    private static EventEnvelope withVictimKey(EventEnvelope shared, String victimKey) {
        ((ObjectNode) shared.payload()).put("victimKey", victimKey);
        return shared;
    }

    private static void publish(UUID reportId, EventEnvelope event) {
        TestEvents.publish(Topics.REPORTS, reportId.toString(), EventJson.write(event));
    }
}
