package org.hatecrime.analytics.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.hatecrime.analytics.domain.statistics.SubtractionAttackView;
import org.hatecrime.kit.db.Sql;
import org.hatecrime.testkit.SampleEvents;
import org.hatecrime.testkit.TestTokens;
import org.junit.jupiter.api.Test;

/** Releases of published statistics, read without a token as the public would. */
@QuarkusTest
class PublishedStatisticsTest {

    static final String ANALYST = TestTokens.user("analyst-herts", "analyst", "herts-csp");
    static final String POLICE = TestTokens.user("police-herts", "police", "herts-police");
    static final Duration WITHIN = Duration.ofSeconds(30);

    @Inject
    Sql sql;

    private static OffsetDateTime inQuarter(int day) {
        return OffsetDateTime.parse("2019-04-01T12:00:00Z").plusDays(day);
    }

    private static io.restassured.response.Response publish(String body) {
        return given().auth().oauth2(ANALYST).contentType("application/json").body(body).post("/api/v1/analytics/statistics/releases");
    }

    @Test
    void aReleaseCountsOnlyConsentedReportsWithholdsSmallCountsAndGivesNoneAwayBySubtraction() {
        List<UUID> all = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            all.add(AnalyticsEvents.submitted("RACE", "STEVENAGE", inQuarter(i)));
        }
        for (int i = 0; i < 3; i++) {
            all.add(AnalyticsEvents.submitted("DISABILITY", "STEVENAGE", inQuarter(i)));
        }
        for (int i = 0; i < 12; i++) {
            all.add(AnalyticsEvents.submitted("RACE", "WATFORD", inQuarter(i)));
        }
        for (int i = 0; i < 14; i++) {
            all.add(AnalyticsEvents.submitted("SEXUAL_ORIENTATION", "WATFORD", inQuarter(i)));
        }
        // never counted: no statistics consent; withdrawn; consent to statistics withdrawn
        all.add(AnalyticsEvents.submitted("RACE", "WATFORD", inQuarter(5), false, p -> {
        }));
        UUID withdrawn = AnalyticsEvents.submitted("RACE", "WATFORD", inQuarter(6));
        AnalyticsEvents.publish(withdrawn, SampleEvents.withdrawn(withdrawn, "VICTIM_REQUEST"));
        UUID consentWithdrawn = AnalyticsEvents.submitted("RACE", "WATFORD", inQuarter(7));
        AnalyticsEvents.publish(consentWithdrawn, SampleEvents.consentChanged(consentWithdrawn, "STATISTICS", false));
        UUID last = AnalyticsEvents.submitted("RACE", "STEVENAGE", inQuarter(80)); // 26 RACE in Stevenage
        Awaitility.await().atMost(WITHIN).until(() -> sql.number("select count(*) from report_fact where report_id = ? ", last) == 1
                && sql.number("select count(*) from report_fact where report_id = ? and not statistics_consent", consentWithdrawn) == 1);

        JsonPath release = publish("{\"period\": \"2019-Q2\"}").then().statusCode(201)
                .header("Location", containsString("/api/v1/public/statistics/releases/")).extract().jsonPath();
        int version = release.getInt("version");

        JsonPath published = given().get("/api/v1/public/statistics/releases/" + version).then().statusCode(200).extract().jsonPath();
        assertThat(published.getString("period")).isEqualTo("2019-Q2");
        assertThat(published.getString("periodEnd")).isEqualTo("2019-06-30");
        Map<String, Object> stevenage = row(published, "STEVENAGE");
        Map<String, Object> watford = row(published, "WATFORD");
        assertThat(counts(stevenage).get("RACE")).isEqualTo(26);
        assertThat(counts(stevenage).get("DISABILITY")).as("3 is under 10").isNull();
        assertThat(counts(watford).get("RACE")).as("12: the withdrawn and unconsented reports left out").isEqualTo(12);
        assertThat(counts(watford).get("SEXUAL_ORIENTATION")).isEqualTo(14);
        assertThat(SubtractionAttackView.exposedCells(published)).as("cells a reader could work out").isEmpty();

        String csv = given().get("/api/v1/public/statistics/releases/" + version + "/csv").then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asString();
        assertThat(csv).startsWith("district,RACE,").contains("STEVENAGE,26,").contains("[c]").contains("ALL_DISTRICTS,");
    }

    @Test
    void aRepublishedPeriodIsANewVersionThatSaysWhatChangedAndTheOldOneStaysAsItWas() {
        AnalyticsEvents.submitted("RACE", "DACORUM", OffsetDateTime.parse("2019-01-10T10:00:00Z"));
        UUID marker = AnalyticsEvents.submitted("RACE", "DACORUM", OffsetDateTime.parse("2019-01-11T10:00:00Z"));
        Awaitility.await().atMost(WITHIN).until(() -> sql.number("select count(*) from report_fact where report_id = ?", marker) == 1);
        int first = publish("{\"period\": \"2019-01\"}").then().statusCode(201).extract().jsonPath().getInt("version");
        String firstBody = given().get("/api/v1/public/statistics/releases/" + first).then().extract().asString();

        publish("{\"period\": \"2019-01\"}").then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("changeNote"));
        JsonPath revision = publish("{\"period\": \"2019-01\", \"changeNote\": \"Late reports added\"}").then().statusCode(201)
                .extract().jsonPath();

        assertThat(revision.getInt("version")).isGreaterThan(first);
        assertThat(revision.getInt("revises")).isEqualTo(first);
        assertThat(given().get("/api/v1/public/statistics/releases/" + first).then().extract().asString()).isEqualTo(firstBody);
        List<Map<String, Object>> changelog = given().get("/api/v1/public/statistics/releases").then().statusCode(200)
                .extract().jsonPath().getList("$");
        assertThat(changelog).anySatisfy(entry -> {
            assertThat(entry.get("version")).isEqualTo(revision.getInt("version"));
            assertThat(entry.get("changeNote")).isEqualTo("Late reports added");
        });
        assertThat(changelog.get(0).get("version")).as("newest first").isEqualTo(revision.getInt("version"));
    }

    @Test
    void aPublishedReleaseCannotBeChangedEvenFromInsideTheDatabase() {
        publish("{\"period\": \"2019-02\"}").then().statusCode(201);
        assertThatThrownBy(() -> sql.update("update statistics_release set threshold = 1 where period = '2019-02'"))
                .hasStackTraceContaining("immutable");
        assertThatThrownBy(() -> sql.update("delete from statistics_release where period = '2019-02'"))
                .hasStackTraceContaining("immutable");
    }

    @Test
    void onlyCompletePeriodsArePublished() {
        String thisMonth = java.time.YearMonth.now().toString();
        publish("{\"period\": \"" + thisMonth + "\"}").then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void aPeriodWrittenWronglyIsABadRequestNamingTheField() {
        publish("{\"period\": \"2019-Q5\"}").then().statusCode(400).body("violations[0].field", equalTo("period"));
        publish("{}").then().statusCode(400).body("violations[0].field", containsString("period"));
    }

    @Test
    void onlyAnalystsPublishButAnyoneReads() {
        given().contentType("application/json").body("{\"period\": \"2019-03\"}").post("/api/v1/analytics/statistics/releases")
                .then().statusCode(401);
        given().auth().oauth2(POLICE).contentType("application/json").body("{\"period\": \"2019-03\"}")
                .post("/api/v1/analytics/statistics/releases").then().statusCode(403);
        given().get("/api/v1/public/statistics/dictionary").then().statusCode(200).body("threshold", equalTo(10))
                .body("districts[0]", equalTo("BROXBOURNE"));
        given().get("/api/v1/public/statistics/releases/999999").then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/public/statistics/releases/seven").then().statusCode(400).body("violations[0].field", equalTo("version"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> row(JsonPath release, String district) {
        List<Map<String, Object>> rows = release.getList("table.rows");
        return rows.stream().filter(r -> r.get("district").equals(district)).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> counts(Map<String, Object> row) {
        return (Map<String, Object>) row.get("counts");
    }
}
