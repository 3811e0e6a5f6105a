package org.hatecrime.analytics.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.hatecrime.kit.db.Sql;
import org.hatecrime.testkit.TestTokens;
import org.junit.jupiter.api.Test;

/** A surge in one strand in one district, in weeks of 2017 no other test uses. */
@QuarkusTest
class EmergingThreatsTest {

    static final String ANALYST = TestTokens.user("analyst-herts", "analyst", "herts-csp");
    static final LocalDate SURGE_WEEK = LocalDate.parse("2017-06-19"); // a Monday

    @Inject
    Sql sql;

    private static OffsetDateTime wednesdayOf(LocalDate monday) {
        return monday.plusDays(2).atTime(12, 0).atOffset(ZoneOffset.UTC);
    }

    private static io.restassured.response.Response scan(String week) {
        return given().auth().oauth2(ANALYST).contentType("application/json").body("{\"week\": \"" + week + "\"}")
                .post("/api/v1/analytics/emerging-threats/scans");
    }

    @Test
    void aSurgeInOneStrandInOneDistrictIsFlaggedOnceWithItsEvidence() {
        // 17 weeks of two reports a week (13 of baseline, 4 of guard), then fifteen
        UUID last = null;
        for (int week = 17; week >= 1; week--) {
            for (int i = 0; i < 2; i++) {
                AnalyticsEvents.submitted("DISABILITY", "NORTH_HERTFORDSHIRE", wednesdayOf(SURGE_WEEK.minusWeeks(week)));
            }
        }
        for (int i = 0; i < 15; i++) {
            last = AnalyticsEvents.submitted("DISABILITY", "NORTH_HERTFORDSHIRE", wednesdayOf(SURGE_WEEK));
        }
        UUID lastReport = last;
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> sql.number("select count(*) from report_fact where report_id = ?", lastReport) == 1
                        && sql.number("select count(*) from report_fact where received_at >= '2017-02-01' and received_at < '2017-07-01'") == 49);

        List<Map<String, Object>> alerts = scan(SURGE_WEEK.plusDays(3).toString()).then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(alerts).extracting(a -> a.get("strand") + "/" + a.get("district"))
                .containsExactlyInAnyOrder("DISABILITY/NORTH_HERTFORDSHIRE", "DISABILITY/ALL");
        Map<String, Object> district = alerts.stream().filter(a -> a.get("district").equals("NORTH_HERTFORDSHIRE")).findFirst().orElseThrow();
        assertThat(district.get("weekStarting")).isEqualTo("2017-06-19");
        assertThat(((Number) district.get("expected")).doubleValue()).isEqualTo(2.0);
        assertThat(district.get("observed")).isEqualTo(15);
        assertThat(district.get("limit")).as("Poisson(2): the first count with an upper tail under 0.001").isEqualTo(9);

        // scanning again raises nothing new: the same alerts, each announced once
        scan(SURGE_WEEK.toString()).then().statusCode(200);
        assertThat(sql.number("select count(*) from outbox_event where event_type = 'analytics.emerging-threat-detected.v1'"
                + " and envelope like '%\"weekStarting\":\"2017-06-19\"%'")).isEqualTo(2);
        assertThat(sql.number("select count(*) from emerging_threat where week_starting = '2017-06-19'")).isEqualTo(2);

        JsonPath listed = given().auth().oauth2(ANALYST).queryParam("from", "2017-06-01").queryParam("to", "2017-06-30")
                .get("/api/v1/analytics/emerging-threats").then().statusCode(200).extract().jsonPath();
        assertThat(listed.getList("district")).containsExactlyInAnyOrder("NORTH_HERTFORDSHIRE", "ALL");

        // the week before the surge was ordinary
        assertThat(scan(SURGE_WEEK.minusWeeks(1).toString()).then().statusCode(200).extract().jsonPath().getList("$")).isEmpty();
    }

    @Test
    void aWeekThatHasNotEndedIsNotScanned() {
        scan(LocalDate.now().toString()).then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void badInputNamesTheField() {
        given().auth().oauth2(ANALYST).contentType("application/json").body("{}").post("/api/v1/analytics/emerging-threats/scans")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(ANALYST).queryParam("from", "June").get("/api/v1/analytics/emerging-threats")
                .then().statusCode(400).body("violations[0].field", equalTo("from"));
    }

    @Test
    void onlyAnalystsSeeOrScan() {
        String police = TestTokens.user("police-herts", "police", "herts-police");
        given().auth().oauth2(police).get("/api/v1/analytics/emerging-threats").then().statusCode(403);
        given().get("/api/v1/analytics/emerging-threats").then().statusCode(401);
        given().auth().oauth2(TestTokens.withoutAgency("analyst-nowhere", "analyst")).get("/api/v1/analytics/emerging-threats")
                .then().statusCode(403);
    }
}
