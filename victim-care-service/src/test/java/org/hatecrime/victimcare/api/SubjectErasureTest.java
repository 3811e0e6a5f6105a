package org.hatecrime.victimcare.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
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
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.hatecrime.events.EventEnvelope;
import org.hatecrime.events.Topics;
import org.hatecrime.kit.protection.VictimKeys;
import org.hatecrime.testkit.PersonalDataScan;
import org.hatecrime.testkit.Replay;
import org.hatecrime.testkit.SampleEvents;
import org.hatecrime.victimcare.messaging.ReportEventsConsumer;
import org.junit.jupiter.api.Test;

/**
 * A person erased at intake (subject.erased.v1) is erased in victim care too: their contact
 * details, needs notes and support plan actions can no longer be read, nothing new about them can be
 * sealed, their victim key is nowhere in the database, and a later self-referral of theirs starts
 * afresh. The referrals themselves, with their moves and levels, stay.
 */
@QuarkusTest
class SubjectErasureTest {

    private static final Duration WITHIN = Duration.ofSeconds(30);
    private static final String SAFE_CONTACT = ContactLogTest.EVENINGS_NO_VOICEMAIL;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    VictimKeys victimKeys;

    @Inject
    ReportEventsConsumer reports;

    /** Someone who reported at intake with their name, e-mail and phone; {@code keys} as intake derives them. */
    private record Person(String marker, String phone, String contactJson, List<String> keys) {
    }

    private Person person() {
        String marker = "mk" + UUID.randomUUID().toString().replace("-", "");
        String phone = SelfReferralTest.phone();
        String email = marker + "@example.org";
        String contact = """
                {"name":"name-%s","email":"%s","phone":"%s"}""".formatted(marker, email, phone);
        return new Person(marker, phone, contact, victimKeys.of(email, phone));
    }

    /** The person referred to Beacon from a new report (known to intake by their e-mail's key), once the referral is open. */
    private static Intake.Referred referredToBeacon(Person person) {
        UUID reportId = UUID.randomUUID();
        Intake.holdsPacket(reportId, person.contactJson(), SAFE_CONTACT);
        ReferralWorkTest.publish(reportId, SampleEvents.referralRequested(reportId, "beacon", List.of("RACE"), "STEVENAGE",
                person.keys().get(0)));
        return new Intake.Referred(reportId, ReferralWorkTest.awaitReferralOf(reportId, "beacon"));
    }

    /** The referral worked up to a support plan: details read, a letter sent, accepted, assessed with notes, an action planned. */
    private static void supported(String id, String marker) {
        ReferralWorkTest.change(BEACON, id, "{\"status\":\"ACKNOWLEDGED\"}").statusCode(200);
        given().auth().oauth2(BEACON).get("/api/v1/referrals/{id}/contact-details", id).then().statusCode(200)
                .body("contact.name", equalTo("name-" + marker));
        ContactLogTest.log(BEACON, id, "LETTER", ContactLogTest.MONDAY_EVENING, null).statusCode(201);
        ReferralWorkTest.change(BEACON, id, "{\"status\":\"ACCEPTED\"}").statusCode(200);
        NeedsAssessmentWorkTest.assess(BEACON, id, assessment("HIGH", "VULNERABLE", "notes-" + marker)).statusCode(201);
        SupportWorkTest.startingWellbeing(BEACON, id, SupportWorkTest.START).statusCode(200);
        addAction(id, "action-" + marker).statusCode(201);
    }

    private static ValidatableResponse addAction(String id, String description) {
        return given().auth().oauth2(BEACON).contentType(ContentType.JSON)
                .body("{\"description\":\"" + description + "\",\"owner\":\"victim\",\"dueOn\":\"2026-12-04\"}")
                .post("/api/v1/referrals/{id}/support-plan/actions", id).then();
    }

    /** The person refers themselves, giving only their phone; the referral it opened. */
    private String selfReferred(Person person, String provider) throws SQLException {
        String reference = SelfReferralTest.submit(SelfReferralTest.body(person.phone(), "\"provider\":\"" + provider + "\",")).statusCode(201)
                .extract().path("reference");
        return column("select referral_id::text from self_referral where reference = ?", reference).get(0);
    }

    /** Intake erased the person: its event for one of the reports the erasure reached. */
    private static EventEnvelope erased(UUID reportId, Person person) {
        EventEnvelope event = SampleEvents.subjectErased(reportId, person.keys());
        ReferralWorkTest.publish(reportId, event);
        return event;
    }

    /**
     * Waits for the erasure to reach the referral, watching the database: asking for the contact
     * details before it arrived would fetch them from intake, which the tests count.
     */
    private void awaitErased(String id) {
        Awaitility.await().atMost(WITHIN)
                .until(() -> column("select victim_erased_at::text from referral where id = ?::uuid", id).get(0) != null);
        given().auth().oauth2(BEACON).get("/api/v1/referrals/{id}/contact-details", id).then().statusCode(409);
    }

    private List<String> column(String query, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(query)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        }
    }

    private List<String> deadLetterOf(UUID reportId) throws SQLException {
        return column("select record_value from dead_letter where record_key = ?", reportId.toString());
    }

    private List<String> erasureAudits(String referralId) throws SQLException {
        return column("select actor || ' ' || coalesce(agency, '-') || ' ' || purpose from audit_log "
                + "where action = 'referral.erase-personal-data' and object_id = ?", referralId);
    }

    @Test
    void theErasedVictimsDetailsNotesAndPlanAreUnreadableAndTheirVictimKeyIsNowhere() throws Exception {
        Person person = person();
        Intake.Referred referred = referredToBeacon(person);
        supported(referred.id(), person.marker());
        String selfReferral = selfReferred(person, "galop");
        given().auth().oauth2(GALOP).get("/api/v1/referrals/{id}/contact-details", selfReferral).then().statusCode(200);
        Person other = person();
        Intake.Referred untouched = referredToBeacon(other);
        NeedsAssessmentWorkTest.assess(BEACON, untouched.id(), assessment("MEDIUM", null, "notes-" + other.marker())).statusCode(201);
        // another report of theirs, whose referral request could not be applied: parked, with their victim key in it
        UUID parked = UUID.randomUUID();
        ReferralWorkTest.publish(parked, SampleEvents.referralRequested(parked, "no-such-service", List.of("RACE"), "STEVENAGE",
                person.keys().get(1)));
        Awaitility.await().atMost(WITHIN).until(() -> deadLetterOf(parked).size() == 1);

        EventEnvelope event = erased(referred.reportId(), person);
        awaitErased(referred.id());
        // intake announces the erasure once per report it reached; the later announcement finds the referrals already erased
        erased(parked, person);
        Awaitility.await().atMost(WITHIN).until(() -> !deadLetterOf(parked).get(0).contains(person.keys().get(1)));

        given().auth().oauth2(BEACON).get("/api/v1/referrals/{id}/contact-details", referred.id()).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("erased"));
        assertThat(given().auth().oauth2(BEACON).get("/api/v1/referrals/{id}/needs-assessments", referred.id()).then().statusCode(200)
                .body("[0].riskLevel", equalTo("HIGH")).body("[0].needs.find { it.domain == 'EMOTIONAL' }.notes", nullValue())
                .extract().asString()).doesNotContain(person.marker());
        given().auth().oauth2(BEACON).get("/api/v1/referrals/{id}/support-plan", referred.id()).then().statusCode(200)
                .body("actions", hasSize(1)).body("actions[0].description", nullValue()).body("actions[0].status", equalTo("OPEN"))
                .body("startingWellbeing.rawScore", equalTo(18));
        given().auth().oauth2(BEACON).get("/api/v1/referrals/{id}", referred.id()).then().statusCode(200)
                .body("status", equalTo("ACCEPTED")).body("enhancedRightsReason", equalTo("VULNERABLE"))
                .body("history.to", equalTo(List.of("REQUESTED", "SENT", "ACKNOWLEDGED", "CONTACT_ATTEMPTED", "ACCEPTED")));
        given().auth().oauth2(GALOP).get("/api/v1/referrals/{id}/contact-details", selfReferral).then().statusCode(409)
                .body("detail", containsString("erased"));

        for (String key : person.keys()) {
            assertThat(PersonalDataScan.plainColumnsContaining(dataSource, key)).as("victim key %s", key).isEmpty();
        }
        assertThat(PersonalDataScan.plainColumnsContaining(dataSource, person.marker())).isEmpty();
        assertThat(PersonalDataScan.plainColumnsContaining(dataSource, person.phone().replace(" ", ""))).isEmpty();
        String erasureId = event.payload().get("erasureId").asText();
        assertThat(erasureAudits(referred.id())).singleElement().asString()
                .startsWith("reporting-service beacon ").contains(erasureId);
        assertThat(erasureAudits(selfReferral)).singleElement().asString()
                .startsWith("reporting-service galop ").contains(erasureId);

        given().auth().oauth2(BEACON).get("/api/v1/referrals/{id}/needs-assessments", untouched.id()).then().statusCode(200)
                .body("[0].needs.find { it.domain == 'EMOTIONAL' }.notes", equalTo("notes-" + other.marker()));
        given().auth().oauth2(BEACON).get("/api/v1/referrals/{id}/contact-details", untouched.id()).then().statusCode(200)
                .body("contact.name", equalTo("name-" + other.marker()));
        assertThat(column("select victim_key from referral where id = ?::uuid", untouched.id())).containsExactly(other.keys().get(0));
        assertThat(erasureAudits(untouched.id())).isEmpty();
    }

    @Test
    void nothingNewAboutTheErasedVictimIsRecordedAndTheirContactIsRefusedWithAReason() throws Exception {
        Person person = person();
        Intake.Referred referred = referredToBeacon(person);
        supported(referred.id(), person.marker());

        erased(referred.reportId(), person);
        awaitErased(referred.id());

        ContactLogTest.log(BEACON, referred.id(), "LETTER", ContactLogTest.MONDAY_EVENING, null).statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("erased"));
        NeedsAssessmentWorkTest.assess(BEACON, referred.id(), assessment("MEDIUM", null, "later-" + person.marker())).statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("erased"));
        addAction(referred.id(), "later-" + person.marker()).statusCode(409).body("detail", containsString("erased"));
        SupportWorkTest.close(BEACON, referred.id(), "{\"wellbeing\":{\"items\":[3,3,4,3,3,3,3]},\"satisfaction\":{\"score\":4,"
                + "\"comment\":\"later-" + person.marker() + "\"}}").statusCode(409).body("detail", containsString("erased"));
        // what holds no personal data is still recorded: the Victims' Code and the statistics need it
        NeedsAssessmentWorkTest.assess(BEACON, referred.id(), assessment("MEDIUM", null, null)).statusCode(201)
                .body("riskLevel", equalTo("MEDIUM"));
        SupportWorkTest.close(BEACON, referred.id(), "{\"wellbeing\":{\"items\":[3,3,4,3,3,3,3]},\"satisfaction\":{\"score\":4}}")
                .statusCode(201).body("satisfaction.score", equalTo(4)).body("satisfaction.comment", nullValue());
        assertThat(PersonalDataScan.plainColumnsContaining(dataSource, "later-" + person.marker())).isEmpty();
        assertThat(PersonalDataScan.binaryColumnsContainingInPlain(dataSource, "later-" + person.marker())).isEmpty();
    }

    @Test
    void theErasedVictimsDetailsAreNotFetchedFromIntakeAgainAndTheirNextSelfReferralStartsAfresh() throws Exception {
        Person person = person();
        Intake.Referred referred = referredToBeacon(person);

        erased(referred.reportId(), person);
        awaitErased(referred.id());
        String later = selfReferred(person, "beacon");

        assertThat(Intake.fetchesOf(referred.reportId())).isZero();
        assertThat(later).isNotEqualTo(referred.id());
        given().auth().oauth2(BEACON).get("/api/v1/referrals/{id}/contact-details", later).then().statusCode(200)
                .body("obtainedFrom", equalTo("SELF_REFERRAL")).body("contact.phone", equalTo(person.phone()));
        given().auth().oauth2(BEACON).get("/api/v1/referrals/{id}/contact-details", referred.id()).then().statusCode(409);
        assertThat(column("select victim_key from referral where id = ?::uuid", referred.id())).containsOnlyNulls();
        assertThat(column("select victim_key from referral where id = ?::uuid", later)).as("a new key, linking to no old event")
                .singleElement().isNotNull().isNotIn(person.keys());
    }

    @Test
    void theErasureAppliedAgainOrReplayedChangesNothing() throws Exception {
        Person person = person();
        Intake.Referred referred = referredToBeacon(person);
        supported(referred.id(), person.marker());
        EventEnvelope event = erased(referred.reportId(), person);
        awaitErased(referred.id());

        // the same erasure reaching the referral again (through another of the person's reports), and a redelivery
        ReferralWorkTest.publish(referred.reportId(), SampleEvents.subjectErased(referred.reportId(), person.keys()));
        ReferralWorkTest.publish(referred.reportId(), event);
        Replay.awaitCaughtUp("victim-care-service", List.of(Topics.REPORTS), WITHIN);
        Replay.awaitOutboxPublished(WITHIN);
        assertThat(erasureAudits(referred.id())).hasSize(1);
        Map<String, String> before = Replay.tableChecksums();

        for (int replay = 1; replay <= 2; replay++) {
            Replay.fromTheBeginning(List.of(Topics.REPORTS), reports::onReportEvents);
            Replay.awaitOutboxPublished(WITHIN);

            Map<String, String> after = Replay.tableChecksums();
            assertThat(after).as("tables changed by replay %d: %s", replay, Replay.differences(before, after)).isEqualTo(before);
        }
        given().auth().oauth2(BEACON).get("/api/v1/referrals/{id}/contact-details", referred.id()).then().statusCode(409);
    }
}
