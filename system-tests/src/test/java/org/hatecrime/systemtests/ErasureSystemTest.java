package org.hatecrime.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hatecrime.systemtests.Tokens.ADMIN_HERTS;
import static org.hatecrime.systemtests.Tokens.BEACON_WORKER;
import static org.hatecrime.systemtests.Tokens.CENTRE_STEVENAGE;
import static org.hatecrime.systemtests.Tokens.POLICE_HERTS;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hatecrime.events.EventJson;
import org.hatecrime.events.Topics;
import org.hatecrime.systemtests.Api.Submission;
import org.hatecrime.systemtests.Api.SubmittedReport;
import org.junit.jupiter.api.Test;

/**
 * A person asks to be erased, through the gateway with real tokens: an administrator erases them at
 * intake, and the erasure reaches the services the report went to over Kafka: Beacon can no longer
 * open the victim's contact details, and the force's case says the victim was erased while staying
 * the force's to progress. Markers planted in the person's details, Beacon's notes and support plan
 * are then searched for in every table of every service, on every topic and in every log, and the
 * person's pseudonymous key is gone from every table but the erasure's own announcements; the
 * person reporting again gets a new key.
 */
@PlatformTest
class ErasureSystemTest {

    private static final Duration DELIVERY = ReportFlowTest.DELIVERY;
    private static final String CASES = "/api/v1/cases";
    private static final String REFERRALS = "/api/v1/referrals";

    private final Api api;
    private final LocalPlatform platform;

    ErasureSystemTest(LocalPlatform platform) {
        this.api = new Api(platform);
        this.platform = platform;
    }

    @Test
    void anErasureAtIntakeReachesTheVictimServiceAndTheForce() {
        Submission submission = Submission.typical().consents(true, true, true);
        SubmittedReport report = api.submitWithContact(CENTRE_STEVENAGE, submission,
                Map.of("name", "Erin Erasure-Test", "phone", Api.phone()), Map.of("safeToCall", true, "voicemailAllowed", false));
        api.passOn(CENTRE_STEVENAGE, report, submission);
        String referral = await("Beacon has the referral").atMost(DELIVERY).pollInterval(Duration.ofMillis(250))
                .until(() -> idOf(api.asUser(BEACON_WORKER).queryParam("size", 100).get(REFERRALS).then().statusCode(200)
                        .extract().jsonPath().getList("findAll { it.reportId == '" + report.id() + "' }.id")), id -> id != null);
        String theCase = await("the force has the case").atMost(DELIVERY).pollInterval(Duration.ofMillis(250))
                .until(() -> idOf(api.asUser(POLICE_HERTS).queryParam("size", 100).get(CASES).then().statusCode(200)
                        .extract().jsonPath().getList("findAll { it.reportId == '" + report.id() + "' }.id")), id -> id != null);
        api.asUser(BEACON_WORKER).get(REFERRALS + "/" + referral + "/contact-details").then().statusCode(200)
                .body("contact.name", equalTo("Erin Erasure-Test"));

        api.asUser(ADMIN_HERTS).contentType(ContentType.JSON).body("{\"reason\":\"Erasure request received in writing\"}")
                .post(Api.REPORTS + "/" + report.id() + "/erasure").then().statusCode(200).body("details", nullValue());

        await("the force's case shows the erasure").atMost(DELIVERY).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                assertThat(api.asUser(POLICE_HERTS).get(CASES + "/" + theCase).then().statusCode(200)
                        .extract().jsonPath().getString("victimErasedAt")).isNotNull());
        await("Beacon can no longer open the contact details").atMost(DELIVERY).pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> api.asUser(BEACON_WORKER).get(REFERRALS + "/" + referral + "/contact-details").then()
                        .statusCode(409).contentType(Api.PROBLEM_JSON));
        api.asUser(BEACON_WORKER).get(REFERRALS + "/" + referral).then().statusCode(200).body("reportId", equalTo(report.id()));
    }

    @Test
    void afterAnErasureThePersonsMarkersAreInNoTableTopicOrLogAndTheirKeyIsRetired() {
        String marker = "mk" + UUID.randomUUID().toString().replace("-", "");
        String phone = Api.phone();
        Map<String, Object> contact = Map.of("name", "Name " + marker, "email", marker + "@example.org", "phone", phone);
        Submission submission = Submission.typical().consents(true, true, true).description("Spat at outside the mosque " + marker);
        SubmittedReport report = api.submitWithContact(CENTRE_STEVENAGE, submission, contact, Map.of("safeToCall", true));
        api.passOn(CENTRE_STEVENAGE, report, submission);
        String referral = await("Beacon has the referral").atMost(DELIVERY).pollInterval(Duration.ofMillis(250))
                .until(() -> idOf(api.asUser(BEACON_WORKER).queryParam("size", 100).get(REFERRALS).then().statusCode(200)
                        .extract().jsonPath().getList("findAll { it.reportId == '" + report.id() + "' }.id")), id -> id != null);
        supportedWithNotes(referral, marker);
        String theCase = await("the force has the case").atMost(DELIVERY).pollInterval(Duration.ofMillis(250))
                .until(() -> idOf(api.asUser(POLICE_HERTS).queryParam("size", 100).get(CASES).then().statusCode(200)
                        .extract().jsonPath().getList("findAll { it.reportId == '" + report.id() + "' }.id")), id -> id != null);
        PlatformData data = new PlatformData(platform);
        String victimKey;
        try (ReportEvents events = new ReportEvents(platform)) {
            victimKey = submittedVictimKey(events, report.id());
        }
        assertThat(data.columnsHolding(marker)).as("sealed wherever it is kept").isEmpty();
        assertThat(data.columnsHolding(victimKey)).as("the person's key before the erasure")
                .contains("reporting:report_victim_key.victim_key", "victim_care:referral.victim_key", "cases:case_file.victim_key");

        api.asUser(ADMIN_HERTS).contentType(ContentType.JSON).body("{\"reason\":\"Erasure request received in writing\"}")
                .post(Api.REPORTS + "/" + report.id() + "/erasure").then().statusCode(200);
        await("the force's case shows the erasure").atMost(DELIVERY).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                assertThat(api.asUser(POLICE_HERTS).get(CASES + "/" + theCase).then().statusCode(200)
                        .extract().jsonPath().getString("victimErasedAt")).isNotNull());
        await("Beacon has erased the victim").atMost(DELIVERY).pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> api.asUser(BEACON_WORKER).get(REFERRALS + "/" + referral + "/contact-details").then().statusCode(409));

        assertThat(data.columnsHolding(marker)).as("tables of every service").isEmpty();
        assertThat(data.logsHolding(marker)).as("logs of every component").isEmpty();
        try (ReportEvents events = new ReportEvents(platform)) {
            assertThat(events.recordsHolding(marker)).as("records on every topic").isEmpty();
            assertThat(data.columnsHolding(victimKey)).as("only the erasure's own announcements, until the outbox's retention")
                    .containsOnly("reporting:outbox_event.envelope");

            SubmittedReport again = api.submitWithContact(CENTRE_STEVENAGE, Submission.typical(), contact, Map.of("safeToCall", true));
            assertThat(submittedVictimKey(events, again.id())).as("a new key, linking to none of the old events on Kafka")
                    .hasSize(64).isNotEqualTo(victimKey);
        }
        api.asUser(BEACON_WORKER).get(REFERRALS + "/" + referral + "/needs-assessments").then().statusCode(200)
                .body("[0].needs.find { it.domain == 'EMOTIONAL' }.notes", nullValue());
    }

    /** Beacon reads the contact details, speaks to the victim, assesses them with notes and plans an action, all with the marker. */
    private void supportedWithNotes(String referral, String marker) {
        beacon("POST", referral, "/status-changes", "{\"status\":\"ACKNOWLEDGED\"}").statusCode(200);
        api.asUser(BEACON_WORKER).get(REFERRALS + "/" + referral + "/contact-details").then().statusCode(200)
                .body("contact.name", equalTo("Name " + marker));
        String at = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1).truncatedTo(ChronoUnit.SECONDS).toString();
        beacon("POST", referral, "/contacts", "{\"channel\":\"PHONE\",\"at\":\"" + at + "\",\"outcomeCode\":\"SPOKE_TO_VICTIM\"}")
                .statusCode(201);
        beacon("POST", referral, "/status-changes", "{\"status\":\"ACCEPTED\"}").statusCode(200);
        String needs = Stream.of("EMOTIONAL", "PRACTICAL", "SAFETY", "JUSTICE_AND_INFORMATION", "HEALTH", "HOUSING", "FINANCIAL",
                "LANGUAGE_AND_COMMUNICATION", "ONLINE_SAFETY").map(area -> "{\"domain\":\"" + area + "\",\"level\":\""
                        + (area.equals("SAFETY") ? "MEDIUM" : "LOW") + "\""
                        + (area.equals("EMOTIONAL") ? ",\"notes\":\"cannot sleep " + marker + "\"" : "") + "}")
                .collect(Collectors.joining(","));
        beacon("POST", referral, "/needs-assessments", "{\"needs\":[" + needs + "],\"enhancedRights\":false}").statusCode(201);
        beacon("PUT", referral, "/support-plan/case-manager", "{\"caseManager\":\"beacon-case-manager\"}").statusCode(200);
        beacon("POST", referral, "/support-plan/actions", "{\"description\":\"Fit a door camera " + marker
                + "\",\"owner\":\"victim\",\"dueOn\":\"" + LocalDate.now(ZoneOffset.UTC).plusDays(7) + "\"}").statusCode(201);
    }

    private ValidatableResponse beacon(String method, String referral, String path, String body) {
        return api.asUser(BEACON_WORKER).contentType(ContentType.JSON).body(body).request(method, REFERRALS + "/" + referral + path).then();
    }

    private static String submittedVictimKey(ReportEvents events, String reportId) {
        return await("the report's submission on Kafka").atMost(DELIVERY).pollInterval(Duration.ofMillis(250))
                .until(() -> events.recordsWithKey(Topics.REPORTS, reportId).stream()
                        .map(record -> EventJson.read(record.value()))
                        .filter(event -> event.type().equals("report.submitted.v1"))
                        .map(event -> event.payload().get("victimKey").asText()).findFirst().orElse(null), key -> key != null);
    }

    private static String idOf(List<Object> ids) {
        return ids == null || ids.size() != 1 ? null : (String) ids.get(0);
    }
}
