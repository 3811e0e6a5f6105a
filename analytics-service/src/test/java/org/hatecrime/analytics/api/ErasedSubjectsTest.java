package org.hatecrime.analytics.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.hatecrime.events.EventEnvelope;
import org.hatecrime.events.EventJson;
import org.hatecrime.kit.db.Sql;
import org.hatecrime.testkit.SampleEvents;
import org.hatecrime.testkit.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * A report whose subject intake erased ({@code subject.erased.v1}) leaves every figure, whenever the
 * erasure comes, and nothing analytics keeps ties it to the person any more. Each test uses its own
 * month of 2014 (no other test's year), so its figures are exact.
 */
@QuarkusTest
class ErasedSubjectsTest {

    static final String ANALYST = TestTokens.user("analyst-herts", "analyst", "herts-csp");
    static final Duration WITHIN = Duration.ofSeconds(30);
    static final String VICTIM_KEY = "5f2c8e1a9b3d7f4e6a0c2b8d1e5f3a7c9b4d6e8f0a2c4e6b8d0f1a3c5e7b9d2f";

    @Inject
    Sql sql;

    private static JsonPath month(String month) {
        return given().auth().oauth2(ANALYST).queryParam("from", month).queryParam("to", month)
                .get("/api/v1/analytics/summary").then().statusCode(200).extract().jsonPath();
    }

    private static OffsetDateTime in(String month) {
        return OffsetDateTime.parse(month + "-15T12:00:00Z");
    }

    private static void erase(UUID reportId) {
        AnalyticsEvents.publish(reportId, SampleEvents.subjectErased(reportId, List.of(VICTIM_KEY)));
    }

    private boolean recorded(UUID reportId) {
        return sql.number("select count(*) from report_fact where report_id = ?", reportId) == 1;
    }

    @Test
    void erasingTheSubjectTakesTheReportOutOfTheTotalItsStrandItsDistrictAndTheRepeatRate() {
        String month = "2014-01";
        UUID erased = AnalyticsEvents.submitted("RACE", "STEVENAGE", in(month), true,
                p -> p.put("victimKey", VICTIM_KEY).put("earlierReportsFromSameVictim", 1));
        AnalyticsEvents.submitted("DISABILITY", "WATFORD", in(month));
        Awaitility.await().atMost(WITHIN).until(() -> month(month).getLong("totalReports") == 2);
        JsonPath before = month(month);
        assertThat(before.getLong("byStrand.RACE")).isEqualTo(1);
        assertThat(before.getLong("byDistrict.STEVENAGE")).isEqualTo(1);
        assertThat(before.getDouble("repeatVictimisationRate")).isEqualTo(0.5);

        erase(erased);

        Awaitility.await().atMost(WITHIN).until(() -> month(month).getLong("totalReports") == 1);
        JsonPath after = month(month);
        assertThat(after.getMap("byStrand")).containsOnlyKeys("DISABILITY");
        assertThat(after.getMap("byDistrict")).containsOnlyKeys("WATFORD");
        assertThat(after.getDouble("repeatVictimisationRate")).isEqualTo(0.0);
        assertThat(sql.number("select count(*) from report_fact where report_id = ? and repeat_victim", erased))
                .as("that the person had reported before is forgotten").isZero();
    }

    @Test
    void aReleasePublishedAfterTheErasureLeavesTheReportOutWhileTheReleaseBeforeItStaysAsPublished() {
        String month = "2014-02";
        UUID erased = null;
        for (int i = 0; i < 12; i++) {
            erased = AnalyticsEvents.submitted("RACE", "STEVENAGE", in(month).plusHours(i));
        }
        UUID last = erased;
        Awaitility.await().atMost(WITHIN).until(() -> recorded(last));
        int first = publish("{\"period\": \"2014-02\"}").jsonPath().getInt("version");
        String asPublished = given().get("/api/v1/public/statistics/releases/" + first).then().statusCode(200).extract().asString();
        assertThat(stevenageRace(first)).isEqualTo(12);

        erase(last);
        Awaitility.await().atMost(WITHIN).until(() -> sql.number("select count(*) from report_fact where report_id = ? "
                + "and erased_at is not null", last) == 1);
        JsonPath revision = publish("{\"period\": \"2014-02\", \"changeNote\": \"A person was erased\"}").jsonPath();

        assertThat(revision.getInt("revises")).isEqualTo(first);
        assertThat(stevenageRace(revision.getInt("version"))).isEqualTo(11);
        assertThat(given().get("/api/v1/public/statistics/releases/" + first).then().extract().asString())
                .as("a published release never changes").isEqualTo(asPublished);
    }

    @Test
    void anErasureThatArrivesBeforeTheReportStillLeavesItUncounted() {
        String month = "2014-03";
        UUID reportId = UUID.randomUUID();
        erase(reportId); // a replay or re-drive out of turn: intake itself publishes it after the report
        AnalyticsEvents.submitted(reportId, "SEXUAL_ORIENTATION", "HERTSMERE", in(month), true,
                p -> p.put("victimKey", VICTIM_KEY).put("earlierReportsFromSameVictim", 2));
        UUID counted = AnalyticsEvents.submitted("RACE", "DACORUM", in(month));
        Awaitility.await().atMost(WITHIN).until(() -> recorded(reportId) && recorded(counted));

        JsonPath summary = month(month);
        assertThat(summary.getLong("totalReports")).isEqualTo(1);
        assertThat(summary.getMap("byStrand")).containsOnlyKeys("RACE");
        assertThat(summary.getDouble("repeatVictimisationRate")).isEqualTo(0.0);
    }

    @Test
    void anErasureDeliveredAgainOrRepeatedChangesNothing() {
        String month = "2014-04";
        UUID erased = AnalyticsEvents.submitted("RELIGION_OR_BELIEF", "ST_ALBANS", in(month));
        AnalyticsEvents.submitted("RELIGION_OR_BELIEF", "WELWYN_HATFIELD", in(month));
        Awaitility.await().atMost(WITHIN).until(() -> month(month).getLong("totalReports") == 2);

        EventEnvelope erasure = SampleEvents.subjectErased(erased, List.of(VICTIM_KEY));
        AnalyticsEvents.publish(erased, erasure);
        AnalyticsEvents.publish(erased, erasure);
        erase(erased); // another erasure event reaching the same report, later
        // on the report's key, so applied after the erasures
        AnalyticsEvents.publish(erased, SampleEvents.triaged(erased, List.of("RELIGION_OR_BELIEF"), "WATFORD"));
        Awaitility.await().atMost(WITHIN).until(() -> sql.number("select count(*) from report_fact where report_id = ? "
                + "and district = 'WATFORD'", erased) == 1);

        JsonPath summary = month(month);
        assertThat(summary.getLong("totalReports")).isEqualTo(1);
        assertThat(summary.getMap("byDistrict")).containsOnlyKeys("WELWYN_HATFIELD");
        assertThat(sql.number("select count(*) from report_fact where report_id = ? and erased_at = ?::timestamptz", erased,
                erasure.payload().get("erasedAt").asText())).as("the first erasure stands").isEqualTo(1);
    }

    @Test
    void theCopiesOfTheReportsEventsAnalyticsKeepsLoseTheVictimKey() {
        UUID erased = AnalyticsEvents.submitted("DISABILITY", "THREE_RIVERS", in("2014-05"), true, p -> p.put("victimKey", VICTIM_KEY));
        UUID other = UUID.randomUUID();
        park(erased);
        park(other);
        Awaitility.await().atMost(WITHIN).until(() -> recorded(erased));

        erase(erased);

        Awaitility.await().atMost(WITHIN).until(() -> sql.number("select count(*) from report_fact where report_id = ? "
                + "and erased_at is not null", erased) == 1);
        assertThat(parkedVictimKey(erased)).as("the erased report's parked event").isEqualTo("blank");
        assertThat(parkedVictimKey(other)).as("another report's parked event").isEqualTo(VICTIM_KEY);
    }

    private static io.restassured.response.Response publish(String body) {
        return given().auth().oauth2(ANALYST).contentType("application/json").body(body).post("/api/v1/analytics/statistics/releases")
                .then().statusCode(201).extract().response();
    }

    @SuppressWarnings("unchecked")
    private static Integer stevenageRace(int version) {
        List<Map<String, Object>> rows = given().get("/api/v1/public/statistics/releases/" + version).then().statusCode(200)
                .extract().jsonPath().getList("table.rows");
        Map<String, Object> stevenage = rows.stream().filter(r -> r.get("district").equals("STEVENAGE")).findFirst().orElseThrow();
        return (Integer) ((Map<String, Object>) stevenage.get("counts")).get("RACE");
    }

    /** A dead letter of the report's submission, as the inbox parks one that failed (never on a real partition). */
    private void park(UUID reportId) {
        EventEnvelope submitted = SampleEvents.reportSubmitted(reportId, List.of("DISABILITY"), "THREE_RIVERS", false, false, true);
        ((com.fasterxml.jackson.databind.node.ObjectNode) submitted.payload()).put("victimKey", VICTIM_KEY);
        sql.update("""
                insert into dead_letter (id, consumer, topic, partition, record_offset, record_key, record_value, event_id, event_type,
                                         reason, attempts, parked_at)
                values (?, 'analytics-service', 'hatecrime.reports.v1', 9999, ?, ?, ?, ?, 'report.submitted.v1', 'test', 3, now())""",
                UUID.randomUUID(), reportId.getMostSignificantBits() & Long.MAX_VALUE, reportId.toString(), EventJson.write(submitted),
                submitted.id().toString());
    }

    /** The victim key in the report's parked event, or {@code blank}. */
    private String parkedVictimKey(UUID reportId) {
        return sql.first("select coalesce(record_value::jsonb -> 'payload' ->> 'victimKey', 'blank') from dead_letter where record_key = ?",
                row -> row.getString(1), reportId.toString()).orElseThrow();
    }
}
