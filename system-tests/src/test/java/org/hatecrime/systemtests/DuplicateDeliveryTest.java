package org.hatecrime.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hatecrime.systemtests.Api.REFERRALS_RECEIVED;
import static org.hatecrime.systemtests.Tokens.BEACON_WORKER;
import static org.hatecrime.systemtests.Tokens.CENTRE_STEVENAGE;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.hatecrime.events.EventEnvelope;
import org.hatecrime.events.EventJson;
import org.hatecrime.events.Topics;
import org.hatecrime.systemtests.Api.Submission;
import org.hatecrime.systemtests.Api.SubmittedReport;
import org.hatecrime.systemtests.Api.Summary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Kafka delivers at least once; the consumers' inboxes make a redelivered event harmless. */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DuplicateDeliveryTest {

    private final Api api;
    private final ReportEvents events;

    DuplicateDeliveryTest(LocalPlatform platform) {
        this.api = new Api(platform);
        this.events = new ReportEvents(platform);
    }

    @AfterAll
    void closeEvents() {
        events.close();
    }

    @Test
    void anEventDeliveredTwiceHasOneEffect() {
        events.awaitConsumed(Service.ANALYTICS);
        Summary before = api.summary();
        Map<TopicPartition, Long> start = events.endOfReportsTopic();

        SubmittedReport report = api.submitAndPassOn(CENTRE_STEVENAGE, Submission.typical().strands("SEXUAL_ORIENTATION").district("WATFORD"));

        ConsumerRecord<String, String> original = events.awaitRecord(report.id(), start);
        EventEnvelope event = EventJson.read(original.value());
        assertThat(event.type()).isEqualTo("report.submitted.v1");
        assertThat(event.source()).isEqualTo("reporting-service");
        assertThat(event.subject()).isEqualTo(report.id());
        assertThat(event.requestId()).as("the request id travels with the event").isEqualTo(report.sentRequestId());

        RecordMetadata copy = events.republish(original);
        assertThat(copy.offset()).isGreaterThan(original.offset());

        // Both deliveries consumed and committed: whatever the duplicate could do, it has done.
        events.awaitConsumed(Service.ANALYTICS);
        events.awaitConsumed(Service.VICTIM_CARE);
        events.awaitConsumed(Service.CASE);

        Summary after = api.summary();
        assertThat(after.totalReports()).as("total").isEqualTo(before.totalReports() + 1);
        assertThat(after.strand("SEXUAL_ORIENTATION")).as("SEXUAL_ORIENTATION").isEqualTo(before.strand("SEXUAL_ORIENTATION") + 1);
        assertThat(after.district("WATFORD")).as("WATFORD").isEqualTo(before.district("WATFORD") + 1);

        List<String> listed = await("victim care lists the report").atMost(Duration.ofSeconds(30))
                .until(() -> api.asUser(BEACON_WORKER).queryParam("size", 100).get(REFERRALS_RECEIVED)
                        .then().statusCode(200).extract().jsonPath().<String>getList("reportId"),
                        ids -> ids.contains(report.id()));
        assertThat(listed).filteredOn(report.id()::equals).as("entries for report %s", report.id()).hasSize(1);

        // Skipped as already processed, not failed: nothing went to the dead-letter topics.
        for (Service consumer : List.of(Service.ANALYTICS, Service.VICTIM_CARE, Service.CASE)) {
            assertThat(events.recordsWithKey(Topics.deadLetter(consumer.consumerGroup()), report.id()))
                    .as("dead letters of %s", consumer).isEmpty();
        }
    }
}
