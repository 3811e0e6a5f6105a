package org.hatecrime.reporting.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import org.hatecrime.events.EventEnvelope;
import org.hatecrime.events.EventJson;
import org.hatecrime.events.Topics;
import org.hatecrime.testkit.TestEvents;
import org.hatecrime.testkit.TestTokens;
import org.junit.jupiter.api.Test;

/** From intake to police and support: every move needs the right consent, state and agency. */
@QuarkusTest
class ReportLifecycleTest {

    static final String CENTRE = ReportSubmissionTestSupport.STEVENAGE;
    static final String OTHER_CENTRE = ReportSubmissionTestSupport.WATFORD;
    static final String POLICE = ReportSubmissionTestSupport.POLICE;
    static final String ADMIN = TestTokens.user("admin-herts", "admin", "herts-csp");
    static final String SECOND_ADMIN = TestTokens.user("admin-herts-2", "admin", "herts-csp");
    static final String BEACON_SERVICE = TestTokens.system("victim-care-service", "internal-service", "beacon");
    static final String GALOP_SERVICE = TestTokens.system("galop-system", "internal-service", "galop");

    static String report(boolean shareWithPolice, boolean referToSupport) {
        return """
                {"strands":["DISABILITY"],"description":"Called names at the bus stop","occurredAt":"2026-11-19T08:10:00Z",
                 "district":"WATFORD","contact":{"name":"Sam Example","phone":"07700 900123"},
                 "safeContact":{"safeToCall":true,"safeTimes":"after 6pm","voicemailAllowed":false,"language":"en"},
                 "consents":{"shareWithPolice":%s,"referToSupport":%s,"statistics":true,"method":"VERBAL"}}"""
                .formatted(shareWithPolice, referToSupport);
    }

    static ValidatableResponse post(String token, String path, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body == null ? "{}" : body)
                .when().post(path).then();
    }

    static String triaged(boolean shareWithPolice, boolean referToSupport) {
        String id = ReportSubmissionTestSupport.submit(CENTRE, report(shareWithPolice, referToSupport));
        post(CENTRE, "/api/v1/reports/" + id + "/triage", "{\"recordedAs\":\"CRIME\",\"offenceCategory\":\"PUBLIC_ORDER\"}")
                .statusCode(200).body("status", equalTo("TRIAGED"));
        return id;
    }

    static EventEnvelope awaitEvent(String reportId, String type) {
        return EventJson.read(TestEvents.awaitRecord(Topics.REPORTS,
                r -> reportId.equals(r.key()) && r.value().contains("\"" + type + "\""), Duration.ofSeconds(20)).value());
    }

    @Test
    void aTriagedReportWithConsentIsSharedWithTheForceForItsDistrict() {
        String id = triaged(true, false);

        post(CENTRE, "/api/v1/reports/" + id + "/police-share", null)
                .statusCode(200)
                .body("status", equalTo("SHARED_WITH_POLICE"))
                .body("sharedWithForce", equalTo("herts-police"));

        EventEnvelope shared = awaitEvent(id, "report.shared-with-police.v1");
        assertThat(shared.payload().get("force").asText()).isEqualTo("herts-police");
        assertThat(shared.payload().get("lawfulOverride").asBoolean()).isFalse();
        given().auth().oauth2(POLICE).get("/api/v1/reports/{id}", id).then().statusCode(200)
                .body("details.description", equalTo("Called names at the bus stop"));
    }

    @Test
    void theForceAcknowledgesWithItsCrimeReference() {
        String id = triaged(true, false);
        post(CENTRE, "/api/v1/reports/" + id + "/police-share", null).statusCode(200);

        post(POLICE, "/api/v1/reports/" + id + "/police-acknowledgement", "{\"crimeReference\":\"41/12345/26\"}")
                .statusCode(200).body("crimeReference", equalTo("41/12345/26"));

        EventEnvelope acknowledged = awaitEvent(id, "report.police-acknowledged.v1");
        assertThat(acknowledged.payload().get("crimeReference").asText()).isEqualTo("41/12345/26");
        assertThat(acknowledged.payload().get("force").asText()).isEqualTo("herts-police");
    }

    @Test
    void closingAReportIsAnnounced() {
        String id = triaged(false, false);

        post(CENTRE, "/api/v1/reports/" + id + "/closure", null).statusCode(200).body("status", equalTo("CLOSED"));

        assertThat(awaitEvent(id, "report.closed.v1").payload().get("agency").asText()).isEqualTo("stevenage-centre");
        post(CENTRE, "/api/v1/reports/" + id + "/closure", null).statusCode(409);
    }

    @Test
    void nothingIsSharedWithThePoliceWithoutConsent() {
        String id = triaged(false, true);

        post(CENTRE, "/api/v1/reports/" + id + "/police-share", null)
                .statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(POLICE).get("/api/v1/reports/{id}", id).then().statusCode(404);
    }

    @Test
    void sharingWithoutConsentNeedsASecondAdministratorAndShowsNeitherTheDetails() {
        String id = triaged(false, false);
        String request = "{\"reportId\":\"" + id + "\",\"lawfulBasis\":\"risk to life, safeguarding referral 2026-77\"}";

        post(CENTRE, "/api/v1/lawful-overrides", request).statusCode(403);
        String overrideId = post(ADMIN, "/api/v1/lawful-overrides", request).statusCode(201)
                .body("status", equalTo("REQUESTED")).body("reportReference", notNullValue())
                .body("details", nullValue()).body("sharedWithForce", nullValue())
                .extract().path("id");
        assertThat(given().auth().oauth2(ADMIN).get("/api/v1/lawful-overrides").then().statusCode(200).extract().body().asString())
                .contains(overrideId).doesNotContain("Sam Example").doesNotContain("07700 900123");
        // nothing is shared on one administrator's word
        given().auth().oauth2(POLICE).get("/api/v1/reports/{id}", id).then().statusCode(404);
        post(ADMIN, "/api/v1/lawful-overrides/" + overrideId + "/decision", "{\"decision\":\"APPROVE\"}").statusCode(403);
        post(ADMIN, "/api/v1/lawful-overrides", request).statusCode(409);

        String approval = post(SECOND_ADMIN, "/api/v1/lawful-overrides/" + overrideId + "/decision",
                "{\"decision\":\"APPROVE\",\"note\":\"agreed\"}")
                .statusCode(200).body("status", equalTo("APPROVED")).body("sharedWithForce", equalTo("herts-police"))
                .extract().body().asString();

        assertThat(approval).doesNotContain("Sam Example").doesNotContain("07700 900123");
        assertThat(awaitEvent(id, "report.shared-with-police.v1").payload().get("lawfulOverride").asBoolean()).isTrue();
        given().auth().oauth2(POLICE).get("/api/v1/reports/{id}", id).then().statusCode(200)
                .body("sharedOnLawfulBasis", equalTo(true)).body("details.contact.name", equalTo("Sam Example"));
        post(SECOND_ADMIN, "/api/v1/lawful-overrides/" + overrideId + "/decision", "{\"decision\":\"REFUSE\"}").statusCode(409);
    }

    @Test
    void aRefusedLawfulOverrideSharesNothing() {
        String id = triaged(false, false);
        String overrideId = post(ADMIN, "/api/v1/lawful-overrides",
                "{\"reportId\":\"" + id + "\",\"lawfulBasis\":\"prevention of serious crime, ref 2026-78\"}")
                .statusCode(201).extract().path("id");

        post(SECOND_ADMIN, "/api/v1/lawful-overrides/" + overrideId + "/decision", "{\"decision\":\"REFUSE\"}")
                .statusCode(200).body("status", equalTo("REFUSED"));

        given().auth().oauth2(POLICE).get("/api/v1/reports/{id}", id).then().statusCode(404);
    }

    @Test
    void afterConsentToShareIsWithdrawnTheForceKeepsTheFactsButNotTheDetails() {
        String id = triaged(true, false);
        post(CENTRE, "/api/v1/reports/" + id + "/police-share", null).statusCode(200);
        post(POLICE, "/api/v1/reports/" + id + "/police-acknowledgement", "{\"crimeReference\":\"41/22718/26\"}").statusCode(200);
        given().auth().oauth2(POLICE).get("/api/v1/reports/{id}", id).then().statusCode(200)
                .body("details.contact.name", equalTo("Sam Example"))
                .body("possibleDuplicates", nullValue()).body("earlierReportsFromSameVictim", nullValue());

        given().auth().oauth2(CENTRE).contentType(ContentType.JSON).body("{\"granted\":false,\"method\":\"WRITTEN\"}")
                .put("/api/v1/reports/{id}/consents/SHARE_WITH_POLICE", id).then().statusCode(200);
        // the centre corrects the details afterwards; the force must not see the new ones either
        String etag = given().auth().oauth2(CENTRE).get("/api/v1/reports/{id}", id).then().extract().header("ETag");
        given().auth().oauth2(CENTRE).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"description\":\"Moved house since; new address given\",\"contact\":{\"name\":\"Sam Example\",\"address\":\"1 New Road\"}}")
                .put("/api/v1/reports/{id}/details", id).then().statusCode(200);

        String seen = given().auth().oauth2(POLICE).get("/api/v1/reports/{id}", id).then().statusCode(200)
                .body("details", nullValue())
                .body("consents.shareWithPolice", equalTo(false))
                .body("crimeReference", equalTo("41/22718/26"))
                .body("district", equalTo("WATFORD"))
                .extract().body().asString();
        assertThat(seen).doesNotContain("New Road").doesNotContain("Sam Example").doesNotContain("Moved house");
    }

    @Test
    void withdrawingConsentStopsFurtherSharingAndIsAnnounced() {
        String id = triaged(true, true);

        given().auth().oauth2(CENTRE).contentType(ContentType.JSON).body("{\"granted\":false,\"method\":\"WRITTEN\"}")
                .put("/api/v1/reports/{id}/consents/SHARE_WITH_POLICE", id)
                .then().statusCode(200).body("consents.shareWithPolice", equalTo(false));

        post(CENTRE, "/api/v1/reports/" + id + "/police-share", null).statusCode(409);
        EventEnvelope changed = awaitEvent(id, "report.consent-changed.v1");
        assertThat(changed.payload().get("purpose").asText()).isEqualTo("SHARE_WITH_POLICE");
        assertThat(changed.payload().get("granted").asBoolean()).isFalse();
    }

    @Test
    void aReferralNeedsConsentAndGivesTheServiceItsPacket() {
        String withoutConsent = triaged(true, false);
        post(CENTRE, "/api/v1/reports/" + withoutConsent + "/referral-request", null).statusCode(409);

        String id = triaged(true, true);
        post(CENTRE, "/api/v1/reports/" + id + "/referral-request", null)
                .statusCode(200).body("referredTo", equalTo("beacon")).body("status", equalTo("REFERRED_FOR_SUPPORT"));
        assertThat(awaitEvent(id, "report.referral-requested.v1").payload().get("provider").asText()).isEqualTo("beacon");

        given().auth().oauth2(BEACON_SERVICE).get("/api/v1/internal/referral-packets/{id}", id)
                .then().statusCode(200)
                .body("contact.phone", equalTo("07700 900123"))
                .body("safeContact.voicemailAllowed", equalTo(false));
        given().auth().oauth2(GALOP_SERVICE).get("/api/v1/internal/referral-packets/{id}", id).then().statusCode(404);
        given().auth().oauth2(CENTRE).get("/api/v1/internal/referral-packets/{id}", id).then().statusCode(403);
    }

    @Test
    void aReferralCanOnlyGoToAConfiguredProvider() {
        String id = triaged(true, true);
        post(CENTRE, "/api/v1/reports/" + id + "/referral-request", "{\"provider\":\"acme-support\"}")
                .statusCode(400).body("violations[0].field", equalTo("provider"));
    }

    @Test
    void aReportMustBeTriagedBeforeItIsShared() {
        String id = ReportSubmissionTestSupport.submit(CENTRE, report(true, true));
        post(CENTRE, "/api/v1/reports/" + id + "/police-share", null).statusCode(409);
    }

    @Test
    void aWithdrawnReportCanNoLongerMove() {
        String id = triaged(true, true);
        post(CENTRE, "/api/v1/reports/" + id + "/withdrawal", "{\"reason\":\"VICTIM_REQUEST\"}")
                .statusCode(200).body("status", equalTo("WITHDRAWN"));

        assertThat(awaitEvent(id, "report.withdrawn.v1").payload().get("reason").asText()).isEqualTo("VICTIM_REQUEST");
        post(CENTRE, "/api/v1/reports/" + id + "/police-share", null).statusCode(409);
        post(CENTRE, "/api/v1/reports/" + id + "/triage", "{}").statusCode(409);
        post(CENTRE, "/api/v1/reports/" + id + "/withdrawal", "{\"reason\":\"VICTIM_REQUEST\"}").statusCode(409);
    }

    @Test
    void anotherAgencyCannotActOnAReport() {
        String id = triaged(true, true);

        post(OTHER_CENTRE, "/api/v1/reports/" + id + "/police-share", null).statusCode(404);
        post(OTHER_CENTRE, "/api/v1/reports/" + id + "/triage", "{}").statusCode(404);
        post(OTHER_CENTRE, "/api/v1/reports/" + id + "/withdrawal", "{\"reason\":\"OTHER\"}").statusCode(404);
        post(POLICE, "/api/v1/reports/" + id + "/police-acknowledgement", "{\"crimeReference\":\"41/1/26\"}").statusCode(404);
    }

    @Test
    void detailsAreUpdatedOnlyAgainstTheVersionThatWasRead() {
        String id = ReportSubmissionTestSupport.submit(CENTRE, report(true, true));
        String etag = given().auth().oauth2(CENTRE).get("/api/v1/reports/{id}", id).then().statusCode(200).extract().header("ETag");
        String update = "{\"description\":\"Called names and pushed at the bus stop\",\"contact\":{\"phone\":\"07700 900999\"}}";

        given().auth().oauth2(CENTRE).contentType(ContentType.JSON).body(update).put("/api/v1/reports/{id}/details", id)
                .then().statusCode(428);
        String newEtag = given().auth().oauth2(CENTRE).contentType(ContentType.JSON).header("If-Match", etag).body(update)
                .put("/api/v1/reports/{id}/details", id)
                .then().statusCode(200).body("details.description", equalTo("Called names and pushed at the bus stop"))
                .extract().header("ETag");
        assertThat(newEtag).isNotEqualTo(etag);
        given().auth().oauth2(CENTRE).contentType(ContentType.JSON).header("If-Match", etag).body(update)
                .put("/api/v1/reports/{id}/details", id)
                .then().statusCode(412).contentType("application/problem+json");
    }

    @Test
    void erasingTheDataSubjectMakesTheDetailsUnreadableButKeepsTheFacts() {
        String id = ReportSubmissionTestSupport.submit(CENTRE, report(true, true));

        post(CENTRE, "/api/v1/reports/" + id + "/erasure", "{\"reason\":\"subject erasure request 2026-114\"}").statusCode(403);
        post(ADMIN, "/api/v1/reports/" + id + "/erasure", "{\"reason\":\"subject erasure request 2026-114\"}").statusCode(200);

        given().auth().oauth2(CENTRE).get("/api/v1/reports/{id}", id).then().statusCode(200)
                .body("details", nullValue())
                .body("district", equalTo("WATFORD"))
                .body("strands[0]", equalTo("DISABILITY"));
        String etag = given().auth().oauth2(CENTRE).get("/api/v1/reports/{id}", id).then().extract().header("ETag");
        given().auth().oauth2(CENTRE).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"description\":\"new words\"}").put("/api/v1/reports/{id}/details", id)
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void erasingAPersonErasesEveryReportTheyMade() {
        String phone = "07700 8" + String.format("%05d", (int) (Math.random() * 100_000));
        String body = report(true, true).replace("07700 900123", phone);
        String first = ReportSubmissionTestSupport.submit(CENTRE, body);
        String second = ReportSubmissionTestSupport.submit(CENTRE, body.replace("2026-11-19", "2026-11-02"));

        post(ADMIN, "/api/v1/reports/" + first + "/erasure", "{\"reason\":\"subject erasure request 2026-115\"}").statusCode(200);

        given().auth().oauth2(CENTRE).get("/api/v1/reports/{id}", first).then().statusCode(200).body("details", nullValue());
        given().auth().oauth2(CENTRE).get("/api/v1/reports/{id}", second).then().statusCode(200).body("details", nullValue());
        // once erased, the person is no longer recognised in later reports
        String later = ReportSubmissionTestSupport.submit(CENTRE, body.replace("2026-11-19", "2026-11-21"));
        given().auth().oauth2(CENTRE).get("/api/v1/reports/{id}", later).then().statusCode(200)
                .body("earlierReportsFromSameVictim", equalTo(0))
                .body("details.contact.phone", equalTo(phone));
    }

    @Test
    void theTriageQueueHoldsOnlyTheAgencysUntriagedReports() {
        String waiting = ReportSubmissionTestSupport.submit(CENTRE, report(false, false));
        String done = triaged(false, false);

        java.util.List<String> queue = given().auth().oauth2(CENTRE).queryParam("size", 100).get("/api/v1/reports/triage-queue")
                .then().statusCode(200).extract().path("id");
        java.util.List<String> otherQueue = given().auth().oauth2(OTHER_CENTRE).queryParam("size", 100).get("/api/v1/reports/triage-queue")
                .then().statusCode(200).extract().path("id");

        assertThat(queue).contains(waiting).doesNotContain(done);
        assertThat(otherQueue).doesNotContain(waiting);
    }

    @Test
    void theListIsFilteredAndBounded() {
        String id = triaged(false, false);

        java.util.List<String> triagedInWatford = given().auth().oauth2(CENTRE)
                .queryParam("status", "TRIAGED").queryParam("district", "WATFORD").queryParam("strand", "DISABILITY").queryParam("size", 100)
                .get("/api/v1/reports").then().statusCode(200).extract().path("id");
        java.util.List<String> received = given().auth().oauth2(CENTRE).queryParam("status", "RECEIVED").queryParam("size", 100)
                .get("/api/v1/reports").then().statusCode(200).extract().path("id");

        assertThat(triagedInWatford).contains(id);
        assertThat(received).doesNotContain(id);
        given().auth().oauth2(CENTRE).queryParam("size", 101).get("/api/v1/reports").then().statusCode(400);
        given().auth().oauth2(CENTRE).queryParam("status", "LOST").get("/api/v1/reports").then().statusCode(400)
                .body("violations[0].field", equalTo("status"));
    }
}
