package org.hatecrime.cases.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.hatecrime.events.EventJson;
import org.hatecrime.events.Topics;
import org.hatecrime.testkit.SampleEvents;
import org.hatecrime.testkit.TestEvents;
import org.hatecrime.testkit.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReceivedReportTest {

    static final String HERTS = TestTokens.system("police-herts-rms", "police", "herts-police");
    static final String BEDS = TestTokens.system("police-beds-rms", "police", "beds-police");
    static final String BEACON = TestTokens.user("beacon-worker", "victim-care", "beacon");
    static final Duration WITHIN = Duration.ofSeconds(20);

    private static UUID publishShared(String force) {
        return publishShared(null, force);
    }

    /** Records with one key share a partition and arrive in order; null keys by the report id. */
    private static UUID publishShared(String key, String force) {
        UUID reportId = UUID.randomUUID();
        TestEvents.publish(Topics.REPORTS, key == null ? reportId.toString() : key, EventJson.write(
                SampleEvents.sharedWithPolice(reportId, force, List.of("SEXUAL_ORIENTATION"), "ST_ALBANS")));
        return reportId;
    }

    private static void awaitVisibleToHerts(UUID reportId) {
        Awaitility.await().atMost(WITHIN).until(() ->
                given().auth().oauth2(HERTS).get("/api/v1/cases/received-reports/{id}", reportId).statusCode() == 200);
    }

    @Test
    void aReportSharedWithAForceReachesThatForce() {
        UUID reportId = publishShared("herts-police");

        awaitVisibleToHerts(reportId);
        given().auth().oauth2(HERTS).get("/api/v1/cases/received-reports/{id}", reportId)
                .then().statusCode(200)
                .body("district", equalTo("ST_ALBANS"))
                .body("strands", contains("SEXUAL_ORIENTATION"));
    }

    @Test
    void aSubmittedReportThatWasNotSharedNeverReachesThePolice() {
        UUID notShared = UUID.randomUUID();
        TestEvents.publish(Topics.REPORTS, notShared.toString(), EventJson.write(
                SampleEvents.reportSubmitted(notShared, List.of("RACE"), "ST_ALBANS", true, true, true)));
        UUID shared = publishShared(notShared.toString(), "herts-police");

        // same key, same partition: once the later event is applied, the earlier one was processed
        awaitVisibleToHerts(shared);
        given().auth().oauth2(HERTS).get("/api/v1/cases/received-reports/{id}", notShared).then().statusCode(404);
    }

    @Test
    void theForcesCrimeReferenceIsShownOnceItAcknowledged() {
        UUID reportId = publishShared("herts-police");
        TestEvents.publish(Topics.REPORTS, reportId.toString(),
                EventJson.write(SampleEvents.policeAcknowledged(reportId, "herts-police", "41/12345/26")));

        Awaitility.await().atMost(WITHIN).until(() -> "41/12345/26".equals(
                given().auth().oauth2(HERTS).get("/api/v1/cases/received-reports/{id}", reportId).then().extract().path("crimeReference")));
    }

    @Test
    void theForceSeesWhenTheVictimWithdrawsTheReportOrTheirConsentToShareIt() {
        UUID reportId = publishShared("herts-police");
        awaitVisibleToHerts(reportId);

        TestEvents.publish(Topics.REPORTS, reportId.toString(),
                EventJson.write(SampleEvents.consentChanged(reportId, "SHARE_WITH_POLICE", false)));
        TestEvents.publish(Topics.REPORTS, reportId.toString(), EventJson.write(SampleEvents.withdrawn(reportId, "VICTIM_REQUEST")));

        Awaitility.await().atMost(WITHIN).untilAsserted(() -> given().auth().oauth2(HERTS)
                .get("/api/v1/cases/received-reports/{id}", reportId)
                .then().statusCode(200)
                .body("withdrawalReason", equalTo("VICTIM_REQUEST"))
                .body("withdrawnAt", notNullValue())
                .body("sharingConsentWithdrawnAt", notNullValue()));
    }

    @Test
    void consentToShareGivenAgainClearsItsWithdrawal() {
        UUID reportId = publishShared("herts-police");
        awaitVisibleToHerts(reportId);
        TestEvents.publish(Topics.REPORTS, reportId.toString(),
                EventJson.write(SampleEvents.consentChanged(reportId, "SHARE_WITH_POLICE", false)));
        TestEvents.publish(Topics.REPORTS, reportId.toString(),
                EventJson.write(SampleEvents.consentChanged(reportId, "REFER_TO_SUPPORT", false)));
        TestEvents.publish(Topics.REPORTS, reportId.toString(),
                EventJson.write(SampleEvents.consentChanged(reportId, "SHARE_WITH_POLICE", true)));
        UUID marker = publishShared(reportId.toString(), "herts-police");

        // same key, same partition: once the marker is visible, the consent events were applied
        awaitVisibleToHerts(marker);
        given().auth().oauth2(HERTS).get("/api/v1/cases/received-reports/{id}", reportId)
                .then().statusCode(200)
                .body("sharingConsentWithdrawnAt", nullValue())
                .body("withdrawnAt", nullValue());
    }

    private static List<String> listedForHerts(String status) {
        return given().auth().oauth2(HERTS).queryParam("size", 100).queryParam("status", status)
                .get("/api/v1/cases/received-reports").then().statusCode(200).extract().path("reportId");
    }

    @Test
    void aWithdrawnReportLeavesTheForcesListAndIsListedOnRequest() {
        UUID live = publishShared("herts-police");
        UUID withdrawn = publishShared("herts-police");
        UUID consentWithdrawn = publishShared("herts-police");
        TestEvents.publish(Topics.REPORTS, withdrawn.toString(), EventJson.write(SampleEvents.withdrawn(withdrawn, "VICTIM_REQUEST")));
        TestEvents.publish(Topics.REPORTS, consentWithdrawn.toString(),
                EventJson.write(SampleEvents.consentChanged(consentWithdrawn, "SHARE_WITH_POLICE", false)));
        Awaitility.await().atMost(WITHIN).untilAsserted(() -> given().auth().oauth2(HERTS)
                .get("/api/v1/cases/received-reports/{id}", withdrawn).then().statusCode(200).body("withdrawnAt", notNullValue()));
        Awaitility.await().atMost(WITHIN).untilAsserted(() -> given().auth().oauth2(HERTS)
                .get("/api/v1/cases/received-reports/{id}", consentWithdrawn).then().statusCode(200)
                .body("sharingConsentWithdrawnAt", notNullValue()));

        List<String> byDefault = given().auth().oauth2(HERTS).queryParam("size", 100)
                .get("/api/v1/cases/received-reports").then().statusCode(200).extract().path("reportId");
        assertThat(byDefault).contains(live.toString(), consentWithdrawn.toString()).doesNotContain(withdrawn.toString());
        assertThat(listedForHerts("ACTIVE")).contains(live.toString(), consentWithdrawn.toString()).doesNotContain(withdrawn.toString());
        assertThat(listedForHerts("WITHDRAWN")).contains(withdrawn.toString())
                .doesNotContain(live.toString(), consentWithdrawn.toString());
        assertThat(listedForHerts("ALL")).contains(live.toString(), withdrawn.toString(), consentWithdrawn.toString());
        given().auth().oauth2(HERTS).queryParam("status", "WITHDRAWN").queryParam("size", 100).get("/api/v1/cases/received-reports")
                .then().statusCode(200)
                .body("find { it.reportId == '" + withdrawn + "' }.withdrawalReason", equalTo("VICTIM_REQUEST"));

        // another force lists it under no status, and cannot read it
        for (String status : List.of("ACTIVE", "WITHDRAWN", "ALL")) {
            List<String> bedsSees = given().auth().oauth2(BEDS).queryParam("size", 100).queryParam("status", status)
                    .get("/api/v1/cases/received-reports").then().statusCode(200).extract().path("reportId");
            assertThat(bedsSees).doesNotContain(live.toString(), withdrawn.toString(), consentWithdrawn.toString());
        }
        given().auth().oauth2(BEDS).get("/api/v1/cases/received-reports/{id}", withdrawn).then().statusCode(404);
    }

    @Test
    void anUnknownStatusIsRefusedNamingIt() {
        given().auth().oauth2(HERTS).queryParam("status", "CLOSED").get("/api/v1/cases/received-reports")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains("status"));
        given().auth().oauth2(HERTS).queryParam("stage", "FILED").get("/api/v1/cases")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains("stage"));
    }

    @Test
    void anotherForceGetsNotFound() {
        UUID reportId = publishShared("herts-police");
        awaitVisibleToHerts(reportId);

        given().auth().oauth2(BEDS).get("/api/v1/cases/received-reports/{id}", reportId)
                .then().statusCode(404).contentType("application/problem+json");
        List<String> bedsSees = given().auth().oauth2(BEDS).get("/api/v1/cases/received-reports")
                .then().statusCode(200).extract().path("reportId");
        assertThat(bedsSees).doesNotContain(reportId.toString());
    }

    @Test
    void anEventDeliveredTwiceIsAppliedOnce() {
        UUID reportId = UUID.randomUUID();
        String record = EventJson.write(SampleEvents.sharedWithPolice(reportId, "herts-police", List.of("RACE"), "STEVENAGE"));
        TestEvents.publish(Topics.REPORTS, reportId.toString(), record);
        TestEvents.publish(Topics.REPORTS, reportId.toString(), record);
        UUID marker = publishShared(reportId.toString(), "herts-police");

        awaitVisibleToHerts(marker);
        List<String> ids = given().auth().oauth2(HERTS).queryParam("size", 100)
                .get("/api/v1/cases/received-reports").then().statusCode(200).extract().path("reportId");
        assertThat(ids).containsOnlyOnce(reportId.toString());
    }

    @Test
    void withoutATokenItIsUnauthorised() {
        given().get("/api/v1/cases/received-reports").then().statusCode(401);
        given().get("/api/v1/cases/received-reports/{id}", UUID.randomUUID()).then().statusCode(401);
    }

    @Test
    void aVictimServiceMayNotReadPoliceRecords() {
        given().auth().oauth2(BEACON).get("/api/v1/cases/received-reports").then().statusCode(403);
        given().auth().oauth2(BEACON).get("/api/v1/cases/received-reports/{id}", UUID.randomUUID()).then().statusCode(403);
    }
}
