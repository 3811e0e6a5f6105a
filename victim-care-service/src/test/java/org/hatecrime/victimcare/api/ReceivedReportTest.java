package org.hatecrime.victimcare.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.hatecrime.events.EventEnvelope;
import org.hatecrime.events.EventJson;
import org.hatecrime.events.Topics;
import org.hatecrime.testkit.SampleEvents;
import org.hatecrime.testkit.TestEvents;
import org.hatecrime.testkit.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReceivedReportTest {

    static final String BEACON = TestTokens.user("beacon-worker", "victim-care", "beacon");
    static final String GALOP = TestTokens.user("galop-worker", "victim-care", "galop");
    static final String CENTRE = TestTokens.user("centre-stevenage", "reporting-centre", "stevenage-centre");
    static final Duration WITHIN = Duration.ofSeconds(20);

    private static UUID publishReferral(String provider) {
        return publishReferral(null, provider);
    }

    /** Records with one key share a partition and arrive in order; null keys by the report id. */
    private static UUID publishReferral(String key, String provider) {
        UUID reportId = UUID.randomUUID();
        EventEnvelope event = SampleEvents.referralRequested(reportId, provider, List.of("DISABILITY"), "WATFORD");
        TestEvents.publish(Topics.REPORTS, key == null ? reportId.toString() : key, EventJson.write(event));
        return reportId;
    }

    private static void awaitVisibleToBeacon(UUID reportId) {
        Awaitility.await().atMost(WITHIN).until(() ->
                given().auth().oauth2(BEACON).get("/api/v1/referrals/received-reports/{id}", reportId).statusCode() == 200);
    }

    @Test
    void aReferralToBeaconReachesBeacon() {
        UUID reportId = publishReferral("beacon");

        awaitVisibleToBeacon(reportId);
        given().auth().oauth2(BEACON).get("/api/v1/referrals/received-reports/{id}", reportId)
                .then().statusCode(200)
                .body("district", equalTo("WATFORD"))
                .body("strands", contains("DISABILITY"));
    }

    @Test
    void aReferralToAnotherServiceIsNeverShownToBeacon() {
        UUID toGalop = publishReferral("galop");
        UUID toBeacon = publishReferral(toGalop.toString(), "beacon");

        // same key, same partition: once the later report is visible, the earlier one was processed
        awaitVisibleToBeacon(toBeacon);
        given().auth().oauth2(BEACON).get("/api/v1/referrals/received-reports/{id}", toGalop)
                .then().statusCode(404);
        given().auth().oauth2(GALOP).get("/api/v1/referrals/received-reports/{id}", toGalop)
                .then().statusCode(200);
    }

    @Test
    void aReportTheVictimWithdrawsTellsTheServiceToStopContact() {
        UUID reportId = publishReferral("beacon");
        awaitVisibleToBeacon(reportId);
        given().auth().oauth2(BEACON).get("/api/v1/referrals/received-reports/{id}", reportId)
                .then().statusCode(200).body("contactAllowed", equalTo(true));

        TestEvents.publish(Topics.REPORTS, reportId.toString(), EventJson.write(SampleEvents.withdrawn(reportId, "VICTIM_REQUEST")));

        Awaitility.await().atMost(WITHIN).untilAsserted(() -> given().auth().oauth2(BEACON)
                .get("/api/v1/referrals/received-reports/{id}", reportId)
                .then().statusCode(200)
                .body("contactAllowed", equalTo(false))
                .body("withdrawalReason", equalTo("VICTIM_REQUEST"))
                .body("withdrawnAt", notNullValue()));
    }

    @Test
    void aWithdrawnReportLeavesTheServicesListAndIsListedOnRequest() {
        UUID live = publishReferral("beacon");
        UUID withdrawn = publishReferral("beacon");
        awaitVisibleToBeacon(live);
        awaitVisibleToBeacon(withdrawn);
        TestEvents.publish(Topics.REPORTS, withdrawn.toString(), EventJson.write(SampleEvents.withdrawn(withdrawn, "VICTIM_REQUEST")));
        Awaitility.await().atMost(WITHIN).untilAsserted(() -> given().auth().oauth2(BEACON)
                .get("/api/v1/referrals/received-reports/{id}", withdrawn).then().statusCode(200).body("withdrawnAt", notNullValue()));

        assertThat(listed(BEACON, null)).contains(live.toString()).doesNotContain(withdrawn.toString());
        assertThat(listed(BEACON, "WITHDRAWN")).contains(withdrawn.toString()).doesNotContain(live.toString());
        assertThat(listed(BEACON, "ALL")).contains(live.toString(), withdrawn.toString());
        for (String status : new String[] {"ACTIVE", "WITHDRAWN", "ALL"}) {
            assertThat(listed(GALOP, status)).doesNotContain(live.toString(), withdrawn.toString());
        }
        given().auth().oauth2(BEACON).queryParam("status", "CLOSED").get("/api/v1/referrals/received-reports")
                .then().statusCode(400).contentType("application/problem+json").body("violations[0].field", equalTo("status"));
    }

    private static List<String> listed(String token, String status) {
        var request = given().auth().oauth2(token).queryParam("size", 100);
        if (status != null) {
            request = request.queryParam("status", status);
        }
        return request.get("/api/v1/referrals/received-reports").then().statusCode(200).extract().path("reportId");
    }

    @Test
    void withdrawnConsentToSupportStopsContactUntilItIsGivenAgain() {
        UUID reportId = publishReferral("beacon");
        awaitVisibleToBeacon(reportId);

        TestEvents.publish(Topics.REPORTS, reportId.toString(),
                EventJson.write(SampleEvents.consentChanged(reportId, "SHARE_WITH_POLICE", false)));
        TestEvents.publish(Topics.REPORTS, reportId.toString(),
                EventJson.write(SampleEvents.consentChanged(reportId, "REFER_TO_SUPPORT", false)));
        Awaitility.await().atMost(WITHIN).untilAsserted(() -> given().auth().oauth2(BEACON)
                .get("/api/v1/referrals/received-reports/{id}", reportId)
                .then().statusCode(200)
                .body("contactAllowed", equalTo(false))
                .body("supportConsentWithdrawnAt", notNullValue()));

        TestEvents.publish(Topics.REPORTS, reportId.toString(),
                EventJson.write(SampleEvents.consentChanged(reportId, "REFER_TO_SUPPORT", true)));
        Awaitility.await().atMost(WITHIN).untilAsserted(() -> given().auth().oauth2(BEACON)
                .get("/api/v1/referrals/received-reports/{id}", reportId)
                .then().statusCode(200)
                .body("contactAllowed", equalTo(true))
                .body("supportConsentWithdrawnAt", nullValue()));
    }

    @Test
    void anotherVictimServiceGetsNotFound() {
        UUID reportId = publishReferral("beacon");
        awaitVisibleToBeacon(reportId);

        given().auth().oauth2(GALOP).get("/api/v1/referrals/received-reports/{id}", reportId)
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void anEventDeliveredTwiceIsAppliedOnce() {
        UUID reportId = UUID.randomUUID();
        String record = EventJson.write(SampleEvents.referralRequested(reportId, "beacon", List.of("RACE"), "DACORUM"));
        TestEvents.publish(Topics.REPORTS, reportId.toString(), record);
        TestEvents.publish(Topics.REPORTS, reportId.toString(), record);
        UUID marker = publishReferral(reportId.toString(), "beacon");

        awaitVisibleToBeacon(marker);
        List<String> ids = given().auth().oauth2(BEACON).queryParam("size", 100)
                .get("/api/v1/referrals/received-reports").then().statusCode(200).extract().path("reportId");
        assertThat(ids).containsOnlyOnce(reportId.toString());
        assertThat(TestEvents.readAll(Topics.deadLetter("victim-care-service"), Duration.ofSeconds(1)))
                .noneMatch(r -> reportId.toString().equals(r.key()));
    }

    @Test
    void aRecordThatIsNotAnEventGoesToTheDeadLetterTopicWithItsReason() {
        String key = "poison-" + UUID.randomUUID();
        TestEvents.publish(Topics.REPORTS, key, "{not json");

        ConsumerRecord<String, String> dead = TestEvents.awaitRecord(Topics.deadLetter("victim-care-service"),
                r -> key.equals(r.key()), WITHIN);
        String reason = new String(dead.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8);
        assertThat(reason).contains("poison event");
        // and the consumer carries on with the next event on that partition
        awaitVisibleToBeacon(publishReferral(key, "beacon"));
    }

    @Test
    void anEventThatKeepsFailingIsParkedWithItsReasonWhileTheOthersAreAppliedOnce() {
        String key = "failing-" + UUID.randomUUID();
        UUID before = publishReferral(key, "beacon");
        EventEnvelope broken = SampleEvents.referralRequested(UUID.randomUUID(), "beacon", List.of("RACE"), "WATFORD");
        ((ObjectNode) broken.payload()).remove("strands");
        TestEvents.publish(Topics.REPORTS, key, EventJson.write(broken));
        UUID after = publishReferral(key, "beacon");

        ConsumerRecord<String, String> dead = TestEvents.awaitRecord(Topics.deadLetter("victim-care-service"),
                r -> key.equals(r.key()), WITHIN);
        assertThat(EventJson.read(dead.value()).id()).isEqualTo(broken.id());
        String reason = new String(dead.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8);
        assertThat(reason).contains(broken.id().toString()).contains("failed after 3 attempts");
        awaitVisibleToBeacon(after);
        List<String> ids = given().auth().oauth2(BEACON).queryParam("size", 100)
                .get("/api/v1/referrals/received-reports").then().statusCode(200).extract().path("reportId");
        assertThat(ids).containsOnlyOnce(before.toString()).containsOnlyOnce(after.toString());
    }

    @Test
    void listingIsBoundedToAHundred() {
        given().auth().oauth2(BEACON).queryParam("size", 101).get("/api/v1/referrals/received-reports")
                .then().statusCode(400).body("violations.field", contains("size"));
    }

    @Test
    void withoutATokenItIsUnauthorised() {
        given().get("/api/v1/referrals/received-reports").then().statusCode(401);
        given().get("/api/v1/referrals/received-reports/{id}", UUID.randomUUID()).then().statusCode(401);
    }

    @Test
    void aReportingCentreMayNotReadVictimCareRecords() {
        given().auth().oauth2(CENTRE).get("/api/v1/referrals/received-reports").then().statusCode(403);
        given().auth().oauth2(CENTRE).get("/api/v1/referrals/received-reports/{id}", UUID.randomUUID()).then().statusCode(403);
    }
}
