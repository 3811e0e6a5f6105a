package org.hatecrime.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hatecrime.systemtests.Api.CASES_RECEIVED;
import static org.hatecrime.systemtests.Api.REFERRALS_RECEIVED;
import static org.hatecrime.systemtests.Tokens.BEACON_WORKER;
import static org.hatecrime.systemtests.Tokens.CENTRE_STEVENAGE;
import static org.hatecrime.systemtests.Tokens.PARTNER_STEVENAGE;
import static org.hatecrime.systemtests.Tokens.POLICE_HERTS;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.UUID;
import org.hatecrime.systemtests.Api.Submission;
import org.hatecrime.systemtests.Api.SubmittedReport;
import org.hatecrime.systemtests.Api.Summary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A report's way from a reporting centre, through the events, to victim care, the police and analytics. */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportFlowTest {

    /** "Within seconds" on a quiet machine; bounded generously for a busy two-core one. */
    static final Duration DELIVERY = Duration.ofSeconds(60);

    private final Api api;
    private final ReportEvents events;

    ReportFlowTest(LocalPlatform platform) {
        this.api = new Api(platform);
        this.events = new ReportEvents(platform);
    }

    @AfterAll
    void closeEvents() {
        events.close();
    }

    @Test
    void aReportSubmittedByACentreReachesTheOtherThreeServices() {
        events.awaitConsumed(Service.ANALYTICS);
        Summary before = api.summary();

        SubmittedReport report = api.submitAndPassOn(CENTRE_STEVENAGE,
                Submission.typical().strands("RACE", "DISABILITY").district("NORTH_HERTFORDSHIRE"));

        assertThat(report.returnedRequestId()).as("X-Request-ID echoed by the gateway").isEqualTo(report.sentRequestId());
        assertThat(report.reference()).matches("HC-[A-Z0-9]{4}-[A-Z0-9]{4}");
        api.asUser(CENTRE_STEVENAGE).when().get(report.location())
                .then().statusCode(200)
                .body("id", equalTo(report.id()))
                .body("reference", equalTo(report.reference()))
                .body("district", equalTo("NORTH_HERTFORDSHIRE"))
                .body("strands", hasItems("DISABILITY", "RACE"));

        await("victim care sees the report").atMost(DELIVERY).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            Response received = api.asUser(BEACON_WORKER).get(REFERRALS_RECEIVED + "/" + report.id());
            assertThat(received.statusCode()).as(received.asString()).isEqualTo(200);
            assertThat(received.<String>path("reference")).isEqualTo(report.reference());
        });
        await("the police see the report").atMost(DELIVERY).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            Response received = api.asUser(POLICE_HERTS).get(CASES_RECEIVED + "/" + report.id());
            assertThat(received.statusCode()).as(received.asString()).isEqualTo(200);
            assertThat(received.<String>path("reference")).isEqualTo(report.reference());
        });
        await("analytics counts the report").atMost(DELIVERY).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            Summary after = api.summary();
            assertThat(after.totalReports()).as("total").isEqualTo(before.totalReports() + 1);
            assertThat(after.strand("RACE")).as("RACE").isEqualTo(before.strand("RACE") + 1);
            assertThat(after.strand("DISABILITY")).as("DISABILITY").isEqualTo(before.strand("DISABILITY") + 1);
            assertThat(after.district("NORTH_HERTFORDSHIRE")).as("NORTH_HERTFORDSHIRE")
                    .isEqualTo(before.district("NORTH_HERTFORDSHIRE") + 1);
        });
    }

    @Test
    void aReportGoesOnlyWhereTheVictimConsentedToShareIt() {
        SubmittedReport policeOnly = api.submitAndPassOn(CENTRE_STEVENAGE, Submission.typical().consents(true, false, true));
        SubmittedReport supportOnly = api.submitAndPassOn(CENTRE_STEVENAGE, Submission.typical().consents(false, true, true));

        await("the police see the report shared with them").atMost(DELIVERY).pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> assertThat(api.asUser(POLICE_HERTS).get(CASES_RECEIVED + "/" + policeOnly.id())
                        .statusCode()).isEqualTo(200));
        await("victim care sees the report referred to it").atMost(DELIVERY).pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> assertThat(api.asUser(BEACON_WORKER).get(REFERRALS_RECEIVED + "/" + supportOnly.id())
                        .statusCode()).isEqualTo(200));

        // Once both services have consumed everything, the other report can no longer turn up.
        events.awaitConsumed(Service.CASE);
        events.awaitConsumed(Service.VICTIM_CARE);
        api.asUser(POLICE_HERTS).when().get(CASES_RECEIVED + "/" + supportOnly.id())
                .then().statusCode(404).contentType(Api.PROBLEM_JSON);
        api.asUser(BEACON_WORKER).when().get(REFERRALS_RECEIVED + "/" + policeOnly.id())
                .then().statusCode(404).contentType(Api.PROBLEM_JSON);
    }

    @Test
    void aPartnerSystemWithClientCredentialsCanSubmitAReport() {
        String idempotencyKey = "partner-" + UUID.randomUUID();
        Submission submission = Submission.typical().district("STEVENAGE");
        SubmittedReport report = api.submit(api.asClient(PARTNER_STEVENAGE).header("Idempotency-Key", idempotencyKey), submission);

        api.asClient(PARTNER_STEVENAGE).when().get(report.location())
                .then().statusCode(200)
                .body("id", equalTo(report.id()))
                .body("agency", equalTo("stevenage-centre"))
                .body("channel", equalTo("PARTNER_API"));
        // The partner acts for the Stevenage centre, so the centre's staff see the report too.
        api.asUser(CENTRE_STEVENAGE).when().get(report.location()).then().statusCode(200);

        // A retry of the same request (same key, same body) answers with the report already taken.
        api.asClient(PARTNER_STEVENAGE).header("Idempotency-Key", idempotencyKey)
                .contentType(ContentType.JSON).body(submission.json())
                .when().post(Api.REPORTS)
                .then().statusCode(200)
                .body("id", equalTo(report.id()));

        // The centre's staff triage it and share it with the police, as for any report.
        api.passOn(CENTRE_STEVENAGE, report, submission);
        await("the police see the partner's report").atMost(DELIVERY).pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> assertThat(api.asUser(POLICE_HERTS).get(CASES_RECEIVED + "/" + report.id())
                        .statusCode()).isEqualTo(200));
    }
}
