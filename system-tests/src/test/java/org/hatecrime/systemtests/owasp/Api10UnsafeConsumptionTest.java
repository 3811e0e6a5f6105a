package org.hatecrime.systemtests.owasp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.hatecrime.events.Topics;
import org.hatecrime.systemtests.Api;
import org.hatecrime.systemtests.Api.Submission;
import org.hatecrime.systemtests.Api.SubmittedReport;
import org.hatecrime.systemtests.LocalPlatform;
import org.hatecrime.systemtests.PlatformTest;
import org.hatecrime.systemtests.ReportEvents;
import org.hatecrime.systemtests.Service;
import org.junit.jupiter.api.Test;

/**
 * OWASP API10:2023 Unsafe Consumption of APIs. What the platform consumes from others: the providers'
 * case systems and intake's referral packets are called by victim care with timeouts, a circuit
 * breaker per provider and no trust in their answers (victim-care-service's {@code ProviderDeliveryTest}
 * and {@code ContactDetailsTest}, against WireMock stand-ins that answer errors, hang or drop the
 * connection: a 5xx or a timeout keeps the referral waiting and is shown, never a 5xx to the user);
 * forces push through the same validated API as everyone else. At system level, events are the one
 * input every service consumes from another: a record on the reports topic that is not an event at
 * all is parked by each consumer in its dead-letter topic, one that breaks its event's schema by the
 * consumer that applies that type (the others skip it unread), and the next report still reaches the
 * police and victim care.
 */
@PlatformTest
class Api10UnsafeConsumptionTest {

    static final List<Service> CONSUMERS = List.of(Service.VICTIM_CARE, Service.CASE, Service.ANALYTICS);

    private final Api api;
    private final LocalPlatform platform;

    Api10UnsafeConsumptionTest(LocalPlatform platform) {
        this.platform = platform;
        this.api = new Api(platform);
    }

    @Test
    void aPoisonedRecordOnTheReportsTopicIsParkedAndTheNextReportStillArrives() {
        String garbageKey = UUID.randomUUID().toString();
        String brokenKey = UUID.randomUUID().toString();
        try (ReportEvents events = new ReportEvents(platform)) {
            events.republish(new ConsumerRecord<>(Topics.REPORTS, 0, 0L, garbageKey, "<html>not an event</html>"));
            events.republish(new ConsumerRecord<>(Topics.REPORTS, 0, 0L, brokenKey, """
                    {"id":"%s","type":"report.submitted.v1","source":"somewhere-else","subject":"%s","time":"yesterday",
                     "data":{"reportId":"'; drop table inbox; --","district":"<script>alert(1)</script>","contact":{"name":"X"}}}"""
                    .formatted(UUID.randomUUID(), brokenKey)));

            SubmittedReport report = api.submitAndPassOn("centre-stevenage", Submission.typical());
            await("victim care still receives reports").atMost(SharedRecords.DELIVERY).pollInterval(Duration.ofMillis(250))
                    .until(() -> api.asUser("beacon-worker").get(Api.REFERRALS_RECEIVED + "/" + report.id()).statusCode() == 200);
            await("the police still receive reports").atMost(SharedRecords.DELIVERY).pollInterval(Duration.ofMillis(250))
                    .until(() -> api.asUser("police-herts").get(Api.CASES_RECEIVED + "/" + report.id()).statusCode() == 200);

            for (Service consumer : CONSUMERS) {
                events.awaitConsumed(consumer);
                assertThat(events.recordsWithKey(Topics.deadLetter(consumer.consumerGroup()), garbageKey))
                        .as("%s parked the garbage", consumer).isNotEmpty();
            }
            // analytics applies report.submitted.v1 (victim care and case skip the type unread): it parks the broken one
            assertThat(events.recordsWithKey(Topics.deadLetter(Service.ANALYTICS.consumerGroup()), brokenKey))
                    .as("analytics parked the broken event").isNotEmpty();
        }
        for (Service service : Service.values()) {
            io.restassured.RestAssured.given().get(platform.serviceUrl(service) + "/q/health/ready").then().statusCode(200);
        }
    }
}
