package org.hatecrime.reporting.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.common.mapper.TypeRef;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.hatecrime.events.EventEnvelope;
import org.hatecrime.events.EventJson;
import org.hatecrime.events.Topics;
import org.hatecrime.testkit.TestEvents;
import org.hatecrime.testkit.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReportSubmissionTest {

    static final String STEVENAGE = ReportSubmissionTestSupport.STEVENAGE;
    static final String WATFORD = ReportSubmissionTestSupport.WATFORD;
    static final String POLICE = ReportSubmissionTestSupport.POLICE;
    static final String BEACON = TestTokens.user("beacon-worker", "victim-care", "beacon");
    static final String ANALYST = TestTokens.user("analyst-herts", "analyst", "herts-csp");

    @Inject
    AgroalDataSource dataSource;

    private static String report(String description) {
        return ReportSubmissionTestSupport.report(description);
    }

    private static String submit(String token, String body) {
        return ReportSubmissionTestSupport.submit(token, body);
    }

    @Test
    void aReportingCentreSubmitsAReportAndGetsItsReference() {
        given().auth().oauth2(STEVENAGE).contentType(ContentType.JSON).body(report("Shouted at on the bus"))
                .header("X-Request-ID", "req-submit-1")
                .when().post("/api/v1/reports")
                .then().statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/reports/[0-9a-f-]{36}"))
                .header("ETag", notNullValue())
                .header("X-Request-ID", "req-submit-1")
                .body("reference", matchesPattern("HC-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}"))
                .body("agency", equalTo("stevenage-centre"))
                .body("status", equalTo("RECEIVED"))
                .body("channel", equalTo("THIRD_PARTY_CENTRE"))
                .body("receivedBy", equalTo("centre-stevenage"))
                .body("consentHistory.recordedBy", org.hamcrest.Matchers.everyItem(equalTo("centre-stevenage")));
    }

    @Test
    void theAgencyThatTookAReportCanReadItBack() {
        String id = submit(STEVENAGE, report("Spat at outside the mosque"));

        given().auth().oauth2(STEVENAGE)
                .when().get("/api/v1/reports/{id}", id)
                .then().statusCode(200)
                .body("id", equalTo(id))
                .body("details.description", equalTo("Spat at outside the mosque"))
                .body("strands", org.hamcrest.Matchers.contains("RACE", "RELIGION_OR_BELIEF"));
    }

    @Test
    void everyFactOfAFullReportReadsBackAsItWasAnswered() {
        String full = """
                {"strands":["DISABILITY","OTHER"],"otherStrand":"age","reporterRole":"WITNESS","anonymous":false,
                 "perceivedBy":"WITNESS","recordedAs":"CRIME","offenceCategory":"HARASSMENT",
                 "incidentTypes":["VERBAL_ABUSE","ONLINE_ABUSE"],"targetedFor":["THOUGHT_TO_HAVE_CHARACTERISTIC"],
                 "injured":true,"propertyDamaged":true,"harm":"a cut lip",
                 "suspects":{"count":2,"description":"two men","knownToVictim":true,"relationshipToVictim":"neighbours"},
                 "witnesses":{"count":3,"contactDetails":"the driver"},
                 "online":{"platform":"a forum","links":["https://example.org/post/1"],"handles":["@someone"]},
                 "occurredAt":"2026-11-19T21:00:00Z","occurredUntil":"2026-11-20T01:30:00Z","district":"WATFORD",
                 "location":{"description":"outside the station","latitude":51.66,"longitude":-0.39},
                 "description":"Followed and shouted at","contact":{"name":"A. Witness","phone":"07700 900456"},
                 "safeContact":{"safeToCall":false,"voicemailAllowed":false,"language":"Polish","interpreterNeeded":true},
                 "consents":{"shareWithPolice":false,"referToSupport":true,"statistics":true,"method":"WRITTEN"}}""";
        for (String token : List.of(STEVENAGE, POLICE)) {
            Map<String, Object> answered = given().auth().oauth2(token).contentType(ContentType.JSON).body(full)
                    .when().post("/api/v1/reports")
                    .then().statusCode(201).extract().as(new TypeRef<>() { });

            Map<String, Object> read = given().auth().oauth2(token).get("/api/v1/reports/{id}", answered.get("id"))
                    .then().statusCode(200).extract().as(new TypeRef<>() { });

            assertThat(read).isEqualTo(answered);
            assertThat(read).containsEntry("reporterRole", "WITNESS").containsEntry("offenceCategory", "HARASSMENT")
                    .containsEntry("incidentTypes", List.of("VERBAL_ABUSE", "ONLINE_ABUSE")).containsEntry("suspectCount", 2)
                    .containsEntry("suspectKnownToVictim", true).containsEntry("witnessCount", 3).containsEntry("district", "WATFORD");
        }
    }

    @Test
    void anotherCentreGetsNotFoundAsIfTheReportDidNotExist() {
        String id = submit(STEVENAGE, report("Graffiti on the door"));

        String otherAgency = given().auth().oauth2(WATFORD).when().get("/api/v1/reports/{id}", id)
                .then().statusCode(404).contentType("application/problem+json").extract().asString();
        String missing = given().auth().oauth2(WATFORD).when().get("/api/v1/reports/{id}", UUID.randomUUID())
                .then().statusCode(404).extract().asString();

        assertThat(stripIds(otherAgency)).isEqualTo(stripIds(missing));
    }

    @Test
    void withoutATokenSubmittingIsUnauthorised() {
        given().contentType(ContentType.JSON).body(report("no token"))
                .when().post("/api/v1/reports")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"));
    }

    @Test
    void withoutATokenReadingIsUnauthorised() {
        given().when().get("/api/v1/reports/{id}", UUID.randomUUID()).then().statusCode(401);
    }

    @Test
    void aVictimServiceCannotSubmitReports() {
        given().auth().oauth2(BEACON).contentType(ContentType.JSON).body(report("wrong role"))
                .when().post("/api/v1/reports")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("https://hatecrime.example/problems/forbidden"));
    }

    @Test
    void thePoliceCannotReadAReportThatWasNotSharedWithThem() {
        String id = submit(STEVENAGE, report("not shared with police"));

        given().auth().oauth2(POLICE).when().get("/api/v1/reports/{id}", id).then().statusCode(404);
    }

    @Test
    void anAnalystCannotReadReports() {
        String id = submit(STEVENAGE, report("read by wrong role"));

        given().auth().oauth2(ANALYST).when().get("/api/v1/reports/{id}", id).then().statusCode(403);
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() {
        given().auth().oauth2(TestTokens.forAnotherAudience("reporting-centre", "stevenage-centre"))
                .contentType(ContentType.JSON).body(report("other audience"))
                .when().post("/api/v1/reports")
                .then().statusCode(401);
    }

    @Test
    void aSubmittedReportIsAnnouncedWithoutItsDescription() {
        String marker = "marker-" + UUID.randomUUID();
        String requestId = "req-" + UUID.randomUUID();
        String id = given().auth().oauth2(STEVENAGE).contentType(ContentType.JSON).body(report(marker))
                .header("X-Request-ID", requestId)
                .when().post("/api/v1/reports").then().statusCode(201).extract().path("id");

        ConsumerRecord<String, String> record = TestEvents.awaitRecord(Topics.REPORTS, r -> id.equals(r.key()), Duration.ofSeconds(20));
        EventEnvelope event = EventJson.read(record.value());

        assertThat(event.type()).isEqualTo("report.submitted.v1");
        assertThat(event.subject()).isEqualTo(id);
        assertThat(event.source()).isEqualTo("reporting-service");
        assertThat(event.requestId()).isEqualTo(requestId);
        assertThat(record.headers().lastHeader("X-Request-ID").value()).isEqualTo(requestId.getBytes());
        assertThat(event.payload().get("district").asText()).isEqualTo("STEVENAGE");
        assertThat(event.payload().get("consents").get("statistics").asBoolean()).isFalse();
        assertThat(record.value()).doesNotContain(marker);
    }

    @Test
    void commitToPublishLatencyIsExposedAsAMetric() {
        String id = submit(STEVENAGE, report("measured"));
        TestEvents.awaitRecord(Topics.REPORTS, r -> id.equals(r.key()), Duration.ofSeconds(20));

        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                given().get("/q/metrics").then().statusCode(200)
                        .body(containsString("hatecrime_outbox_commit_to_publish_seconds_count")));
    }

    @Test
    void submittingAndReadingAreBothAudited() throws Exception {
        String id = submit(STEVENAGE, report("audited"));
        given().auth().oauth2(STEVENAGE).when().get("/api/v1/reports/{id}", id).then().statusCode(200);

        assertThat(auditedActions(id)).containsExactly("report.create:centre-stevenage:stevenage-centre",
                "report.read:centre-stevenage:stevenage-centre");
    }

    @Test
    void aRefusedReadIsNotRecordedAsAnAccess() throws Exception {
        String id = submit(STEVENAGE, report("not read by others"));
        given().auth().oauth2(WATFORD).when().get("/api/v1/reports/{id}", id).then().statusCode(404);

        assertThat(auditedActions(id)).containsExactly("report.create:centre-stevenage:stevenage-centre");
    }

    private java.util.List<String> auditedActions(String id) throws Exception {
        java.util.List<String> actions = new java.util.ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select action, actor, agency from audit_log where object_id = ? order by seq")) {
            select.setString(1, id);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    actions.add(rows.getString(1) + ":" + rows.getString(2) + ":" + rows.getString(3));
                }
            }
        }
        return actions;
    }

    private static String stripIds(String problem) {
        return problem.replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "<id>")
                .replaceAll("\"requestId\":\"[^\"]*\"", "");
    }
}
