package org.hatecrime.analytics.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.hatecrime.events.EventEnvelope;
import org.hatecrime.events.Topics;
import org.hatecrime.kit.db.Sql;
import org.hatecrime.testkit.Replay;
import org.hatecrime.testkit.SampleEvents;
import org.hatecrime.testkit.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A rebuild reads every event again into fresh tables while the live ones keep answering, then
 * switches over: the read models come out exactly as the live consumers built them, events that
 * arrived meanwhile included once, erasures applied (one held for a report not yet arrived), forged
 * events left out as the live consumers leave them out. Each test uses 2010, no other test's year.
 */
@QuarkusTest
class ReadModelRebuildTest {

    static final String OPERATOR = TestTokens.user("ops-admin", "admin", "herts-csp");
    static final String REBUILDS = "/api/v1/analytics/read-model-rebuilds";
    static final Duration WITHIN = Duration.ofSeconds(90);
    static final List<String> TOPICS = List.of(Topics.REPORTS, Topics.REFERRALS, Topics.CASES);
    static final OffsetDateTime FEBRUARY = OffsetDateTime.parse("2010-02-15T12:00:00Z");
    static final String VICTIM_KEY = "9d4b2f6e8a1c3e5f7b9d0a2c4e6f8b1d3f5a7c9e0b2d4f6a8c1e3b5d7f9a0c2e";

    @Inject
    RebuildGate gate;

    @Inject
    Sql sql;

    @AfterEach
    void letAnyRebuildFinish() {
        gate.release();
    }

    @Test
    void aRebuildGivesBackTheLiveReadModelsWhileTheyKeepAnsweringAndTakesInWhatArrivedMeanwhileOnce() throws InterruptedException {
        UUID withdrawnMeanwhile = AnalyticsEvents.submitted("RACE", "STEVENAGE", FEBRUARY);
        UUID caseId = UUID.randomUUID();
        ContractExamples.publish(Topics.CASES, "case.opened.v1", caseId, "caseId", "case-service", p -> p.put("openedAt", FEBRUARY.toString()));
        UUID referralId = UUID.randomUUID();
        ContractExamples.publish(Topics.REFERRALS, "referral.created.v1", referralId, "referralId", "victim-care-service", p -> {
        });
        UUID erasedEarlier = AnalyticsEvents.submitted("RACE", "STEVENAGE", FEBRUARY);
        AnalyticsEvents.publish(erasedEarlier, SampleEvents.subjectErased(erasedEarlier, List.of(VICTIM_KEY)));
        UUID erasedBeforeItArrives = UUID.randomUUID();
        AnalyticsEvents.publish(erasedBeforeItArrives, SampleEvents.subjectErased(erasedBeforeItArrives, List.of(VICTIM_KEY)));
        UUID forged = UUID.randomUUID();
        EventEnvelope genuine = SampleEvents.reportSubmitted(forged, List.of("RACE"), "STEVENAGE", false, false, true);
        AnalyticsEvents.publish(forged, new EventEnvelope(genuine.id(), genuine.type(), "case-service", genuine.subject(),
                genuine.occurredAt(), null, null, genuine.payload()));
        Replay.awaitCaughtUp("analytics-service", TOPICS, WITHIN);

        gate.holdNext();
        String location = given().auth().oauth2(OPERATOR).post(REBUILDS)
                .then().statusCode(202).body("state", equalTo("RUNNING")).extract().header("Location");
        gate.awaitHeld(WITHIN);

        UUID arrivedMeanwhile = AnalyticsEvents.submitted("DISABILITY", "WATFORD", FEBRUARY);
        AnalyticsEvents.publish(withdrawnMeanwhile, SampleEvents.withdrawn(withdrawnMeanwhile, "VICTIM_REQUEST"));
        UUID erasedMeanwhile = AnalyticsEvents.submitted("RACE", "WATFORD", FEBRUARY);
        AnalyticsEvents.publish(erasedMeanwhile, SampleEvents.subjectErased(erasedMeanwhile, List.of(VICTIM_KEY)));
        ContractExamples.publish(Topics.CASES, "case.charged.v1", caseId, "caseId", "case-service",
                p -> p.put("changedAt", FEBRUARY.plusDays(9).toString()));
        ContractExamples.publish(Topics.REFERRALS, "victims-code.breach-detected.v1", referralId, "referralId", "victim-care-service", p -> {
        });
        Replay.awaitCaughtUp("analytics-service", TOPICS, WITHIN);
        Map<String, String> live = readModels();
        assertThat(live.get("report_month_count")).as("the monthly counts, derived from report_fact").doesNotStartWith("0:");

        JsonPath february = given().auth().oauth2(CountingRulesTest.ANALYST).queryParam("from", "2010-02").queryParam("to", "2010-02")
                .get("/api/v1/analytics/summary").then().statusCode(200).extract().jsonPath();
        assertThat(february.getLong("totalReports")).as("the live tables answer while the rebuild runs").isEqualTo(1);
        JsonPath running = progress(location);
        assertThat(running.getString("state")).isEqualTo("RUNNING");
        assertThat(running.getLong("recordsTotal")).isPositive();
        assertThat(running.getLong("recordsRead")).isGreaterThanOrEqualTo(running.getLong("recordsTotal"));
        assertThat(running.getLong("eventsApplied")).isPositive();
        assertThat(running.getList("partitions.topic", String.class)).containsAll(TOPICS);
        assertThat(running.getString("startedAt")).isNotNull();
        assertThat(running.getString("finishedAt")).isNull();
        given().auth().oauth2(OPERATOR).post(REBUILDS)
                .then().statusCode(409).contentType("application/problem+json");

        gate.release();
        Awaitility.await().atMost(WITHIN).until(() -> !"RUNNING".equals(progress(location).getString("state"))
                && !"SWITCHING".equals(progress(location).getString("state")));
        JsonPath done = progress(location);
        assertThat(done.getString("state")).as(done.getString("detail")).isEqualTo("COMPLETED");
        assertThat(done.getString("finishedAt")).isNotNull();

        Replay.awaitCaughtUp("analytics-service", TOPICS, WITHIN);
        Map<String, String> rebuilt = readModels();
        assertThat(rebuilt).as("tables that differ: %s", Replay.differences(live, rebuilt)).isEqualTo(live);
        assertThat(sql.number("select count(*) from report_fact where report_id = ?", arrivedMeanwhile)).isEqualTo(1);
        assertThat(sql.number("select count(*) from report_fact where report_id = ? and withdrawn_at is not null", withdrawnMeanwhile))
                .isEqualTo(1);
        assertThat(sql.number("select count(*) from case_fact where case_id = ? and charged_at is not null", caseId)).isEqualTo(1);
        assertThat(sql.number("select count(*) from victims_code_breach_fact where referral_id = ?", referralId)).isEqualTo(1);
        assertThat(sql.number("select count(*) from report_fact where report_id in (?, ?) and erased_at is not null", erasedEarlier,
                erasedMeanwhile)).isEqualTo(2);
        assertThat(sql.number("select count(*) from erasure_before_report where report_id = ?", erasedBeforeItArrives)).isEqualTo(1);
        assertThat(sql.number("select count(*) from report_fact where report_id = ?", forged))
                .as("a forged event, parked by the live consumer, is not rebuilt either").isZero();
        assertThat(sql.number("select count(*) from inbox_event where event_id in (select event_id from rebuild.inbox_event)"))
                .as("the fresh tables are emptied once copied over").isZero();
    }

    @Test
    void aRebuildCorrectsARowAFaultyProjectionWroteAndTheMonthlyCountsFollow() {
        String april = "2010-04";
        UUID reportId = AnalyticsEvents.submitted("DISABILITY", "HERTSMERE", FEBRUARY.plusMonths(2));
        Replay.awaitCaughtUp("analytics-service", TOPICS, WITHIN);
        assertThat(month(april).getMap("byDistrict")).containsOnlyKeys("HERTSMERE");
        // what a faulty projection might have written; the counts follow report_fact whatever writes it
        sql.update("update report_fact set district = 'NOWHERE', strands = '{OTHER}' where report_id = ?", reportId);
        assertThat(month(april).getMap("byDistrict")).containsOnlyKeys("NOWHERE");

        String location = given().auth().oauth2(OPERATOR).post(REBUILDS).then().statusCode(202).extract().header("Location");
        Awaitility.await().atMost(WITHIN).until(() -> "COMPLETED".equals(progress(location).getString("state")));

        JsonPath rebuilt = month(april);
        assertThat(rebuilt.getLong("totalReports")).isEqualTo(1);
        assertThat(rebuilt.getMap("byDistrict")).containsOnlyKeys("HERTSMERE");
        assertThat(rebuilt.getMap("byStrand")).containsOnlyKeys("DISABILITY");
        assertThat(sql.number("select count(*) from report_month_count where dimension = 'district' and key = 'NOWHERE'")).isZero();
    }

    private static JsonPath month(String month) {
        return given().auth().oauth2(CountingRulesTest.ANALYST).queryParam("from", month).queryParam("to", month)
                .get("/api/v1/analytics/summary").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aRebuildMissingAnEventTheLiveTablesHoldSwitchesNothingOver() {
        UUID counted = AnalyticsEvents.submitted("RELIGION_OR_BELIEF", "DACORUM", FEBRUARY.plusMonths(1));
        Replay.awaitCaughtUp("analytics-service", TOPICS, WITHIN);
        UUID goneFromTheTopics = UUID.randomUUID();
        sql.update("insert into inbox_event (consumer, event_id, event_type) values ('analytics-service', ?, 'report.submitted.v1')",
                goneFromTheTopics);
        try {
            Map<String, String> live = readModels();
            String location = given().auth().oauth2(OPERATOR).post(REBUILDS).then().statusCode(202).extract().header("Location");
            Awaitility.await().atMost(WITHIN).until(() -> "FAILED".equals(progress(location).getString("state")));
            assertThat(progress(location).getString("detail")).contains("report.submitted.v1=1");
            assertThat(readModels()).isEqualTo(live);
            assertThat(sql.number("select count(*) from report_fact where report_id = ?", counted)).isEqualTo(1);
        } finally {
            sql.update("delete from inbox_event where event_id = ?", goneFromTheTopics);
        }
    }

    @Test
    void aRebuildWhoseServiceStoppedIsAbandonedWhenTheNextStarts() {
        UUID stopped = UUID.randomUUID();
        OffsetDateTime anHourAgo = OffsetDateTime.now().minusHours(1);
        sql.update("""
                insert into read_model_rebuild (id, state, requested_by, agency, started_at, progressed_at)
                values (?, 'RUNNING', 'ops-admin', 'herts-csp', ?, ?)""", stopped, anHourAgo, anHourAgo);

        String location = given().auth().oauth2(OPERATOR).post(REBUILDS).then().statusCode(202).extract().header("Location");

        JsonPath abandoned = progress(REBUILDS + "/" + stopped);
        assertThat(abandoned.getString("state")).isEqualTo("ABANDONED");
        assertThat(abandoned.getString("finishedAt")).isNotNull();
        Awaitility.await().atMost(WITHIN).until(() -> "COMPLETED".equals(progress(location).getString("state")));
    }

    @Test
    void onlyAdministratorsOfTheOperatorAgencyMayRebuildOrFollowARebuild() {
        String unknown = REBUILDS + "/" + UUID.randomUUID();
        for (String token : List.of(CountingRulesTest.ANALYST, TestTokens.user("admin-police", "admin", "herts-police"),
                TestTokens.withoutAgency("admin-nobody", "admin"))) {
            given().auth().oauth2(token).post(REBUILDS).then().statusCode(403);
            given().auth().oauth2(token).get(unknown).then().statusCode(403);
        }
        given().post(REBUILDS).then().statusCode(401);
    }

    @Test
    void theRebuildIsLeftOutOfThePublishedDocumentLikeTheOtherOperatorsRoutes() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/v1/analytics/summary'", org.hamcrest.Matchers.notNullValue())
                .body("paths.'" + REBUILDS + "'", org.hamcrest.Matchers.nullValue())
                .body("paths.'" + REBUILDS + "/{id}'", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void anIdThatIsNotAUuidIsABadRequestNamingItAndAnUnknownOneIsNotFound() {
        given().auth().oauth2(OPERATOR).get(REBUILDS + "/not-a-rebuild")
                .then().statusCode(400).contentType("application/problem+json").body("violations.field", hasItem("id"));
        given().auth().oauth2(OPERATOR).get(REBUILDS + "/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }

    private static JsonPath progress(String location) {
        return given().auth().oauth2(OPERATOR).get(location).then().statusCode(200).extract().jsonPath();
    }

    /** Every table's checksum but the audit log's and the rebuilds' own records, which a rebuild adds to. */
    private static Map<String, String> readModels() {
        Map<String, String> tables = new TreeMap<>(Replay.tableChecksums());
        tables.keySet().removeIf(table -> table.startsWith("audit_") || table.startsWith("read_model_rebuild"));
        return tables;
    }
}
