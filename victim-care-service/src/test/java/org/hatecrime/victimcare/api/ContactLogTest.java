package org.hatecrime.victimcare.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.hatecrime.testkit.SampleEvents;
import org.junit.jupiter.api.Test;

/** The contact log keeps to the victim's safe-contact preferences and shows their language needs on every entry. */
@QuarkusTest
class ContactLogTest {

    static final String BEACON = ReferralWorkTest.BEACON;
    // Monday 24 November 2025, 19:00 and 09:30 in London (GMT); Saturday 29 November 2025, 11:00
    static final String MONDAY_EVENING = "2025-11-24T19:00:00Z";
    static final String MONDAY_MORNING = "2025-11-24T09:30:00Z";
    static final String SATURDAY_MORNING = "2025-11-29T11:00:00Z";
    // 18:30 in London is 17:30 UTC in summer: the rule is read in London time
    static final String SUMMER_MONDAY_1830_LONDON = "2025-07-07T17:30:00Z";

    static final String EVENINGS_NO_VOICEMAIL = """
            {"safeToCall":true,"safeTimes":"weekdays after 6pm","voicemailAllowed":false,"language":"Polish","interpreterNeeded":true}""";

    static ValidatableResponse log(String token, String referralId, String channel, String at, String override) {
        String body = "{\"channel\":\"" + channel + "\",\"at\":\"" + at + "\",\"outcomeCode\":\"NO_ANSWER\""
                + (override == null ? "" : ",\"overrideReasonCode\":\"" + override + "\"") + "}";
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/api/v1/referrals/{id}/contacts", referralId).then();
    }

    static String acknowledged(String safeContact) {
        Intake.Referred referral = Intake.referredWith(safeContact);
        ReferralWorkTest.change(BEACON, referral.id(), "{\"status\":\"ACKNOWLEDGED\"}").statusCode(200);
        return referral.id();
    }

    @Test
    void aCallInTheSafeTimesIsLoggedWithTheLanguageNeedsAndMovesTheReferral() {
        String id = acknowledged(EVENINGS_NO_VOICEMAIL);

        log(BEACON, id, "PHONE", MONDAY_EVENING, null).statusCode(201)
                .body("channel", equalTo("PHONE")).body("outcomeCode", equalTo("NO_ANSWER")).body("actor", equalTo("beacon-worker"))
                .body("language", equalTo("Polish")).body("interpreterNeeded", equalTo(true));
        log(BEACON, id, "SMS", MONDAY_EVENING, null).statusCode(201);

        given().auth().oauth2(BEACON).get("/api/v1/referrals/{id}", id).then().statusCode(200)
                .body("status", equalTo("CONTACT_ATTEMPTED"))
                .body("history.to", equalTo(List.of("REQUESTED", "SENT", "ACKNOWLEDGED", "CONTACT_ATTEMPTED", "CONTACT_ATTEMPTED")));
        given().auth().oauth2(BEACON).get("/api/v1/referrals/{id}/contacts", id).then().statusCode(200)
                .body("", hasSize(2)).body("channel", equalTo(List.of("PHONE", "SMS")))
                .body("language", equalTo(List.of("Polish", "Polish"))).body("interpreterNeeded", equalTo(List.of(true, true)));
    }

    @Test
    void noVoicemailWhereTheVictimDidNotAllowIt() {
        String id = acknowledged(EVENINGS_NO_VOICEMAIL);

        log(BEACON, id, "VOICEMAIL", MONDAY_EVENING, null).statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("did not allow voicemail"));
        log(BEACON, id, "VOICEMAIL", MONDAY_EVENING, "URGENT_SAFETY").statusCode(409);
        given().auth().oauth2(BEACON).get("/api/v1/referrals/{id}/contacts", id).then().body("", hasSize(0));
        given().auth().oauth2(BEACON).get("/api/v1/referrals/{id}", id).then().body("status", equalTo("ACKNOWLEDGED"));
    }

    @Test
    void noCallOrVoicemailWhereCallsAreNotSafeButOtherRoutesAreFine() {
        String id = acknowledged("""
                {"safeToCall":false,"voicemailAllowed":true,"language":"English","interpreterNeeded":false}""");

        log(BEACON, id, "PHONE", MONDAY_MORNING, null).statusCode(409).body("detail", containsString("calls are not safe"));
        log(BEACON, id, "PHONE", MONDAY_MORNING, "URGENT_SAFETY").statusCode(409);
        log(BEACON, id, "VOICEMAIL", MONDAY_MORNING, null).statusCode(409).body("detail", containsString("calls are not safe"));
        log(BEACON, id, "EMAIL", MONDAY_MORNING, null).statusCode(201);
        log(BEACON, id, "LETTER", MONDAY_MORNING, null).statusCode(201);
    }

    @Test
    void aContactOutsideTheSafeTimesNeedsAnOverrideReason() {
        String id = acknowledged(EVENINGS_NO_VOICEMAIL);

        log(BEACON, id, "PHONE", MONDAY_MORNING, null).statusCode(409).body("detail", containsString("Outside the victim's safe times"));
        log(BEACON, id, "SMS", SATURDAY_MORNING, null).statusCode(409);
        log(BEACON, id, "PHONE", MONDAY_MORNING, "HEARING_TOMORROW").statusCode(201)
                .body("overrideReasonCode", equalTo("HEARING_TOMORROW"));
        // a letter arrives when the post comes: safe times do not apply to it
        log(BEACON, id, "LETTER", SATURDAY_MORNING, null).statusCode(201).body("overrideReasonCode", nullValue());
    }

    @Test
    void safeTimesAreReadInLondonTime() {
        String id = acknowledged(EVENINGS_NO_VOICEMAIL);

        log(BEACON, id, "PHONE", SUMMER_MONDAY_1830_LONDON, null).statusCode(201);
    }

    @Test
    void safeTimesThatCannotBeReadMakeEveryContactNeedAnOverrideReason() {
        String id = acknowledged("""
                {"safeToCall":true,"safeTimes":"when my husband is at work","voicemailAllowed":true,"language":"Urdu","interpreterNeeded":false}""");

        given().auth().oauth2(BEACON).get("/api/v1/referrals/{id}/contact-details", id).then().statusCode(200)
                .body("safeTimesUnderstood", equalTo(false)).body("safeTimesReadAs", nullValue());
        for (String at : List.of(MONDAY_MORNING, MONDAY_EVENING, SATURDAY_MORNING)) {
            log(BEACON, id, "PHONE", at, null).statusCode(409).body("detail", containsString("overrideReasonCode"));
        }
        log(BEACON, id, "PHONE", MONDAY_MORNING, "VICTIM_CONFIRMED_TIME").statusCode(201).body("language", equalTo("Urdu"));
    }

    @Test
    void noContactIsLoggedOnceTheVictimWithdrew() {
        Intake.Referred referral = Intake.referredWith(EVENINGS_NO_VOICEMAIL);
        ReferralWorkTest.change(BEACON, referral.id(), "{\"status\":\"ACKNOWLEDGED\"}").statusCode(200);
        log(BEACON, referral.id(), "PHONE", MONDAY_EVENING, null).statusCode(201);

        ReferralWorkTest.publish(referral.reportId(), SampleEvents.withdrawn(referral.reportId(), "VICTIM_REQUEST"));
        Awaitility.await().atMost(ReferralWorkTest.WITHIN).until(() -> given().auth().oauth2(BEACON)
                .get("/api/v1/referrals/{id}", referral.id()).then().extract().<Boolean>path("contactStopped"));

        log(BEACON, referral.id(), "PHONE", MONDAY_EVENING, null).statusCode(409).body("detail", containsString("Do not contact"));
        log(BEACON, referral.id(), "LETTER", MONDAY_EVENING, "URGENT_SAFETY").statusCode(409);
        // what was logged before stays readable
        given().auth().oauth2(BEACON).get("/api/v1/referrals/{id}/contacts", referral.id()).then().statusCode(200).body("", hasSize(1));
    }

    @Test
    void theFirstContactFetchesThePreferencesSoTheyAreAlwaysChecked() {
        String id = acknowledged("""
                {"safeToCall":false}""");

        log(BEACON, id, "PHONE", MONDAY_EVENING, null).statusCode(409);
    }

    @Test
    void intakeDownMeansNoUncheckedContactIsLogged() {
        UUID reportId = UUID.randomUUID();
        Intake.answers(reportId, 500);
        Intake.Referred referral = Intake.referredFrom(reportId);

        log(BEACON, referral.id(), "PHONE", MONDAY_EVENING, null).statusCode(503).header("Retry-After", equalTo("2"));
        given().auth().oauth2(BEACON).get("/api/v1/referrals/{id}/contacts", referral.id()).then().body("", hasSize(0));
    }

    @Test
    void anotherServiceGets404OnTheLogAndCannotWriteToIt() {
        String id = acknowledged(EVENINGS_NO_VOICEMAIL);

        log(ReferralWorkTest.GALOP, id, "PHONE", MONDAY_EVENING, null).statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(ReferralWorkTest.GALOP).get("/api/v1/referrals/{id}/contacts", id).then().statusCode(404);
        log(BEACON, UUID.randomUUID().toString(), "PHONE", MONDAY_EVENING, null).statusCode(404);
        log(ReferralWorkTest.CENTRE, id, "PHONE", MONDAY_EVENING, null).statusCode(403);
        given().contentType(ContentType.JSON).body("{}").post("/api/v1/referrals/{id}/contacts", id).then().statusCode(401);
        given().get("/api/v1/referrals/{id}/contacts", id).then().statusCode(401);
    }

    @Test
    void badInputIsAProblemNamingTheFieldNeverA5xx() {
        String id = acknowledged(EVENINGS_NO_VOICEMAIL);

        log(BEACON, id, "CARRIER_PIGEON", MONDAY_EVENING, null).statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("channel"));
        log(BEACON, id, "PHONE", "2999-01-01T19:00:00Z", null).statusCode(400).body("violations[0].field", equalTo("at"));
        log(BEACON, id, "PHONE", "yesterday", null).statusCode(400);
        log(BEACON, id, "PHONE", MONDAY_MORNING, "because she works nights at 12 Some Street").statusCode(400)
                .body("violations[0].field", equalTo("overrideReasonCode"));
        given().auth().oauth2(BEACON).contentType(ContentType.JSON).body("{\"channel\":\"PHONE\",\"at\":\"" + MONDAY_EVENING + "\"}")
                .post("/api/v1/referrals/{id}/contacts", id).then().statusCode(400).body("violations[0].field", equalTo("outcomeCode"));
        given().auth().oauth2(BEACON).contentType(ContentType.JSON).body("{\"channel\":").post("/api/v1/referrals/{id}/contacts", id)
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(BEACON).contentType(ContentType.JSON).body("{}").post("/api/v1/referrals/{id}/contacts", "42")
                .then().statusCode(404);
    }
}
