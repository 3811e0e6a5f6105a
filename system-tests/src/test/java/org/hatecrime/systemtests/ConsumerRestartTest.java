package org.hatecrime.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hatecrime.systemtests.Api.CASES_RECEIVED;
import static org.hatecrime.systemtests.Api.PROBLEM_JSON;
import static org.hatecrime.systemtests.Api.REFERRALS_RECEIVED;
import static org.hatecrime.systemtests.Tokens.BEACON_WORKER;
import static org.hatecrime.systemtests.Tokens.CENTRE_STEVENAGE;
import static org.hatecrime.systemtests.Tokens.POLICE_HERTS;

import io.restassured.response.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.hatecrime.systemtests.Api.Submission;
import org.hatecrime.systemtests.Api.SubmittedReport;
import org.hatecrime.systemtests.Api.Summary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A consumer that crashes misses nothing: Kafka keeps its events until it is back. */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsumerRestartTest {

    private static final int REPORTS_WHILE_DOWN = 3;
    /**
     * After the restart a service gets its partitions back only once Kafka has given up on the killed
     * consumer (session timeout, 45 s from the kill), then it works off the backlog.
     */
    private static final Duration CATCH_UP = Duration.ofSeconds(120);

    private final LocalPlatform platform;
    private final Api api;
    private final ReportEvents events;

    ConsumerRestartTest(LocalPlatform platform) {
        this.platform = platform;
        this.api = new Api(platform);
        this.events = new ReportEvents(platform);
    }

    @AfterAll
    void restoreAndClose() {
        try {
            // Whatever happened above, leave a whole platform for the tests that follow.
            if (!platform.isRunning(Service.VICTIM_CARE) || !platform.isRunning(Service.ANALYTICS)) {
                platform.startMissingComponents();
            }
        } finally {
            events.close();
        }
    }

    @Test
    void reportsSubmittedWhileConsumersAreKilledAllArriveAfterTheirRestart() {
        events.awaitConsumed(Service.ANALYTICS);
        Summary before = api.summary();

        platform.kill(Service.VICTIM_CARE);
        platform.kill(Service.ANALYTICS);
        assertThat(platform.isRunning(Service.VICTIM_CARE)).isFalse();
        assertThat(platform.isRunning(Service.ANALYTICS)).isFalse();

        // The gateway says so in its own words while the service is away, and when to try again.
        api.asUser(BEACON_WORKER).when().get(REFERRALS_RECEIVED)
                .then().statusCode(503).contentType(PROBLEM_JSON).body("status", equalTo(503))
                .header("Retry-After", "5");

        List<SubmittedReport> submitted = new ArrayList<>();
        IntStream.range(0, REPORTS_WHILE_DOWN).forEach(i -> submitted.add(api.submitAndPassOn(CENTRE_STEVENAGE,
                Submission.typical().strands("RELIGION_OR_BELIEF").district("HERTSMERE"))));

        // Intake and the police carry on regardless.
        for (SubmittedReport report : submitted) {
            await("the police see " + report.reference()).atMost(ReportFlowTest.DELIVERY).pollInterval(Duration.ofMillis(250))
                    .untilAsserted(() -> assertThat(api.asUser(POLICE_HERTS).get(CASES_RECEIVED + "/" + report.id())
                            .statusCode()).isEqualTo(200));
        }

        platform.startMissingComponents();
        assertThat(platform.isRunning(Service.VICTIM_CARE)).isTrue();
        assertThat(platform.isRunning(Service.ANALYTICS)).isTrue();

        for (SubmittedReport report : submitted) {
            await("victim care sees " + report.reference() + " after its restart").atMost(CATCH_UP)
                    .pollInterval(Duration.ofMillis(250))
                    .untilAsserted(() -> {
                        Response received = api.asUser(BEACON_WORKER).get(REFERRALS_RECEIVED + "/" + report.id());
                        assertThat(received.statusCode()).as(received.asString()).isEqualTo(200);
                    });
        }
        await("analytics counts every report after its restart").atMost(CATCH_UP).pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> assertThat(api.summary().totalReports()).isGreaterThanOrEqualTo(before.totalReports() + REPORTS_WHILE_DOWN));

        // Events processed but not yet committed before the kill come again; they must not count twice.
        events.awaitConsumed(Service.ANALYTICS);
        Summary after = api.summary();
        assertThat(after.totalReports()).as("total").isEqualTo(before.totalReports() + REPORTS_WHILE_DOWN);
        assertThat(after.strand("RELIGION_OR_BELIEF")).as("RELIGION_OR_BELIEF")
                .isEqualTo(before.strand("RELIGION_OR_BELIEF") + REPORTS_WHILE_DOWN);
        assertThat(after.district("HERTSMERE")).as("HERTSMERE").isEqualTo(before.district("HERTSMERE") + REPORTS_WHILE_DOWN);
    }
}
