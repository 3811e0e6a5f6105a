package org.hatecrime.cases.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hatecrime.cases.api.CaseTestSupport.HERTS;
import static org.hatecrime.cases.api.CaseTestSupport.RECORD;
import static org.hatecrime.cases.api.CaseTestSupport.move;
import static org.hatecrime.cases.api.CaseTestSupport.moved;
import static org.hatecrime.cases.api.CaseTestSupport.openCase;
import static org.hatecrime.cases.api.CaseTestSupport.to;

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
 * A force's records manager reviews its cases' personal data a configured time (6 years) after they
 * closed, or opened if they never closed: only their own force's cases, kept until a later review
 * or anonymised, after which the case's victim key, suspect reference and links to other cases are
 * gone while its progress stays. Every decision is audited.
 */
@QuarkusTest
class CaseRetentionTest {

    static final String HERTS_ADMIN = TestTokens.user("records-herts-police", "records-manager", "herts-police");
    static final String BEDS_ADMIN = TestTokens.user("records-beds-police", "records-manager", "beds-police");
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Inject
    Sql sql;

    @Inject
    RetentionReminder reminder;

    @Inject
    MeterRegistry metrics;

    @Test
    void onlyOldCasesAreDueAndOnlyToTheirOwnForcesAdministrator() {
        UUID old = caseOpened(7, null);
        UUID recent = caseOpened(0, null);

        assertThat(dueReviews(HERTS_ADMIN, TODAY)).contains(old.toString()).doesNotContain(recent.toString());
        assertThat(dueReviews(BEDS_ADMIN, TODAY)).as("another force's cases are not listed").doesNotContain(old.toString());
        given().auth().oauth2(HERTS).get("/api/v1/cases/retention-reviews").then().statusCode(403);
        decide(HERTS, old, """
                {"decision": "ANONYMISE", "reason": "The records system trying to anonymise"}""").statusCode(403);
        decide(BEDS_ADMIN, old, """
                {"decision": "ANONYMISE", "reason": "Another force trying to anonymise"}""").statusCode(404);
        decide(HERTS_ADMIN, recent, """
                {"decision": "ANONYMISE", "reason": "Trying to anonymise before the review"}""").statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void theReminderCountsEachForcesDueReviewsForMonitoringAndNoneOfAnotherForce() {
        long herts = reminder.remind(TODAY).getOrDefault("herts-police", 0L);
        long beds = reminder.remind(TODAY).getOrDefault("beds-police", 0L);
        UUID old = caseOpened(7, null);
        caseOpened(0, null);

        Map<String, Long> due = reminder.remind(TODAY);
        assertThat(due.getOrDefault("herts-police", 0L)).isEqualTo(herts + 1);
        assertThat(due.getOrDefault("beds-police", 0L)).as("another force's reviews are its own").isEqualTo(beds);
        assertThat(metrics.get(RetentionReminder.GAUGE).tag("agency", "herts-police").gauge().value()).isEqualTo(herts + 1);
        decide(HERTS_ADMIN, old, """
                {"decision": "KEEP", "reason": "An appeal against sentence is still to be heard", "keepUntil": "%s"}"""
                .formatted(TODAY.plusYears(1))).statusCode(201);
        assertThat(reminder.remind(TODAY).getOrDefault("herts-police", 0L)).as("decided: no longer due").isEqualTo(herts);
    }

    @Test
    void keepingNeedsAFutureDateAndMovesTheReviewThere() {
        UUID old = caseOpened(7, null);
        LocalDate nextReview = TODAY.plusYears(1);

        decide(HERTS_ADMIN, old, """
                {"decision": "KEEP", "reason": "An appeal against sentence is still to be heard", "keepUntil": "%s"}"""
                .formatted(TODAY)).statusCode(400).body("violations[0].field", equalTo("keepUntil"));
        decide(HERTS_ADMIN, old, """
                {"decision": "KEEP", "reason": "An appeal against sentence is still to be heard", "keepUntil": "%s"}"""
                .formatted(nextReview)).statusCode(201).body("decision", equalTo("KEEP")).body("decidedBy", equalTo("records-herts-police"));

        assertThat(dueReviews(HERTS_ADMIN, TODAY)).doesNotContain(old.toString());
        assertThat(dueReviews(HERTS_ADMIN, nextReview)).contains(old.toString());
        assertThat(audited(old, "case.retention-keep")).isEqualTo(1);
    }

    @Test
    void anonymisingForgetsTheVictimKeySuspectAndLinksAndKeepsTheProgress() {
        String suspect = "S-41-" + UUID.randomUUID();
        String victimKey = "cd".repeat(28) + String.format("%08x", (int) (Math.random() * Integer.MAX_VALUE));
        UUID old = caseOpened(7, victimKey);
        UUID other = caseOpened(0, victimKey);
        for (UUID c : List.of(old, other)) {
            moved(HERTS, c, to("INVESTIGATING"));
            moved(HERTS, c, "{\"stage\": \"SUSPECT_IDENTIFIED\", \"suspectReference\": \"" + suspect + "\"}");
        }
        given().auth().oauth2(HERTS).get("/api/v1/cases/{id}", other).then().body("linkedCases.caseId", org.hamcrest.Matchers.hasItem(old.toString()));

        decide(HERTS_ADMIN, old, """
                {"decision": "ANONYMISE", "reason": "Open seven years with nothing recorded since; no appeal or complaint"}""")
                .statusCode(201).body("decision", equalTo("ANONYMISE")).body("keepUntil", nullValue());

        given().auth().oauth2(HERTS).get("/api/v1/cases/{id}", old).then().statusCode(200)
                .body("anonymisedAt", notNullValue()).body("suspectReference", nullValue()).body("linkedCases", empty())
                .body("stage", equalTo("SUSPECT_IDENTIFIED")).body("crimeReference", equalTo("41/12345/26"));
        given().auth().oauth2(HERTS).get("/api/v1/cases/{id}", other).then().statusCode(200)
                .body("suspectReference", equalTo(suspect)).body("linkedCases", empty());
        assertThat(QuarkusTransaction.requiringNew().call(() -> sql.number(
                "select count(*) from case_file where id = ? and victim_key is not null", old))).isZero();
        assertThat(dueReviews(HERTS_ADMIN, TODAY)).doesNotContain(old.toString());
        decide(HERTS_ADMIN, old, """
                {"decision": "ANONYMISE", "reason": "Anonymising the same case twice"}""").statusCode(409);
        assertThat(audited(old, "case.retention-anonymise")).isEqualTo(1);
    }

    @Test
    void anAnonymisedCaseStillInvestigatedTakesNoSuspectReferenceAgain() {
        UUID old = caseOpened(7, null);
        moved(HERTS, old, to("INVESTIGATING"));
        decide(HERTS_ADMIN, old, """
                {"decision": "ANONYMISE", "reason": "Open seven years with nothing recorded since; no appeal or complaint"}""")
                .statusCode(201);

        move(HERTS, old, "{\"stage\": \"SUSPECT_IDENTIFIED\", \"suspectReference\": \"S-41-" + UUID.randomUUID() + "\"}").then()
                .statusCode(409).contentType("application/problem+json").body("detail", containsString("anonymised"));
        given().auth().oauth2(HERTS).get("/api/v1/cases/{id}", old).then().statusCode(200)
                .body("stage", equalTo("INVESTIGATING")).body("suspectReference", nullValue());
        // the investigation itself goes on: a suspect identified without a reference is still recorded
        moved(HERTS, old, to("SUSPECT_IDENTIFIED"));
        given().auth().oauth2(HERTS).get("/api/v1/cases/{id}", old).then().statusCode(200)
                .body("stage", equalTo("SUSPECT_IDENTIFIED")).body("suspectReference", nullValue()).body("linkedCases", empty());
    }

    @Test
    void anUnknownCaseIsNotFoundAndBadInputNamesTheField() {
        decide(HERTS_ADMIN, UUID.randomUUID(), """
                {"decision": "KEEP", "reason": "No such case anywhere", "keepUntil": "%s"}""".formatted(TODAY.plusYears(1))).statusCode(404);
        decide(HERTS_ADMIN, caseOpened(7, null), """
                {"decision": "DELETE", "reason": "Not a decision we know"}""").statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(HERTS_ADMIN).queryParam("dueBy", "next-year").get("/api/v1/cases/retention-reviews").then()
                .statusCode(400).contentType("application/problem+json").body("violations[0].field", equalTo("dueBy"));
    }

    /** A Hertfordshire case recorded {@code yearsAgo} years ago and never closed (the passage of time set in the database). */
    private UUID caseOpened(int yearsAgo, String victimKey) {
        UUID caseId = openCase("herts-police", HERTS, victimKey);
        moved(HERTS, caseId, RECORD);
        QuarkusTransaction.requiringNew().run(() -> sql.update(
                "update case_file set opened_at = opened_at - ?::interval where id = ?", yearsAgo + " years", caseId));
        return caseId;
    }

    private static List<String> dueReviews(String token, LocalDate dueBy) {
        return given().auth().oauth2(token).queryParam("dueBy", dueBy.toString()).queryParam("size", 100)
                .get("/api/v1/cases/retention-reviews").then().statusCode(200).extract().path("caseId");
    }

    private static ValidatableResponse decide(String token, UUID caseId, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/v1/cases/{id}/retention-decisions", caseId).then();
    }

    private long audited(UUID caseId, String action) {
        return QuarkusTransaction.requiringNew().call(() -> sql.number(
                "select count(*) from audit_log where object_id = ? and action = ?", caseId.toString(), action));
    }
}
