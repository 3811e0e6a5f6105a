package org.hatecrime.victimcare.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.hatecrime.testkit.SampleEvents;
import org.junit.jupiter.api.Test;

/** The claim check: a referral's contact details, fetched from intake once, sealed here, shown only to its service. */
@QuarkusTest
class ContactDetailsTest {

    static final String BEACON = ReferralWorkTest.BEACON;
    static final String GALOP = ReferralWorkTest.GALOP;
    static final String SAFE = """
            {"safeToCall":true,"safeTimes":"weekdays after 6pm","voicemailAllowed":false,"language":"Polish","interpreterNeeded":true}""";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theServiceSeesTheVictimsContactDetailsFetchedOnceFromIntakeWithItsOwnToken() throws Exception {
        Intake.Referred referral = Intake.referredWith(SAFE);

        given().auth().oauth2(BEACON).get("/api/v1/referrals/{id}/contact-details", referral.id()).then().statusCode(200)
                .body("obtainedFrom", equalTo("INTAKE"))
                .body("contact.name", equalTo("Sam Example")).body("contact.phone", equalTo("07700 900123"))
                .body("safeContact.safeTimes", equalTo("weekdays after 6pm")).body("safeContact.language", equalTo("Polish"))
                .body("safeTimesUnderstood", equalTo(true)).body("safeTimesReadAs", equalTo("weekdays 18:00–24:00"));
        given().auth().oauth2(BEACON).get("/api/v1/referrals/{id}/contact-details", referral.id()).then().statusCode(200)
                .body("contact.email", equalTo("sam@example.org"));

        assertThat(Intake.fetchesOf(referral.reportId())).isEqualTo(1);
        assertThat(audited(referral.id(), "referral.contact-details.fetch")).isEqualTo(1);
        assertThat(audited(referral.id(), "referral.contact-details.read")).isEqualTo(2);
    }

    @Test
    void anotherServiceGets404AndIntakeIsNotAsked() {
        Intake.Referred referral = Intake.referredWith(SAFE);

        given().auth().oauth2(GALOP).get("/api/v1/referrals/{id}/contact-details", referral.id()).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(BEACON).get("/api/v1/referrals/{id}/contact-details", UUID.randomUUID()).then().statusCode(404);
        assertThat(Intake.fetchesOf(referral.reportId())).isZero();
    }

    @Test
    void onlyVictimCareStaffMayAsk() {
        Intake.Referred referral = Intake.referredWith(SAFE);

        given().get("/api/v1/referrals/{id}/contact-details", referral.id()).then().statusCode(401);
        given().auth().oauth2(ReferralWorkTest.CENTRE).get("/api/v1/referrals/{id}/contact-details", referral.id()).then().statusCode(403);
    }

    @Test
    void aWithdrawnReportStopsContactAndTheDetailsAreNoLongerShown() {
        Intake.Referred referral = Intake.referredWith(SAFE);
        given().auth().oauth2(BEACON).get("/api/v1/referrals/{id}/contact-details", referral.id()).then().statusCode(200);

        ReferralWorkTest.publish(referral.reportId(), SampleEvents.withdrawn(referral.reportId(), "VICTIM_REQUEST"));
        Awaitility.await().atMost(ReferralWorkTest.WITHIN).until(() -> given().auth().oauth2(BEACON)
                .get("/api/v1/referrals/{id}", referral.id()).then().extract().<Boolean>path("contactStopped"));

        given().auth().oauth2(BEACON).get("/api/v1/referrals/{id}/contact-details", referral.id()).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("withdrew the report"));
    }

    @Test
    void contactStoppedBeforeTheFirstLookMeansIntakeIsNeverAsked() {
        Intake.Referred referral = Intake.referredWith(SAFE);
        ReferralWorkTest.publish(referral.reportId(), SampleEvents.consentChanged(referral.reportId(), "REFER_TO_SUPPORT", false));
        Awaitility.await().atMost(ReferralWorkTest.WITHIN).until(() -> given().auth().oauth2(BEACON)
                .get("/api/v1/referrals/{id}", referral.id()).then().extract().<Boolean>path("contactStopped"));

        given().auth().oauth2(BEACON).get("/api/v1/referrals/{id}/contact-details", referral.id()).then().statusCode(409)
                .body("detail", containsString("consent"));
        assertThat(Intake.fetchesOf(referral.reportId())).isZero();
    }

    @Test
    void intakeDownAnswers503WithRetryAfterAndATryLaterSucceeds() {
        UUID reportId = UUID.randomUUID();
        Intake.answers(reportId, 503);
        Intake.Referred referral = Intake.referredFrom(reportId);

        given().auth().oauth2(BEACON).get("/api/v1/referrals/{id}/contact-details", referral.id()).then().statusCode(503)
                .contentType("application/problem+json").header("Retry-After", equalTo("2"))
                .body("detail", containsString("Intake")).body(not(containsString("Exception")));

        Intake.dropsTheConnection(reportId);
        given().auth().oauth2(BEACON).get("/api/v1/referrals/{id}/contact-details", referral.id()).then().statusCode(503)
                .header("Retry-After", equalTo("2")).body(not(containsString("at org.")));

        Intake.holdsPacket(reportId, Intake.CONTACT, SAFE);
        given().auth().oauth2(BEACON).get("/api/v1/referrals/{id}/contact-details", referral.id()).then().statusCode(200)
                .body("contact.name", equalTo("Sam Example"));
    }

    @Test
    void intakeHoldingNoPacketForUsIs404NotAnError() {
        UUID reportId = UUID.randomUUID();
        Intake.answers(reportId, 404);
        Intake.Referred referral = Intake.referredFrom(reportId);

        given().auth().oauth2(BEACON).get("/api/v1/referrals/{id}/contact-details", referral.id()).then().statusCode(404)
                .body("detail", containsString("intake holds none"));
    }

    @Test
    void aReferralTheServiceOpenedItselfHasNoDetailsToFetch() {
        String id = given().auth().oauth2(BEACON).contentType(ContentType.JSON).body("{\"consentedAt\":\"2026-11-22T10:00:00Z\"}")
                .post("/api/v1/referrals").then().statusCode(201).extract().path("id");

        given().auth().oauth2(BEACON).get("/api/v1/referrals/{id}/contact-details", id).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aMalformedIdIsA4xxNeverA5xx() {
        int status = given().auth().oauth2(BEACON).get("/api/v1/referrals/{id}/contact-details", "not-a-uuid").then().extract().statusCode();
        assertThat(status).isBetween(400, 499);
    }

    private long audited(String referralId, String action) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement count = connection.prepareStatement("select count(*) from audit_log where object_id = ? and action = ?")) {
            count.setString(1, referralId);
            count.setString(2, action);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
