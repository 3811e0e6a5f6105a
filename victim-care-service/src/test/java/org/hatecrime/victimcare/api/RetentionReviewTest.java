package org.hatecrime.victimcare.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hatecrime.kit.db.Sql;
import org.hatecrime.kit.retention.RetentionReminder;
import org.hatecrime.testkit.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * A provider's records manager reviews its referrals' personal data a configured time (6 years)
 * after they closed: they see only their own provider's due referrals, keep the data until a later
 * review with a reason, or anonymise it, after which the victim's notes and contact details are
 * gone for good while the referral's moves and levels stay. Every decision is audited.
 */
@QuarkusTest
class RetentionReviewTest {

    static final String BEACON_ADMIN = TestTokens.user("records-beacon", "records-manager", "beacon");
    static final String GALOP_ADMIN = TestTokens.user("records-galop", "records-manager", "galop");
    private static final String BEACON = VictimCareTestSupport.BEACON;
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Inject
    Sql sql;

    @Inject
    RetentionReminder reminder;

    @Inject
    MeterRegistry metrics;

    @Test
    void onlyReferralsClosedLongAgoAreDueAndOnlyToTheirOwnProvidersAdministrator() {
        String old = closedReferral(7, "notes-old");
        String recent = closedReferral(0, "notes-recent");

        assertThat(dueReviews(BEACON_ADMIN, TODAY)).contains(old).doesNotContain(recent);
        assertThat(dueReviews(GALOP_ADMIN, TODAY)).as("another provider's referrals are not listed").doesNotContain(old);
        given().auth().oauth2(BEACON).get("/api/v1/referrals/retention-reviews").then().statusCode(403);
        decide(BEACON, old, """
                {"decision": "ANONYMISE", "reason": "A worker trying to anonymise"}""").statusCode(403);
        decide(GALOP_ADMIN, old, """
                {"decision": "ANONYMISE", "reason": "Another provider trying to anonymise"}""").statusCode(404);
        decide(BEACON_ADMIN, recent, """
                {"decision": "ANONYMISE", "reason": "Trying to anonymise before the review"}""").statusCode(409)
                .contentType("application/problem+json");
        assertThat(notesOf(recent)).isEqualTo("notes-recent");
        assertThat(notesOf(old)).isEqualTo("notes-old");
    }

    @Test
    void theReminderCountsEachProvidersDueReviewsForMonitoringAndNoneOfAnotherProvider() {
        long beacon = reminder.remind(TODAY).getOrDefault("beacon", 0L);
        long galop = reminder.remind(TODAY).getOrDefault("galop", 0L);
        String old = closedReferral(7, null);
        closedReferral(0, null);

        Map<String, Long> due = reminder.remind(TODAY);
        assertThat(due.getOrDefault("beacon", 0L)).isEqualTo(beacon + 1);
        assertThat(due.getOrDefault("galop", 0L)).isEqualTo(galop);
        assertThat(metrics.get(RetentionReminder.GAUGE).tag("agency", "beacon").gauge().value()).isEqualTo(beacon + 1);
        decide(BEACON_ADMIN, old, """
                {"decision": "KEEP", "reason": "The victim's complaint about the service is still open", "keepUntil": "%s"}"""
                .formatted(TODAY.plusYears(1))).statusCode(201);
        assertThat(reminder.remind(TODAY).getOrDefault("beacon", 0L)).as("decided: no longer due").isEqualTo(beacon);
    }

    @Test
    void keepingNeedsAFutureDateAndMovesTheReviewThere() {
        String old = closedReferral(7, null);
        LocalDate nextReview = TODAY.plusYears(1);

        decide(BEACON_ADMIN, old, """
                {"decision": "KEEP", "reason": "The victim's complaint about the service is still open"}""").statusCode(400)
                .body("violations[0].field", equalTo("keepUntil"));
        decide(BEACON_ADMIN, old, """
                {"decision": "KEEP", "reason": "The victim's complaint about the service is still open", "keepUntil": "%s"}"""
                .formatted(nextReview)).statusCode(201).body("decision", equalTo("KEEP")).body("decidedBy", equalTo("records-beacon"))
                .body("agency", equalTo("beacon"));

        assertThat(dueReviews(BEACON_ADMIN, TODAY)).doesNotContain(old);
        assertThat(dueReviews(BEACON_ADMIN, nextReview)).contains(old);
        assertThat(audited(old, "referral.retention-keep")).isEqualTo(1);
    }

    @Test
    void anonymisingMakesTheVictimsDataUnreadableForGoodAndKeepsTheReferralsFacts() {
        String old = closedReferral(7, "notes-to-anonymise");
        String other = closedReferral(7, "notes-kept");

        decide(BEACON_ADMIN, old, """
                {"decision": "ANONYMISE", "reason": "Closed seven years ago; no complaint, claim or request open"}""").statusCode(201)
                .body("decision", equalTo("ANONYMISE")).body("keepUntil", nullValue());

        assertThat(notesOf(old)).as("sealed with a key that is gone").isNull();
        given().auth().oauth2(BEACON).get("/api/v1/referrals/{id}/contact-details", old).then().statusCode(409)
                .body("detail", containsString("retention review"));
        given().auth().oauth2(BEACON).get("/api/v1/referrals/{id}", old).then().statusCode(200)
                .body("status", equalTo("CLOSED")).body("history[-1].reasonCode", equalTo("OUTCOME_RECORDED"));
        assertThat(notesOf(other)).isEqualTo("notes-kept");
        assertThat(dueReviews(BEACON_ADMIN, TODAY)).doesNotContain(old).contains(other);
        decide(BEACON_ADMIN, old, """
                {"decision": "ANONYMISE", "reason": "Anonymising the same referral twice"}""").statusCode(409);
        assertThat(audited(old, "referral.retention-anonymise")).isEqualTo(1);
        assertThat(audited("due", "referral.retention-reviews")).as("looking at the list is audited too").isPositive();
    }

    @Test
    void anUnknownReferralIsNotFoundAndBadInputNamesTheField() {
        decide(BEACON_ADMIN, UUID.randomUUID().toString(), """
                {"decision": "KEEP", "reason": "No such referral anywhere", "keepUntil": "%s"}""".formatted(TODAY.plusYears(1)))
                .statusCode(404);
        decide(BEACON_ADMIN, closedReferral(7, null), """
                {"decision": "DELETE", "reason": "Not a decision we know"}""").statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(BEACON_ADMIN).queryParam("dueBy", "next-year").get("/api/v1/referrals/retention-reviews").then()
                .statusCode(400).contentType("application/problem+json").body("violations[0].field", equalTo("dueBy"));
    }

    /** A referral Beacon worked and closed {@code yearsAgo} years ago (the passage of time set in the database). */
    private String closedReferral(int yearsAgo, String notes) {
        String id = VictimCareTestSupport.acceptedReferral();
        NeedsAssessmentWorkTest.assess(BEACON, id, VictimCareTestSupport.assessment("STANDARD", null, notes)).statusCode(201);
        ReferralWorkTest.change(BEACON, id, "{\"status\":\"CLOSED\",\"reasonCode\":\"OUTCOME_RECORDED\"}").statusCode(200);
        QuarkusTransaction.requiringNew().run(() -> {
            String years = yearsAgo + " years";
            sql.update("update referral_move set moved_at = moved_at - ?::interval where referral_id = ?::uuid", years, id);
            sql.update("update referral set consented_at = consented_at - ?::interval where id = ?::uuid", years, id);
        });
        return id;
    }

    private static String notesOf(String referralId) {
        return given().auth().oauth2(BEACON).get("/api/v1/referrals/{id}/needs-assessments", referralId).then().statusCode(200)
                .extract().path("[0].needs.find { it.domain == 'EMOTIONAL' }.notes");
    }

    private static List<String> dueReviews(String token, LocalDate dueBy) {
        return given().auth().oauth2(token).queryParam("dueBy", dueBy.toString()).queryParam("size", 100)
                .get("/api/v1/referrals/retention-reviews").then().statusCode(200).extract().path("referralId");
    }

    private static ValidatableResponse decide(String token, String referralId, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/v1/referrals/{id}/retention-decisions", referralId).then();
    }

    private long audited(String objectId, String action) {
        return QuarkusTransaction.requiringNew().call(() -> sql.number(
                "select count(*) from audit_log where object_id = ? and action = ?", objectId, action));
    }
}
