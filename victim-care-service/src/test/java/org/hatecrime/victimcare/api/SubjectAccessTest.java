package org.hatecrime.victimcare.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hatecrime.victimcare.api.VictimCareTestSupport.BEACON;
import static org.hatecrime.victimcare.api.VictimCareTestSupport.GALOP;
import static org.hatecrime.victimcare.api.VictimCareTestSupport.assessment;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.hatecrime.kit.protection.VictimKeys;
import org.hatecrime.testkit.SampleEvents;
import org.hatecrime.testkit.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Intake's subject access export asks victim care for everything it holds about a person: the
 * referrals made from their reports or keyed by their victim keys (their self-referrals too), with
 * contact details, notes, plan actions and the contact log opened; nobody else's; only for intake's
 * own client; audited per referral for the agency that works it. After an erasure it reads as erased.
 */
@QuarkusTest
class SubjectAccessTest {

    static final String INTAKE = TestTokens.system("reporting-service", "internal-service", "herts-csp");
    private static final Duration WITHIN = Duration.ofSeconds(30);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    VictimKeys victimKeys;

    private record Person(String marker, String phone, String contactJson, List<String> keys) {
    }

    private Person person() {
        String marker = "mk" + UUID.randomUUID().toString().replace("-", "");
        String phone = SelfReferralTest.phone();
        String email = marker + "@example.org";
        return new Person(marker, phone, """
                {"name":"name-%s","email":"%s","phone":"%s"}""".formatted(marker, email, phone), victimKeys.of(email, phone));
    }

    private static Intake.Referred referredToBeacon(Person person) {
        UUID reportId = UUID.randomUUID();
        Intake.holdsPacket(reportId, person.contactJson(), ContactLogTest.EVENINGS_NO_VOICEMAIL);
        ReferralWorkTest.publish(reportId, SampleEvents.referralRequested(reportId, "beacon", List.of("RACE"), "STEVENAGE",
                person.keys().get(0)));
        return new Intake.Referred(reportId, ReferralWorkTest.awaitReferralOf(reportId, "beacon"));
    }

    private static void supported(String id, String marker) {
        ReferralWorkTest.change(BEACON, id, "{\"status\":\"ACKNOWLEDGED\"}").statusCode(200);
        given().auth().oauth2(BEACON).get("/api/v1/referrals/{id}/contact-details", id).then().statusCode(200);
        ContactLogTest.log(BEACON, id, "LETTER", ContactLogTest.MONDAY_EVENING, null).statusCode(201);
        ReferralWorkTest.change(BEACON, id, "{\"status\":\"ACCEPTED\"}").statusCode(200);
        NeedsAssessmentWorkTest.assess(BEACON, id, assessment("HIGH", "VULNERABLE", "notes-" + marker)).statusCode(201);
        SupportWorkTest.startingWellbeing(BEACON, id, SupportWorkTest.START).statusCode(200);
        given().auth().oauth2(BEACON).contentType(ContentType.JSON)
                .body("{\"description\":\"action-" + marker + "\",\"owner\":\"victim\",\"dueOn\":\"2026-12-04\"}")
                .post("/api/v1/referrals/{id}/support-plan/actions", id).then().statusCode(201);
    }

    static ValidatableResponse ask(String token, List<UUID> reportIds, List<String> victimKeys) {
        String reports = String.join(",", reportIds.stream().map(id -> "\"" + id + "\"").toList());
        String keys = String.join(",", victimKeys.stream().map(key -> "\"" + key + "\"").toList());
        return given().auth().oauth2(token).contentType(ContentType.JSON).body("""
                {"requestId":"%s","requestedBy":"admin-herts","reportIds":[%s],"victimKeys":[%s]}"""
                .formatted(UUID.randomUUID(), reports, keys))
                .post("/api/v1/internal/subject-access").then();
    }

    @Test
    void intakeGetsEverythingHeldAboutThePersonOpenedAndNothingAboutAnyoneElse() throws Exception {
        Person person = person();
        Intake.Referred referred = referredToBeacon(person);
        supported(referred.id(), person.marker());
        String selfReference = SelfReferralTest.submit(SelfReferralTest.body(person.phone(), "\"provider\":\"galop\",")).statusCode(201)
                .extract().path("reference");
        String selfReferral = column("select referral_id::text from self_referral where reference = ?", selfReference).get(0);
        given().auth().oauth2(GALOP).get("/api/v1/referrals/{id}/contact-details", selfReferral).then().statusCode(200);
        Person other = person();
        Intake.Referred untouched = referredToBeacon(other);
        NeedsAssessmentWorkTest.assess(BEACON, untouched.id(), assessment("MEDIUM", null, "notes-" + other.marker())).statusCode(201);

        String beacon = "referrals.find { it.id == '" + referred.id() + "' }.";
        String galop = "referrals.find { it.id == '" + selfReferral + "' }.";
        String held = ask(INTAKE, List.of(referred.reportId()), person.keys()).statusCode(200)
                .body("service", equalTo("victim-care-service"))
                .body("referrals.id", containsInAnyOrder(referred.id(), selfReferral))
                .body(beacon + "contactDetails.details.contact.name", equalTo("name-" + person.marker()))
                .body(beacon + "needsAssessments[0].riskLevel", equalTo("HIGH"))
                .body(beacon + "needsAssessments[0].notes.EMOTIONAL", equalTo("notes-" + person.marker()))
                .body(beacon + "support.actions[0].description", equalTo("action-" + person.marker()))
                .body(beacon + "contactLog[0].channel", equalTo("LETTER"))
                .body(beacon + "moves.toStatus", equalTo(List.of("REQUESTED", "SENT", "ACKNOWLEDGED", "CONTACT_ATTEMPTED", "ACCEPTED")))
                .body(galop + "selfReferrals[0].reference", equalTo(selfReference))
                .body(galop + "contactDetails.obtainedFrom", equalTo("SELF_REFERRAL"))
                .body("receivedReports.reportId", equalTo(List.of(referred.reportId().toString())))
                .extract().asString();
        assertThat(held).doesNotContain(other.marker()).doesNotContain(untouched.id())
                .as("no victim key or code hash").doesNotContain(person.keys().get(0)).doesNotContain("followUpCodeHash");

        assertThat(audits(referred.id())).singleElement().asString().startsWith("client:reporting-service beacon ")
                .contains("admin-herts");
        assertThat(audits(selfReferral)).singleElement().asString().startsWith("client:reporting-service galop ");
        assertThat(audits(untouched.id())).isEmpty();

        ask(INTAKE, List.of(untouched.reportId()), List.of()).statusCode(200).body("referrals", hasSize(1))
                .body("referrals[0].id", equalTo(untouched.id()));
        ask(INTAKE, List.of(UUID.randomUUID()), List.of()).statusCode(200).body("referrals", hasSize(0))
                .body("receivedReports", hasSize(0));
    }

    @Test
    void onlyIntakesOwnClientMayAskAndTheKeysAreChecked() {
        UUID report = UUID.randomUUID();
        ask(TestTokens.system("victim-care-service", "internal-service", "beacon"), List.of(report), List.of()).statusCode(403)
                .contentType("application/problem+json");
        ask(TestTokens.user("admin-herts", "admin", "herts-csp"), List.of(report), List.of()).statusCode(403);
        ask(TestTokens.user("admin-herts", "internal-service", "herts-csp"), List.of(report), List.of()).statusCode(403);
        ask(BEACON, List.of(report), List.of()).statusCode(403);
        ask(TestTokens.withoutAgency("reporting-service", "internal-service"), List.of(report), List.of()).statusCode(403);
        given().contentType(ContentType.JSON).body("{}").post("/api/v1/internal/subject-access").then().statusCode(401);
        ask(INTAKE, List.of(report), List.of("not-a-victim-key")).statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(INTAKE).contentType(ContentType.JSON).body("{\"requestedBy\":\"admin-herts\"}")
                .post("/api/v1/internal/subject-access").then().statusCode(400);
        given().auth().oauth2(INTAKE).get("/api/v1/internal/subject-access").then().statusCode(405);
    }

    @Test
    void anErasedPersonsRecordsReadAsErasedAndNothingOfThemIsSent() {
        Person person = person();
        Intake.Referred referred = referredToBeacon(person);
        supported(referred.id(), person.marker());
        ReferralWorkTest.publish(referred.reportId(), SampleEvents.subjectErased(referred.reportId(), person.keys()));
        Awaitility.await().atMost(WITHIN).until(() -> given().auth().oauth2(BEACON)
                .get("/api/v1/referrals/{id}/contact-details", referred.id()).statusCode() == 409);

        String held = ask(INTAKE, List.of(referred.reportId()), List.of()).statusCode(200)
                .body("referrals", hasSize(1))
                .body("referrals[0].needsAssessments[0].riskLevel", equalTo("HIGH"))
                .body("referrals[0].contactDetails.details", org.hamcrest.Matchers.startsWith("erased"))
                .body("referrals[0].needsAssessments[0].notes", org.hamcrest.Matchers.startsWith("erased"))
                .body("referrals[0].support.actions[0].description", org.hamcrest.Matchers.startsWith("erased"))
                .extract().asString();
        assertThat(held).doesNotContain(person.marker());
        ask(INTAKE, List.of(), person.keys()).statusCode(200).body("referrals", hasSize(0));
    }

    private List<String> audits(String referralId) throws SQLException {
        return column("select actor || ' ' || agency || ' ' || purpose from audit_log where action = 'referral.subject-access' "
                + "and object_id = ?", referralId);
    }

    private List<String> column(String query, String parameter) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setString(1, parameter);
            List<String> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(result.getString(1));
                }
            }
            return rows;
        }
    }
}
