package org.hatecrime.analytics.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.hatecrime.kit.db.Sql;
import org.hatecrime.testkit.TestTokens;
import org.junit.jupiter.api.Test;

/** A prevention session in Welwyn Hatfield in 2015 (no other test's district and year), and reporting around it. */
@QuarkusTest
class PreventionActivityTest {

    static final String ANALYST = TestTokens.user("analyst-herts", "analyst", "herts-csp");
    static final String OTHER_PARTNERSHIP = TestTokens.user("analyst-beds", "analyst", "beds-csp");
    static final String ACTIVITIES = "/api/v1/analytics/prevention-activities";
    static final LocalDate STARTS = LocalDate.parse("2015-06-01");
    static final LocalDate ENDS = LocalDate.parse("2015-06-05");

    @Inject
    Sql sql;

    private static String body(String district, String startsOn, String endsOn) {
        return """
                {"kind": "SESSION", "audience": "SCHOOL", "title": "Assemblies on disability hate crime", "district": "%s",
                 "strands": ["DISABILITY"], "startsOn": "%s", "endsOn": "%s", "reach": 300}""".formatted(district, startsOn, endsOn);
    }

    private static String logged() {
        return given().auth().oauth2(ANALYST).contentType("application/json").body(body("WELWYN_HATFIELD", STARTS.toString(), ENDS.toString()))
                .post(ACTIVITIES).then().statusCode(201).header("Location", containsString(ACTIVITIES + "/"))
                .extract().jsonPath().getString("id");
    }

    @Test
    void reportingBeforeAndAfterAnActivityInItsDistrictAndStrands() {
        String id = logged();
        // 4 weeks before: 2 reports; 4 weeks after the end: 6; plus reports that must not count
        for (int day : new int[] {3, 10}) {
            AnalyticsEvents.submitted("DISABILITY", "WELWYN_HATFIELD", STARTS.minusDays(day).atTime(12, 0).atOffset(ZoneOffset.UTC));
        }
        for (int day = 1; day <= 6; day++) {
            AnalyticsEvents.submitted("DISABILITY", "WELWYN_HATFIELD", ENDS.plusDays(day * 3).atTime(12, 0).atOffset(ZoneOffset.UTC));
        }
        AnalyticsEvents.submitted("RACE", "WELWYN_HATFIELD", ENDS.plusDays(2).atTime(12, 0).atOffset(ZoneOffset.UTC));
        AnalyticsEvents.submitted("DISABILITY", "HERTSMERE", ENDS.plusDays(2).atTime(12, 0).atOffset(ZoneOffset.UTC));
        UUID last = AnalyticsEvents.submitted("DISABILITY", "WELWYN_HATFIELD", ENDS.plusDays(3).atTime(12, 0).atOffset(ZoneOffset.UTC), false,
                p -> { });
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> sql.number("select count(*) from report_fact where report_id = ?", last) == 1);

        JsonPath effect = given().auth().oauth2(ANALYST).queryParam("weeks", 4).get(ACTIVITIES + "/" + id + "/effect")
                .then().statusCode(200).extract().jsonPath();
        assertThat(effect.getLong("reportsBefore")).isEqualTo(2);
        assertThat(effect.getLong("reportsAfter")).as("the other strand, district and the unconsented report left out").isEqualTo(6);
        assertThat(effect.getDouble("perWeekAfter")).isEqualTo(1.5);
        assertThat(effect.getDouble("change")).isEqualTo(2.0);
    }

    @Test
    void anotherPartnershipsActivityIsNotThere() {
        String id = logged();
        given().auth().oauth2(OTHER_PARTNERSHIP).get(ACTIVITIES + "/" + id).then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(OTHER_PARTNERSHIP).get(ACTIVITIES + "/" + id + "/effect").then().statusCode(404);
        assertThat(given().auth().oauth2(OTHER_PARTNERSHIP).get(ACTIVITIES).then().statusCode(200).extract().jsonPath().getList("id"))
                .doesNotContain(id);
        assertThat(given().auth().oauth2(ANALYST).get(ACTIVITIES + "/" + id).then().statusCode(200).extract().jsonPath()
                .getString("recordedBy")).isEqualTo("analyst-herts");
    }

    @Test
    void badInputNamesTheField() {
        given().auth().oauth2(ANALYST).contentType("application/json").body(body("ATLANTIS", "2015-06-01", "2015-06-05"))
                .post(ACTIVITIES).then().statusCode(400).body("violations[0].field", equalTo("district"));
        given().auth().oauth2(ANALYST).contentType("application/json").body(body("STEVENAGE", "2015-06-05", "2015-06-01"))
                .post(ACTIVITIES).then().statusCode(400).body("violations[0].field", equalTo("endsOn"));
        given().auth().oauth2(ANALYST).contentType("application/json").body(body("STEVENAGE", "2015-06-01", "2015-06-05")
                .replace("SESSION", "PICNIC")).post(ACTIVITIES).then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(ANALYST).get(ACTIVITIES + "/not-an-id").then().statusCode(400).body("violations[0].field", equalTo("id"));
        String id = logged();
        given().auth().oauth2(ANALYST).queryParam("weeks", 0).get(ACTIVITIES + "/" + id + "/effect").then().statusCode(400)
                .body("violations[0].field", equalTo("weeks"));
    }

    @Test
    void theWeeksAfterMustHavePassed() {
        LocalDate today = LocalDate.now();
        String id = given().auth().oauth2(ANALYST).contentType("application/json").body(body("STEVENAGE", today.minusDays(3).toString(),
                today.minusDays(1).toString())).post(ACTIVITIES).then().statusCode(201).extract().jsonPath().getString("id");
        given().auth().oauth2(ANALYST).get(ACTIVITIES + "/" + id + "/effect").then().statusCode(409);
    }

    @Test
    void onlyAnalystsAndCoordinators() {
        given().auth().oauth2(TestTokens.user("police-herts", "police", "herts-police")).get(ACTIVITIES).then().statusCode(403);
        given().auth().oauth2(TestTokens.user("coordinator-herts", "partnership-coordinator", "herts-csp")).get(ACTIVITIES)
                .then().statusCode(200);
    }
}
