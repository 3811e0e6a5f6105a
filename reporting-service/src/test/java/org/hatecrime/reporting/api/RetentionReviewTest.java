package org.hatecrime.reporting.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.hatecrime.events.EventEnvelope;
import org.hatecrime.kit.db.Sql;
import org.hatecrime.kit.protection.Randomness;
import org.hatecrime.kit.retention.RetentionReminder;
import org.junit.jupiter.api.Test;

/**
 * Storage limitation: a closed report's personal details come up for review six years after it
 * closed; an administrator keeps them until a later review or anonymises them, each decision with
 * its reason, audited. Anonymising empties the details for good, keeps the coded facts and the
 * person's other reports, and tells the other services to forget the report.
 */
@QuarkusTest
class RetentionReviewTest {

    private static final String CENTRE = ReportLifecycleTest.CENTRE;
    private static final String ADMIN = ReportLifecycleTest.ADMIN;
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Inject
    Sql sql;

    @Inject
    RetentionReminder reminder;

    @Inject
    MeterRegistry metrics;

    @Test
    void aReportClosedSixYearsAgoIsDueAndOneClosedLastWeekIsNot() {
        String old = closedReport(7);
        String recent = closedReport(0);

        List<String> due = dueReviews(TODAY);
        assertThat(due).contains(old).doesNotContain(recent);
        given().auth().oauth2(CENTRE).get("/api/v1/reports/retention-reviews").then().statusCode(403);
        decide(recent, """
                {"decision": "ANONYMISE", "reason": "Trying to anonymise before the review"}""").statusCode(409)
                .contentType("application/problem+json");
        given().auth().oauth2(CENTRE).get("/api/v1/reports/{id}", recent).then().statusCode(200)
                .body("details.description", equalTo("Called names at the bus stop"));
    }

    @Test
    void theReminderCountsEachAgencysDueReviewsForMonitoring() {
        long before = reminder.remind(TODAY).getOrDefault("stevenage-centre", 0L);
        String old = closedReport(7);
        closedReport(0);

        assertThat(reminder.remind(TODAY).getOrDefault("stevenage-centre", 0L)).isEqualTo(before + 1);
        assertThat(metrics.get(RetentionReminder.GAUGE).tag("agency", "stevenage-centre").gauge().value()).isEqualTo(before + 1);
        decide(old, """
                {"decision": "KEEP", "reason": "The victim asked us to keep it while a complaint runs", "keepUntil": "%s"}"""
                .formatted(TODAY.plusYears(1))).statusCode(201);
        assertThat(reminder.remind(TODAY).getOrDefault("stevenage-centre", 0L)).as("decided: no longer due").isEqualTo(before);
    }

    @Test
    void keepingTheDetailsNeedsAFutureDateAndMovesTheReviewThere() {
        String old = closedReport(7);
        LocalDate nextReview = TODAY.plusYears(1);

        decide(old, """
                {"decision": "KEEP", "reason": "The victim asked us to keep it while a complaint runs"}""").statusCode(400)
                .body("violations[0].field", equalTo("keepUntil"));
        decide(old, """
                {"decision": "KEEP", "reason": "The victim asked us to keep it", "keepUntil": "%s"}""".formatted(TODAY)).statusCode(400);
        decide(old, """
                {"decision": "KEEP", "reason": "The victim asked us to keep it while a complaint runs", "keepUntil": "%s"}"""
                .formatted(nextReview)).statusCode(201).body("decision", equalTo("KEEP")).body("decidedBy", equalTo("admin-herts"));

        assertThat(dueReviews(TODAY)).doesNotContain(old);
        assertThat(dueReviews(nextReview)).contains(old);
        assertThat(audited(old, "report.retention-keep")).isEqualTo(1);
    }

    @Test
    void anonymisingEmptiesTheDetailsForGoodKeepsTheFactsAndThePersonsOtherReportsAndTellsTheOtherServices() {
        String phone = "07700 6" + String.format("%05d", Randomness.generator().nextInt(100_000));
        String old = closedReport(7, phone);
        String later = ReportSubmissionTestSupport.submit(CENTRE, ReportLifecycleTest.report(true, true).replace("07700 900123", phone));

        decide(old, """
                {"decision": "ANONYMISE", "reason": "Closed seven years ago; no open case, complaint or request"}""").statusCode(201)
                .body("decision", equalTo("ANONYMISE")).body("keepUntil", nullValue());

        given().auth().oauth2(CENTRE).get("/api/v1/reports/{id}", old).then().statusCode(200)
                .body("anonymisedAt", notNullValue())
                .body("details.description", nullValue())
                .body("details.contact", nullValue())
                .body("district", equalTo("WATFORD"))
                .body("strands[0]", equalTo("DISABILITY"));
        given().auth().oauth2(CENTRE).get("/api/v1/reports/{id}", later).then().statusCode(200)
                .body("details.contact.phone", equalTo(phone));
        EventEnvelope forget = ReportLifecycleTest.awaitEvent(old, "subject.erased.v1");
        assertThat(forget.payload().get("victimKeys")).hasSize(1);
        assertThat(forget.payload().get("victimKeysRetired").asBoolean()).as("the person was not erased").isFalse();
        String afterwards = ReportSubmissionTestSupport.submit(CENTRE, ReportLifecycleTest.report(true, true).replace("07700 900123", phone));
        assertThat(ReportLifecycleTest.awaitEvent(afterwards, "report.submitted.v1").payload().get("victimKey").asText())
                .as("the person's keys are not retired: their next report links to the one still kept")
                .isEqualTo(ReportLifecycleTest.awaitEvent(later, "report.submitted.v1").payload().get("victimKey").asText());
        assertThat(QuarkusTransaction.requiringNew().call(() -> sql.number("select count(*) from report_victim_key where report_id = ?::uuid",
                old))).isZero();
        assertThat(dueReviews(TODAY)).doesNotContain(old);
        decide(old, """
                {"decision": "ANONYMISE", "reason": "Anonymising the same report twice"}""").statusCode(409);
        assertThat(audited(old, "report.retention-anonymise")).isEqualTo(1);
    }

    @Test
    void anUnknownReportIsNotFoundAndBadInputNamesTheField() {
        decide("7d0c3a1e-2b4f-4c6d-8e9f-0a1b2c3d4e5f", """
                {"decision": "KEEP", "reason": "No such report anywhere", "keepUntil": "%s"}""".formatted(TODAY.plusYears(1)))
                .statusCode(404);
        decide(closedReport(7), """
                {"decision": "DELETE", "reason": "Not a decision we know"}""").statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(ADMIN).queryParam("dueBy", "next-year").get("/api/v1/reports/retention-reviews").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("dueBy"));
    }

    private String closedReport(int yearsAgo) {
        return closedReport(yearsAgo, "07700 5" + String.format("%05d", Randomness.generator().nextInt(100_000)));
    }

    /** A report closed {@code yearsAgo} years ago (the passage of time set in the database, as the years would). */
    private String closedReport(int yearsAgo, String phone) {
        String id = ReportSubmissionTestSupport.submit(CENTRE, ReportLifecycleTest.report(false, false).replace("07700 900123", phone));
        ReportLifecycleTest.post(CENTRE, "/api/v1/reports/" + id + "/triage", "{\"recordedAs\":\"CRIME\"}").statusCode(200);
        ReportLifecycleTest.post(CENTRE, "/api/v1/reports/" + id + "/closure", null).statusCode(200);
        QuarkusTransaction.requiringNew().run(() -> sql.update(
                "update report set ended_at = ended_at - (? || ' years')::interval, received_at = received_at - (? || ' years')::interval "
                        + "where id = ?::uuid", String.valueOf(yearsAgo), String.valueOf(yearsAgo), id));
        return id;
    }

    private static List<String> dueReviews(LocalDate dueBy) {
        return given().auth().oauth2(ADMIN).queryParam("dueBy", dueBy.toString()).queryParam("size", 100)
                .get("/api/v1/reports/retention-reviews").then().statusCode(200).extract().path("reportId");
    }

    private static ValidatableResponse decide(String reportId, String body) {
        return ReportLifecycleTest.post(ADMIN, "/api/v1/reports/" + reportId + "/retention-decisions", body);
    }

    private long audited(String reportId, String action) {
        return QuarkusTransaction.requiringNew().call(() -> sql.number(
                "select count(*) from audit_log where object_id = ? and action = ?", reportId, action));
    }
}
