package org.hatecrime.victimcare.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.both;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hatecrime.victimcare.api.VictimCareTestSupport.BEACON;
import static org.hatecrime.victimcare.api.VictimCareTestSupport.CENTRE;
import static org.hatecrime.victimcare.api.VictimCareTestSupport.GALOP;
import static org.hatecrime.victimcare.api.VictimCareTestSupport.assessment;

import com.fasterxml.jackson.databind.JsonNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hatecrime.events.EventJson;
import org.hatecrime.events.Topics;
import org.hatecrime.testkit.TestEvents;
import org.junit.jupiter.api.Test;

/** Needs assessments of a referred victim, through the API, with their event and audit trail. */
@QuarkusTest
class NeedsAssessmentWorkTest {

    static final Duration WITHIN = Duration.ofSeconds(20);

    @Inject
    AgroalDataSource dataSource;

    static ValidatableResponse assess(String token, String referralId, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/v1/referrals/{id}/needs-assessments", referralId).then();
    }

    @Test
    void anAssessmentIsRecordedAppliedToTheReferralAndAnnouncedWithoutNotes() {
        String id = VictimCareTestSupport.sentReferral();

        assess(BEACON, id, assessment("HIGH", "INTIMIDATED", "cannot sleep")).statusCode(201)
                .body("riskLevel", equalTo("HIGH")).body("latest", equalTo(true)).body("assessedBy", equalTo("beacon-worker"))
                .body("enhancedRightsReason", equalTo("INTIMIDATED"))
                .body("needs", hasSize(9)).body("needs[0].notes", equalTo("cannot sleep")).body("needs[1].notes", nullValue());

        given().auth().oauth2(BEACON).get("/api/v1/referrals/{id}", id).then().statusCode(200)
                .body("enhancedRights", equalTo(true)).body("enhancedRightsReason", equalTo("INTIMIDATED"));
        String event = TestEvents.awaitRecord(Topics.REFERRALS, r -> id.equals(r.key()) && r.value().contains("needs.assessed.v1"), WITHIN)
                .value();
        JsonNode payload = EventJson.read(event).payload();
        assertThat(payload.get("riskLevel").asText()).isEqualTo("HIGH");
        assertThat(payload.get("agency").asText()).isEqualTo("beacon");
        assertThat(payload.get("enhancedRights").asBoolean()).isTrue();
        assertThat(payload.get("domains").get("EMOTIONAL").asText()).isEqualTo("LOW");
        assertThat(payload.get("domains").size()).isEqualTo(9);
        assertThat(event).doesNotContain("cannot sleep");
    }

    @Test
    void reassessmentsKeepTheHistoryAndTheLatestCounts() {
        String id = VictimCareTestSupport.sentReferral();
        assess(BEACON, id, assessment("HIGH", "VULNERABLE", null)).statusCode(201);
        assess(BEACON, id, assessment("STANDARD", null, "much better")).statusCode(201);

        given().auth().oauth2(BEACON).get("/api/v1/referrals/{id}/needs-assessments", id).then().statusCode(200)
                .body("", hasSize(2))
                .body("[0].riskLevel", equalTo("STANDARD")).body("[0].latest", equalTo(true)).body("[0].needs[0].notes", equalTo("much better"))
                .body("[1].riskLevel", equalTo("HIGH")).body("[1].latest", equalTo(false));
        given().auth().oauth2(BEACON).get("/api/v1/referrals/{id}", id).then()
                .body("enhancedRights", equalTo(false)).body("enhancedRightsReason", nullValue());
    }

    @Test
    void readingTheAssessmentsIsAuditedAsAReadOfPersonalData() throws Exception {
        String id = VictimCareTestSupport.sentReferral();
        assess(BEACON, id, assessment("MEDIUM", null, "notes")).statusCode(201);
        given().auth().oauth2(BEACON).get("/api/v1/referrals/{id}/needs-assessments", id).then().statusCode(200);

        assertThat(auditOf(id)).contains("beacon-worker needs-assessment.record", "beacon-worker needs-assessment.read");
        assertThat(purposeOf(id, "needs-assessment.read")).contains("notes");
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyRecordsOneAssessment() {
        String id = VictimCareTestSupport.sentReferral();
        String key = "assess-" + UUID.randomUUID();
        String body = assessment("MEDIUM", null, "first visit");

        String first = given().auth().oauth2(BEACON).contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/api/v1/referrals/{id}/needs-assessments", id).then().statusCode(201).extract().path("id");
        given().auth().oauth2(BEACON).contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/api/v1/referrals/{id}/needs-assessments", id).then().statusCode(200).body("id", equalTo(first));
        given().auth().oauth2(BEACON).contentType(ContentType.JSON).header("Idempotency-Key", key).body(assessment("HIGH", null, null))
                .post("/api/v1/referrals/{id}/needs-assessments", id).then().statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(BEACON).contentType(ContentType.JSON).header("Idempotency-Key", "bad key!").body(body)
                .post("/api/v1/referrals/{id}/needs-assessments", id).then().statusCode(400).body("violations[0].field", equalTo("Idempotency-Key"));

        given().auth().oauth2(BEACON).get("/api/v1/referrals/{id}/needs-assessments", id).then().body("", hasSize(1));
    }

    @Test
    void badInputIsAProblemNamingTheFieldNeverA5xx() {
        String id = VictimCareTestSupport.sentReferral();

        assess(BEACON, id, assessment("LOW", null, null)).statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("needs[2].level"));
        assess(BEACON, id, assessment("HIGH", null, null).replace("\"ONLINE_SAFETY\"", "\"EMOTIONAL\"")).statusCode(400)
                .body("violations[0].field", equalTo("needs[8].domain"));
        assess(BEACON, id, assessment("HIGH", null, null).replace("\"ONLINE_SAFETY\"", "\"ASTROLOGY\"")).statusCode(400)
                .contentType("application/problem+json");
        assess(BEACON, id, "{\"needs\":[],\"enhancedRights\":false}").statusCode(400).body("violations[0].field", equalTo("needs"));
        assess(BEACON, id, assessment("HIGH", null, null).replace("\"enhancedRights\":false", "\"enhancedRights\":true")).statusCode(400)
                .body("violations[0].field", equalTo("enhancedRightsReason"));
        assess(BEACON, id, assessment("HIGH", null, "x".repeat(4001))).statusCode(400).body("violations[0].field", equalTo("needs[0].notes"));
        assess(BEACON, id, "{\"needs\":").statusCode(400);
        assess(BEACON, id, "{}").statusCode(400);
        given().auth().oauth2(BEACON).get("/api/v1/referrals/{id}/needs-assessments", "not-a-uuid").then()
                .statusCode(both(greaterThanOrEqualTo(400)).and(lessThan(500)));
        given().auth().oauth2(BEACON).get("/api/v1/referrals/{id}/needs-assessments", id).then().body("", hasSize(0));
    }

    @Test
    void aReferralThatEndedIsNotAssessed() {
        String id = VictimCareTestSupport.sentReferral();
        ReferralWorkTest.change(BEACON, id, "{\"status\":\"CLOSED\",\"reasonCode\":\"DUPLICATE\"}").statusCode(200);

        assess(BEACON, id, assessment("HIGH", null, null)).statusCode(409).contentType("application/problem+json");
    }

    @Test
    void anotherServiceSeesNoAssessmentAndCannotRecordOne() {
        String id = VictimCareTestSupport.sentReferral();
        assess(BEACON, id, assessment("HIGH", null, "private")).statusCode(201);

        assess(GALOP, id, assessment("HIGH", null, null)).statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(GALOP).get("/api/v1/referrals/{id}/needs-assessments", id).then().statusCode(404);
        assess(CENTRE, id, assessment("HIGH", null, null)).statusCode(403);
        given().auth().oauth2(CENTRE).get("/api/v1/referrals/{id}/needs-assessments", id).then().statusCode(403);
        given().contentType(ContentType.JSON).body(assessment("HIGH", null, null)).post("/api/v1/referrals/{id}/needs-assessments", id)
                .then().statusCode(401);
        given().get("/api/v1/referrals/{id}/needs-assessments", id).then().statusCode(401);
        given().auth().oauth2(BEACON).get("/api/v1/referrals/{id}/needs-assessments", UUID.randomUUID()).then().statusCode(404);
    }

    private List<String> auditOf(String referralId) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select actor, action from audit_log where object_id = ? order by seq")) {
            s.setString(1, referralId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(r.getString(1) + " " + r.getString(2));
                }
            }
        }
        return rows;
    }

    private String purposeOf(String referralId, String action) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select purpose from audit_log where object_id = ? and action = ?")) {
            s.setString(1, referralId);
            s.setString(2, action);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }
}
