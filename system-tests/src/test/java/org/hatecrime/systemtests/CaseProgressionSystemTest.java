package org.hatecrime.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hatecrime.systemtests.Tokens.BEACON_WORKER;
import static org.hatecrime.systemtests.Tokens.CENTRE_STEVENAGE;
import static org.hatecrime.systemtests.Tokens.CPS_THAMES_CHILTERN;
import static org.hatecrime.systemtests.Tokens.POLICE_BEDS;
import static org.hatecrime.systemtests.Tokens.POLICE_BEDS_RMS;
import static org.hatecrime.systemtests.Tokens.POLICE_HERTS_RMS;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hatecrime.events.EventJson;
import org.hatecrime.events.Topics;
import org.hatecrime.systemtests.Api.Submission;
import org.hatecrime.systemtests.Api.SubmittedReport;
import org.junit.jupiter.api.Test;

/**
 * A shared report becomes a case; the force's records system pushes it to the CPS, the CPS charges
 * and records verdict and sentence, the force closes it with a Home Office outcome code, and the
 * victim updates owed along the way are listed for the force and for the victim's support service.
 * An update the force does not give in time is announced overdue, once, and shown on the case. All
 * through the gateway with real tokens.
 */
@PlatformTest
class CaseProgressionSystemTest {

    static final Duration DELIVERY = Duration.ofSeconds(60);
    static final String CASES = "/api/v1/cases";

    /** The case-service's scan for overdue updates runs every minute on the local platform. */
    private static final Duration OVERDUE_SCAN = Duration.ofMinutes(3);

    private final Api api;
    private final LocalPlatform platform;

    CaseProgressionSystemTest(LocalPlatform platform) {
        this.api = new Api(platform);
        this.platform = platform;
    }

    private String awaitCase(SubmittedReport report) {
        String[] caseId = new String[1];
        await("the force's case is opened").atMost(DELIVERY).pollInterval(Duration.ofMillis(250)).until(() -> {
            List<Map<String, Object>> cases = api.asClient(POLICE_HERTS_RMS).queryParam("size", 100).get(CASES)
                    .then().statusCode(200).extract().path("");
            return cases.stream().filter(c -> report.id().equals(c.get("reportId"))).findFirst()
                    .map(c -> caseId[0] = (String) c.get("id")).isPresent();
        });
        return caseId[0];
    }

    private Response push(RequestSpecification caller, String caseId, String etag, String body) {
        return caller.contentType(ContentType.JSON).header("If-Match", etag).header("Idempotency-Key", "st-" + UUID.randomUUID())
                .body(body).post(CASES + "/" + caseId + "/stage-changes");
    }

    private String moved(RequestSpecification caller, String caseId, String etag, String body) {
        Response response = push(caller, caseId, etag, body);
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
        return response.header("ETag");
    }

    @Test
    void aSharedReportIsFollowedToSentenceAndClosesWithAnOutcomeCode() {
        SubmittedReport report = api.submitAndPassOn(CENTRE_STEVENAGE, Submission.typical().district("STEVENAGE"));
        String caseId = awaitCase(report);

        String etag = api.asClient(POLICE_HERTS_RMS).get(CASES + "/" + caseId).then().statusCode(200)
                .body("stage", equalTo("OPENED")).extract().header("ETag");
        String record = "{\"stage\": \"RECORDED\", \"crimeReference\": \"41/" + (100000 + (int) (Math.random() * 899999))
                + "/26\", \"recordedAs\": \"CRIME\", \"recordingReason\": \"PUBLIC_ORDER_OFFENCE\"}";
        String key = "st-" + UUID.randomUUID();
        Response recorded = api.asClient(POLICE_HERTS_RMS).contentType(ContentType.JSON).header("If-Match", etag)
                .header("Idempotency-Key", key).body(record).post(CASES + "/" + caseId + "/stage-changes");
        assertThat(recorded.statusCode()).as(recorded.asString()).isEqualTo(200);
        // the records system retries: same key, same body, same case, nothing applied twice
        api.asClient(POLICE_HERTS_RMS).contentType(ContentType.JSON).header("Idempotency-Key", key).body(record)
                .post(CASES + "/" + caseId + "/stage-changes").then().statusCode(200).body("stage", equalTo("RECORDED"));
        // a stale version is refused
        push(api.asClient(POLICE_HERTS_RMS), caseId, etag, "{\"stage\": \"INVESTIGATING\"}").then().statusCode(412);

        etag = recorded.header("ETag");
        etag = moved(api.asClient(POLICE_HERTS_RMS), caseId, etag, "{\"stage\": \"INVESTIGATING\"}");
        etag = moved(api.asClient(POLICE_HERTS_RMS), caseId, etag, "{\"stage\": \"SUSPECT_IDENTIFIED\"}");
        etag = moved(api.asClient(POLICE_HERTS_RMS), caseId, etag,
                "{\"stage\": \"ARRESTED_OR_INTERVIEWED\", \"reasonCode\": \"ARRESTED\", \"bailConditions\": [\"NO_CONTACT_WITH_VICTIM\"]}");
        etag = moved(api.asClient(POLICE_HERTS_RMS), caseId, etag, "{\"stage\": \"FILED_WITH_CPS\"}");

        // another force sees nothing of it
        api.asClient(POLICE_BEDS_RMS).get(CASES + "/" + caseId).then().statusCode(404).contentType(Api.PROBLEM_JSON);
        api.asUser(POLICE_BEDS).get(CASES + "/" + caseId + "/victim-updates").then().statusCode(404);

        RequestSpecification cps = api.asUser(CPS_THAMES_CHILTERN);
        etag = moved(cps, caseId, etag, "{\"stage\": \"CHARGED\", \"reasonCode\": \"FULL_CODE_TEST_MET\"}");
        etag = moved(api.asUser(CPS_THAMES_CHILTERN), caseId, etag,
                "{\"stage\": \"AT_COURT\", \"hearingAt\": \"2027-01-12T10:00:00Z\", \"hearingType\": \"FIRST_HEARING\"}");
        etag = moved(api.asUser(CPS_THAMES_CHILTERN), caseId, etag, "{\"stage\": \"VERDICT\", \"verdict\": \"GUILTY\"}");
        etag = moved(api.asUser(CPS_THAMES_CHILTERN), caseId, etag,
                "{\"stage\": \"SENTENCED\", \"upliftApplied\": true, \"upliftReason\": \"HOSTILITY_DEMONSTRATED\"}");
        // an outcome code is valid only at closure, and only from the configured list
        push(api.asClient(POLICE_HERTS_RMS), caseId, etag, "{\"stage\": \"CLOSED\", \"reasonCode\": \"SENTENCE_PASSED\", \"outcomeCode\": \"19\"}")
                .then().statusCode(400).contentType(Api.PROBLEM_JSON);
        moved(api.asClient(POLICE_HERTS_RMS), caseId, etag, "{\"stage\": \"CLOSED\", \"reasonCode\": \"SENTENCE_PASSED\", \"outcomeCode\": \"1\"}");

        api.asUser(CPS_THAMES_CHILTERN).get(CASES + "/" + caseId).then().statusCode(200)
                .body("stage", equalTo("CLOSED"))
                .body("outcomeCode", equalTo("1"))
                .body("hateCrimeFlag", equalTo(true))
                .body("upliftApplied", equalTo(true));
        api.asClient(POLICE_HERTS_RMS).get(CASES + "/" + caseId + "/victim-updates").then().statusCode(200)
                .body("updates.kind", contains("ARREST_OR_INTERVIEW", "BAIL", "CHARGE", "HEARING", "VERDICT", "SENTENCE"));

        // the victim was referred to Beacon with their consent: Beacon reads what they are owed
        await("Beacon reads the victim's updates").atMost(DELIVERY).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                assertThat(api.asUser(BEACON_WORKER).get(CASES + "/" + caseId + "/victim-updates").statusCode()).isEqualTo(200));
    }

    @Test
    void anUpdateNotGivenInTimeIsAnnouncedOverdueOnceAndShownToTheForce() {
        SubmittedReport report = api.submitAndPassOn(CENTRE_STEVENAGE, Submission.typical().district("STEVENAGE"));
        String caseId = awaitCase(report);
        String etag = api.asClient(POLICE_HERTS_RMS).get(CASES + "/" + caseId).then().statusCode(200).extract().header("ETag");
        etag = moved(api.asClient(POLICE_HERTS_RMS), caseId, etag, "{\"stage\": \"RECORDED\", \"crimeReference\": \"41/"
                + (100000 + (int) (Math.random() * 899999)) + "/26\", \"recordedAs\": \"CRIME\", \"recordingReason\": \"PUBLIC_ORDER_OFFENCE\"}");
        etag = moved(api.asClient(POLICE_HERTS_RMS), caseId, etag, "{\"stage\": \"INVESTIGATING\"}");
        etag = moved(api.asClient(POLICE_HERTS_RMS), caseId, etag, "{\"stage\": \"SUSPECT_IDENTIFIED\"}");
        moved(api.asClient(POLICE_HERTS_RMS), caseId, etag, "{\"stage\": \"ARRESTED_OR_INTERVIEWED\", \"reasonCode\": \"ARRESTED\"}");
        api.asClient(POLICE_HERTS_RMS).get(CASES + "/" + caseId + "/victim-updates").then().statusCode(200)
                .body("updates.kind", contains("ARREST_OR_INTERVIEW")).body("updates[0].overdueAt", equalTo(null));

        // a week passes without the victim being told: the deadline is set in the past, as the days would
        int moved = new PlatformData(platform).execute("cases",
                "update victim_update set event_at = event_at - interval '8 days', due_at = now() - interval '1 hour' where case_id = ?::uuid",
                caseId);
        assertThat(moved).isEqualTo(1);

        await("the overdue scan announces the update").atMost(OVERDUE_SCAN).pollInterval(Duration.ofSeconds(2)).untilAsserted(() ->
                assertThat(api.asClient(POLICE_HERTS_RMS).get(CASES + "/" + caseId + "/victim-updates").then().statusCode(200)
                        .extract().jsonPath().getString("updates[0].overdueAt")).isNotNull());
        try (ReportEvents events = new ReportEvents(platform)) {
            List<String> overdue = await("the overdue event on " + Topics.CASES).atMost(DELIVERY).pollInterval(Duration.ofSeconds(1))
                    .until(() -> events.recordsWithKey(Topics.CASES, caseId).stream().map(record -> EventJson.read(record.value()))
                            .filter(event -> event.type().equals("case.victim-update-overdue.v1"))
                            .map(event -> event.payload().get("kind").asText()).toList(), found -> !found.isEmpty());
            assertThat(overdue).as("announced once").containsExactly("ARREST_OR_INTERVIEW");
        }
        api.asUser(POLICE_BEDS).get(CASES + "/" + caseId + "/victim-updates").then().statusCode(404);
    }
}
