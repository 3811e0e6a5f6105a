package org.hatecrime.reporting.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hatecrime.events.EventJson;
import org.hatecrime.events.Topics;
import org.hatecrime.testkit.TestEvents;
import org.hatecrime.testkit.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * The same victim reporting more than once is linked, not double counted, and never named in
 * events. Within an agency the links are shown; across agencies neither agency learns anything
 * about the other's reports until the partnership coordinator confirms the match.
 */
@QuarkusTest
class RepeatVictimTest {

    static final String STEVENAGE = ReportSubmissionTestSupport.STEVENAGE;
    static final String WATFORD = ReportSubmissionTestSupport.WATFORD;
    static final String COORDINATOR = TestTokens.user("coordinator-herts", "partnership-coordinator", "herts-csp");
    static final String ADMIN = TestTokens.user("admin-herts", "admin", "herts-csp");

    @Inject
    AuditRows audit;

    static String report(String email, String phone, String district, String occurredAt) {
        return """
                {"strands":["RELIGION_OR_BELIEF"],"description":"Leaflets pushed through the door","occurredAt":"%s",
                 "district":"%s","contact":{"email":"%s","phone":"%s"},
                 "consents":{"shareWithPolice":true,"referToSupport":true,"statistics":true}}""".formatted(occurredAt, district, email, phone);
    }

    static JsonPath submitted(String token, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/api/v1/reports")
                .then().statusCode(201).extract().jsonPath();
    }

    static String email() {
        return "victim-" + UUID.randomUUID() + "@example.org";
    }

    static String phone() {
        return "07700 9" + String.format("%05d", (int) (Math.random() * 100_000));
    }

    /** The coordinator's pending match between these two reports. */
    static Map<String, Object> pendingMatch(String report, String earlier) {
        List<Map<String, Object>> queue = given().auth().oauth2(COORDINATOR).queryParam("report", report)
                .get("/api/v1/coordination/matches")
                .then().statusCode(200).extract().jsonPath().getList("$");
        return queue.stream()
                .filter(m -> report.equals(((Map<?, ?>) m.get("report")).get("id")) && earlier.equals(((Map<?, ?>) m.get("earlierReport")).get("id")))
                .findFirst().orElseThrow(() -> new AssertionError("no pending match of " + report + " with " + earlier));
    }

    static void decide(Object matchId, String decision) {
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body("{\"decision\":\"" + decision + "\"}")
                .post("/api/v1/coordination/matches/{id}/decision", matchId).then().statusCode(200).body("status",
                        equalTo(decision.equals("CONFIRM") ? "CONFIRMED" : "REJECTED"));
    }

    @Test
    void withinOneAgencyTheSameIncidentIsFlaggedAsAPossibleDuplicate() {
        String email = email();
        String first = submitted(STEVENAGE, report(email, phone(), "DACORUM", "2026-11-10T10:00:00Z")).getString("id");
        // the same person, written differently, the next day
        JsonPath second = submitted(STEVENAGE, report(email.toUpperCase(), phone(), "DACORUM", "2026-11-11T09:00:00Z"));

        assertThat(second.getList("possibleDuplicates")).containsExactly(first);
        assertThat(second.getLong("earlierReportsFromSameVictim")).isEqualTo(1);
        given().auth().oauth2(STEVENAGE).contentType(ContentType.JSON)
                .body("{\"duplicateOf\":\"" + first + "\"}").post("/api/v1/reports/{id}/duplicate-of", second.getString("id"))
                .then().statusCode(200).body("status", equalTo("DUPLICATE")).body("duplicateOf", equalTo(first));
        TestEvents.awaitRecord(Topics.REPORTS, r -> second.getString("id").equals(r.key()) && r.value().contains("report.duplicate-linked.v1"),
                Duration.ofSeconds(20));
    }

    @Test
    void anotherAgencyLearnsNothingOfTheVictimsReportsElsewhere() {
        String phone = phone();
        String realVictim = submitted(STEVENAGE, report(email(), phone, "DACORUM", "2026-11-10T10:00:00Z")).getString("id");

        // a probe with someone's phone number, to find out whether they reported anywhere
        JsonPath probe = submitted(WATFORD, report(email(), phone, "DACORUM", "2026-11-10T11:00:00Z"));

        assertThat(probe.getLong("earlierReportsFromSameVictim")).isZero();
        assertThat(probe.getList("possibleDuplicates")).isEmpty();
        given().auth().oauth2(WATFORD).get("/api/v1/reports/{id}", probe.getString("id")).then().statusCode(200)
                .body("earlierReportsFromSameVictim", equalTo(0)).body("possibleDuplicates.size()", equalTo(0));
        given().auth().oauth2(WATFORD).get("/api/v1/reports/{id}", realVictim).then().statusCode(404);
        // nor may it link to the other agency's report while the match is unconfirmed
        given().auth().oauth2(WATFORD).contentType(ContentType.JSON).body("{\"duplicateOf\":\"" + realVictim + "\"}")
                .post("/api/v1/reports/{id}/duplicate-of", probe.getString("id"))
                .then().statusCode(400).body("violations[0].field", equalTo("duplicateOf"));
        // the match is the coordinator's to decide
        assertThat(pendingMatch(probe.getString("id"), realVictim)).containsEntry("kind", "SAME_INCIDENT");
    }

    @Test
    void erasingAProbeReportLeavesTheRealVictimsDataAlone() {
        String phone = phone();
        String realVictim = submitted(STEVENAGE, report(email(), phone, "STEVENAGE", "2026-11-02T10:00:00Z")).getString("id");
        String probe = submitted(WATFORD, report(email(), phone, "WATFORD", "2026-11-20T10:00:00Z")).getString("id");

        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body("{\"reason\":\"erasure request for the probe's subject\"}")
                .post("/api/v1/reports/{id}/erasure", probe).then().statusCode(200);

        given().auth().oauth2(WATFORD).get("/api/v1/reports/{id}", probe).then().statusCode(200).body("details", nullValue());
        given().auth().oauth2(STEVENAGE).get("/api/v1/reports/{id}", realVictim).then().statusCode(200)
                .body("details.contact.phone", equalTo(phone));
    }

    @Test
    void aConfirmedMatchJoinsThePersonSoErasureReachesBothReports() {
        String phone = phone();
        String first = submitted(STEVENAGE, report(email(), phone, "STEVENAGE", "2026-11-02T10:00:00Z")).getString("id");
        String second = submitted(WATFORD, report(email(), phone, "WATFORD", "2026-11-20T10:00:00Z")).getString("id");
        Map<String, Object> match = pendingMatch(second, first);
        assertThat(match).containsEntry("kind", "SAME_VICTIM");

        decide(match.get("id"), "CONFIRM");
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body("{\"reason\":\"subject erasure request 2026-131\"}")
                .post("/api/v1/reports/{id}/erasure", second).then().statusCode(200);

        given().auth().oauth2(STEVENAGE).get("/api/v1/reports/{id}", first).then().statusCode(200).body("details", nullValue());
        given().auth().oauth2(WATFORD).get("/api/v1/reports/{id}", second).then().statusCode(200).body("details", nullValue());
    }

    @Test
    void aConfirmedSameIncidentMayBeLinkedAsADuplicateAcrossAgencies() {
        String email = email();
        String first = submitted(STEVENAGE, report(email, phone(), "HERTSMERE", "2026-11-10T10:00:00Z")).getString("id");
        String second = submitted(WATFORD, report(email, phone(), "HERTSMERE", "2026-11-10T12:00:00Z")).getString("id");

        decide(pendingMatch(second, first).get("id"), "CONFIRM");

        given().auth().oauth2(WATFORD).get("/api/v1/reports/{id}", second).then().statusCode(200)
                .body("possibleDuplicates", equalTo(List.of(first)));
        given().auth().oauth2(WATFORD).contentType(ContentType.JSON).body("{\"duplicateOf\":\"" + first + "\"}")
                .post("/api/v1/reports/{id}/duplicate-of", second).then().statusCode(200).body("duplicateOf", equalTo(first));
    }

    @Test
    void aRejectedMatchJoinsNothingAndIsDecidedOnce() {
        String phone = phone();
        String first = submitted(STEVENAGE, report(email(), phone, "STEVENAGE", "2026-11-02T10:00:00Z")).getString("id");
        String second = submitted(WATFORD, report(email(), phone, "WATFORD", "2026-11-20T10:00:00Z")).getString("id");
        Object matchId = pendingMatch(second, first).get("id");

        decide(matchId, "REJECT");
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body("{\"decision\":\"CONFIRM\"}")
                .post("/api/v1/coordination/matches/{id}/decision", matchId).then().statusCode(409);
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body("{\"reason\":\"subject erasure request 2026-132\"}")
                .post("/api/v1/reports/{id}/erasure", second).then().statusCode(200);

        given().auth().oauth2(STEVENAGE).get("/api/v1/reports/{id}", first).then().statusCode(200).body("details", notNullValue());
    }

    @Test
    void onlyTheCoordinatorSeesTheMatchesAndEveryLookIsAudited() {
        String phone = phone();
        String first = submitted(STEVENAGE, report(email(), phone, "STEVENAGE", "2026-11-02T10:00:00Z")).getString("id");
        String second = submitted(WATFORD, report(email(), phone, "WATFORD", "2026-11-20T10:00:00Z")).getString("id");

        given().auth().oauth2(STEVENAGE).get("/api/v1/coordination/matches").then().statusCode(403);
        given().auth().oauth2(ADMIN).get("/api/v1/coordination/matches").then().statusCode(403);
        given().get("/api/v1/coordination/matches").then().statusCode(401);
        pendingMatch(second, first);

        assertThat(audit.about(first)).anySatisfy(row -> {
            assertThat(row.actor()).isEqualTo("coordinator-herts");
            assertThat(row.action()).isEqualTo("report.match-review");
        });
        assertThat(audit.about(second)).anySatisfy(row -> assertThat(row.action()).isEqualTo("report.match-review"));
    }

    @Test
    void aLaterIncidentMarksARepeatVictimAndTheEventCarriesNoContactDetails() {
        String phone = phone();
        submitted(STEVENAGE, report(email(), phone, "STEVENAGE", "2026-10-01T10:00:00Z"));
        String later = submitted(STEVENAGE, report(email(), phone, "HERTSMERE", "2026-11-01T10:00:00Z")).getString("id");

        given().auth().oauth2(STEVENAGE).get("/api/v1/reports/{id}", later)
                .then().statusCode(200)
                .body("earlierReportsFromSameVictim", equalTo(1))
                .body("possibleDuplicates.size()", equalTo(0));
        String event = TestEvents.awaitRecord(Topics.REPORTS, r -> later.equals(r.key()) && r.value().contains("report.submitted.v1"),
                Duration.ofSeconds(20)).value();
        assertThat(EventJson.read(event).payload().get("earlierReportsFromSameVictim").asInt()).isEqualTo(1);
        assertThat(EventJson.read(event).payload().get("victimKey").asText()).hasSize(64);
        assertThat(event).doesNotContain(phone).doesNotContain("example.org");
    }

    @Test
    void aDuplicateMustBeAReportTheAgencyMaySeeOrOneThePlatformFlagged() {
        String mine = submitted(STEVENAGE, report(email(), "07700 900777", "WATFORD", "2026-11-01T10:00:00Z")).getString("id");
        String theirs = submitted(WATFORD, report(email(), "07700 900778", "WATFORD", "2026-11-01T10:00:00Z")).getString("id");

        given().auth().oauth2(STEVENAGE).contentType(ContentType.JSON)
                .body("{\"duplicateOf\":\"" + theirs + "\"}").post("/api/v1/reports/{id}/duplicate-of", mine)
                .then().statusCode(400).body("violations[0].field", equalTo("duplicateOf"));
    }
}
