package org.hatecrime.victimcare.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.hatecrime.events.EventEnvelope;
import org.hatecrime.events.EventJson;
import org.hatecrime.events.Topics;
import org.hatecrime.testkit.SampleEvents;
import org.hatecrime.testkit.TestEvents;
import org.hatecrime.testkit.TestTokens;
import org.junit.jupiter.api.Test;

/** A referral from a report, worked by the service it went to, from acknowledgement to closure. */
@QuarkusTest
class ReferralWorkTest {

    static final String BEACON = TestTokens.user("beacon-worker", "victim-care", "beacon");
    static final String GALOP = TestTokens.user("galop-worker", "victim-care", "galop");
    static final String CENTRE = TestTokens.user("centre-stevenage", "reporting-centre", "stevenage-centre");
    static final String NO_PROVIDER = TestTokens.user("council-worker", "victim-care", "some-council");
    static final Duration WITHIN = Duration.ofSeconds(20);

    /** Publishes a referral request for a new report and returns the referral it opened, once it did. */
    static String referred(String provider, String victimKey) {
        UUID reportId = UUID.randomUUID();
        publish(reportId, SampleEvents.referralRequested(reportId, provider, List.of("RACE"), "STEVENAGE", victimKey));
        return awaitReferralOf(reportId, provider);
    }

    static void publish(UUID reportId, EventEnvelope event) {
        TestEvents.publish(Topics.REPORTS, reportId.toString(), EventJson.write(event));
    }

    static String awaitReferralOf(UUID reportId, String provider) {
        String token = provider.equals("galop") ? GALOP : BEACON;
        return Awaitility.await().atMost(WITHIN).until(() -> given().auth().oauth2(token).queryParam("size", 100).get("/api/v1/referrals")
                .then().statusCode(200).extract().jsonPath().<String>getList("findAll { it.reportId == '" + reportId + "' }.id"),
                ids -> ids.size() == 1).get(0);
    }

    static ValidatableResponse change(String token, String referralId, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/v1/referrals/{id}/status-changes", referralId).then();
    }

    static String victimKey() {
        return (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "");
    }

    @Test
    void aReferralFromAReportIsInTheProvidersQueueAndAnnounced() {
        String id = referred("beacon", null);

        given().auth().oauth2(BEACON).get("/api/v1/referrals/{id}", id).then().statusCode(200)
                .body("status", equalTo("SENT")).body("source", equalTo("REPORT")).body("district", equalTo("STEVENAGE"))
                .body("history.to", equalTo(List.of("REQUESTED", "SENT")));
        List<String> types = List.of("referral.created.v1", "referral.sent.v1");
        for (String type : types) {
            String event = TestEvents.awaitRecord(Topics.REFERRALS, r -> id.equals(r.key()) && r.value().contains(type), WITHIN).value();
            assertThat(EventJson.read(event).payload().get("provider").asText()).isEqualTo("beacon");
        }
    }

    @Test
    void theServiceWorksTheReferralToItsOutcomeWithReasonsActorsAndTimes() {
        String id = referred("beacon", null);

        change(BEACON, id, "{\"status\":\"ACKNOWLEDGED\"}").statusCode(200).body("status", equalTo("ACKNOWLEDGED"));
        change(BEACON, id, "{\"status\":\"CONTACT_ATTEMPTED\"}").statusCode(200);
        change(BEACON, id, "{\"status\":\"CONTACT_ATTEMPTED\"}").statusCode(200);
        change(BEACON, id, "{\"status\":\"UNABLE_TO_CONTACT\"}").statusCode(400)
                .body("violations[0].field", equalTo("reasonCode"));
        change(BEACON, id, "{\"status\":\"UNABLE_TO_CONTACT\",\"reasonCode\":\"NO_RESPONSE_AFTER_3_ATTEMPTS\"}").statusCode(200);
        change(BEACON, id, "{\"status\":\"ACCEPTED\"}").statusCode(409).contentType("application/problem+json");
        change(BEACON, id, "{\"status\":\"CLOSED\",\"reasonCode\":\"OUTCOME_RECORDED\"}").statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("history.to", equalTo(List.of("REQUESTED", "SENT", "ACKNOWLEDGED", "CONTACT_ATTEMPTED", "CONTACT_ATTEMPTED",
                        "UNABLE_TO_CONTACT", "CLOSED")))
                .body("history[5].reasonCode", equalTo("NO_RESPONSE_AFTER_3_ATTEMPTS"))
                .body("history[5].actor", equalTo("beacon-worker"));

        String declined = TestEvents.awaitRecord(Topics.REFERRALS, r -> id.equals(r.key()) && r.value().contains("referral.declined.v1"),
                WITHIN).value();
        assertThat(EventJson.read(declined).payload().get("status").asText()).isEqualTo("UNABLE_TO_CONTACT");
        assertThat(EventJson.read(declined).payload().get("reasonCode").asText()).isEqualTo("NO_RESPONSE_AFTER_3_ATTEMPTS");
    }

    @Test
    void anUnknownStatusFilterIsRefusedNamingIt() {
        given().auth().oauth2(BEACON).queryParam("status", "OPEN").get("/api/v1/referrals")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("status"));
        given().auth().oauth2(BEACON).queryParam("status", "SENT").get("/api/v1/referrals").then().statusCode(200);
    }

    @Test
    void aFreeTextReasonIsRefusedBecauseReasonsArePublished() {
        String id = referred("beacon", null);
        change(BEACON, id, "{\"status\":\"ACKNOWLEDGED\"}").statusCode(200);

        change(BEACON, id, "{\"status\":\"NOT_ELIGIBLE\",\"reasonCode\":\"lives in Luton, 12 Some Street\"}").statusCode(400)
                .body("violations[0].field", equalTo("reasonCode"));
    }

    @Test
    void aStaleETagIsRefusedSoNoColleaguesMoveIsOverwritten() {
        String id = referred("beacon", null);
        String etag = given().auth().oauth2(BEACON).get("/api/v1/referrals/{id}", id).then().extract().header("ETag");
        change(BEACON, id, "{\"status\":\"ACKNOWLEDGED\"}").statusCode(200);

        given().auth().oauth2(BEACON).contentType(ContentType.JSON).header("If-Match", etag).body("{\"status\":\"CONTACT_ATTEMPTED\"}")
                .post("/api/v1/referrals/{id}/status-changes", id).then().statusCode(412);
    }

    @Test
    void anotherServiceSeesNothingOfTheReferralAndCannotMoveIt() {
        String id = referred("beacon", null);

        given().auth().oauth2(GALOP).get("/api/v1/referrals/{id}", id).then().statusCode(404).contentType("application/problem+json");
        change(GALOP, id, "{\"status\":\"ACKNOWLEDGED\"}").statusCode(404);
        assertThat(given().auth().oauth2(GALOP).queryParam("size", 100).get("/api/v1/referrals").then().statusCode(200)
                .extract().jsonPath().<String>getList("id")).doesNotContain(id);
        given().auth().oauth2(CENTRE).get("/api/v1/referrals/{id}", id).then().statusCode(403);
        given().get("/api/v1/referrals/{id}", id).then().statusCode(401);
    }

    @Test
    void aWithdrawnReportStopsContactAtOnce() {
        UUID reportId = UUID.randomUUID();
        publish(reportId, SampleEvents.referralRequested(reportId, "beacon", List.of("RACE"), "STEVENAGE"));
        String id = awaitReferralOf(reportId, "beacon");
        change(BEACON, id, "{\"status\":\"ACKNOWLEDGED\"}").statusCode(200);

        publish(reportId, SampleEvents.withdrawn(reportId, "VICTIM_REQUEST"));
        Awaitility.await().atMost(WITHIN).until(() -> given().auth().oauth2(BEACON).get("/api/v1/referrals/{id}", id)
                .then().extract().<Boolean>path("contactStopped"));

        change(BEACON, id, "{\"status\":\"CONTACT_ATTEMPTED\"}").statusCode(409);
        change(BEACON, id, "{\"status\":\"CLOSED\",\"reasonCode\":\"REPORT_WITHDRAWN\"}").statusCode(200);
    }

    @Test
    void consentToSupportWithdrawnStopsContactAndGivenAgainAllowsIt() {
        UUID reportId = UUID.randomUUID();
        publish(reportId, SampleEvents.referralRequested(reportId, "beacon", List.of("RACE"), "STEVENAGE"));
        String id = awaitReferralOf(reportId, "beacon");

        publish(reportId, SampleEvents.consentChanged(reportId, "REFER_TO_SUPPORT", false));
        Awaitility.await().atMost(WITHIN).until(() -> given().auth().oauth2(BEACON).get("/api/v1/referrals/{id}", id)
                .then().extract().<Boolean>path("contactStopped"));
        publish(reportId, SampleEvents.consentChanged(reportId, "REFER_TO_SUPPORT", true));
        Awaitility.await().atMost(WITHIN).until(() -> !given().auth().oauth2(BEACON).get("/api/v1/referrals/{id}", id)
                .then().extract().<Boolean>path("contactStopped"));
    }

    @Test
    void aSecondReferralOfTheSameVictimToTheSameProviderJoinsTheOpenOne() {
        String key = victimKey();
        String first = referred("beacon", key);
        UUID laterReport = UUID.randomUUID();
        publish(laterReport, SampleEvents.referralRequested(laterReport, "beacon", List.of("RACE"), "STEVENAGE", key));
        // the same victim to another provider is a referral of its own
        String toGalop = referred("galop", key);

        given().auth().oauth2(GALOP).get("/api/v1/referrals/{id}", toGalop).then().statusCode(200);
        List<String> beaconReferralsOfTheVictim = given().auth().oauth2(BEACON).queryParam("size", 100).get("/api/v1/referrals")
                .then().extract().jsonPath().getList("findAll { it.reportId == '" + laterReport + "' }.id");
        assertThat(beaconReferralsOfTheVictim).isEmpty();
        given().auth().oauth2(BEACON).get("/api/v1/referrals/{id}", first).then().statusCode(200).body("status", equalTo("SENT"));
    }

    @Test
    void theSameEventDeliveredTwiceOpensOneReferral() {
        UUID reportId = UUID.randomUUID();
        EventEnvelope event = SampleEvents.referralRequested(reportId, "beacon", List.of("RACE"), "STEVENAGE");
        publish(reportId, event);
        publish(reportId, event);
        String id = awaitReferralOf(reportId, "beacon");
        // a later event of the same report in the same partition proves both copies were consumed
        publish(reportId, SampleEvents.withdrawn(reportId, "VICTIM_REQUEST"));
        Awaitility.await().atMost(WITHIN).until(() -> given().auth().oauth2(BEACON).get("/api/v1/referrals/{id}", id)
                .then().extract().<Boolean>path("contactStopped"));

        assertThat(awaitReferralOf(reportId, "beacon")).isEqualTo(id);
    }

    @Test
    void aServiceOpensAReferralItselfAfterAPhoneCall() {
        String id = given().auth().oauth2(BEACON).contentType(ContentType.JSON)
                .body("{\"district\":\"WATFORD\",\"strands\":[\"DISABILITY\"],\"consentedAt\":\"2026-11-22T10:00:00Z\"}")
                .post("/api/v1/referrals").then().statusCode(201)
                .body("source", equalTo("DIRECT")).body("provider", equalTo("beacon")).body("status", equalTo("SENT"))
                .extract().path("id");

        given().auth().oauth2(GALOP).get("/api/v1/referrals/{id}", id).then().statusCode(404);
        given().auth().oauth2(NO_PROVIDER).contentType(ContentType.JSON).body("{\"consentedAt\":\"2026-11-22T10:00:00Z\"}")
                .post("/api/v1/referrals").then().statusCode(403);
        given().auth().oauth2(BEACON).contentType(ContentType.JSON).body("{\"consentedAt\":\"2999-01-01T00:00:00Z\"}")
                .post("/api/v1/referrals").then().statusCode(400).body("violations[0].field", equalTo("consentedAt"));
        given().auth().oauth2(BEACON).contentType(ContentType.JSON).body("{\"consentedAt\":\"2026-11-22T10:00:00Z\",\"strands\":[\"ASTROLOGY\"]}")
                .post("/api/v1/referrals").then().statusCode(400);
        // found by fuzzing: a strand left empty in the list was a server error
        given().auth().oauth2(BEACON).contentType(ContentType.JSON).body("{\"consentedAt\":\"2026-11-22T10:00:00Z\",\"strands\":[\"DISABILITY\",null]}")
                .post("/api/v1/referrals").then().statusCode(400).contentType("application/problem+json");
    }
}
