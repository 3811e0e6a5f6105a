package org.hatecrime.analytics.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.hatecrime.events.Topics;
import org.hatecrime.kit.db.Sql;
import org.hatecrime.testkit.TestTokens;
import org.junit.jupiter.api.Test;

/** Case progression's events, as case-service publishes them, for cases opened in April 2016 (no other test's month). */
@QuarkusTest
class JusticeMeasuresTest {

    static final String ANALYST = TestTokens.user("analyst-herts", "analyst", "herts-csp");
    static final OffsetDateTime OPENED = OffsetDateTime.parse("2016-04-04T09:00:00Z");

    @Inject
    Sql sql;

    private static void opened(UUID caseId, String strand) {
        ContractExamples.publish(Topics.CASES, "case.opened.v1", caseId, "caseId", "case-service", p -> {
            p.put("openedAt", OPENED.toString());
            p.putArray("strands").add(strand);
        });
    }

    @Test
    void outcomesChargeRateAndTimeToChargeOfTheMonthsCases() {
        UUID chargedIn10Days = UUID.randomUUID();
        UUID chargedIn30Days = UUID.randomUUID();
        UUID noFurtherAction = UUID.randomUUID();
        UUID open = UUID.randomUUID();
        opened(chargedIn10Days, "RACE");
        opened(chargedIn30Days, "RACE");
        opened(noFurtherAction, "RACE");
        opened(open, "DISABILITY");
        ContractExamples.publish(Topics.CASES, "case.charged.v1", chargedIn10Days, "caseId", "case-service",
                p -> p.put("changedAt", OPENED.plusDays(10).toString()));
        ContractExamples.publish(Topics.CASES, "case.closed.v1", chargedIn10Days, "caseId", "case-service",
                p -> p.put("outcomeCode", "1").put("upliftApplied", true));
        ContractExamples.publish(Topics.CASES, "case.charged.v1", chargedIn30Days, "caseId", "case-service",
                p -> p.put("changedAt", OPENED.plusDays(30).toString()));
        ContractExamples.publish(Topics.CASES, "case.closed.v1", chargedIn30Days, "caseId", "case-service",
                p -> p.put("outcomeCode", "1").put("upliftApplied", false));
        ContractExamples.publish(Topics.CASES, "case.closed.v1", noFurtherAction, "caseId", "case-service",
                p -> p.put("outcomeCode", "15").put("verdict", (String) null).putNull("upliftApplied"));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                sql.number("select count(*) from case_fact where opened_at = ? and closed_at is not null", OPENED) == 3
                        && sql.number("select count(*) from case_fact where case_id = ?", open) == 1);

        JsonPath measures = given().auth().oauth2(ANALYST).queryParam("from", "2016-04").queryParam("to", "2016-04")
                .get("/api/v1/analytics/justice").then().statusCode(200).extract().jsonPath();
        assertThat(measures.getLong("cases")).isEqualTo(4);
        assertThat(measures.getLong("closed")).isEqualTo(3);
        assertThat(measures.getLong("outcomeMix.'1'")).isEqualTo(2);
        assertThat(measures.getLong("outcomeMix.'15'")).isEqualTo(1);
        assertThat(measures.getLong("byStrand.RACE.charged")).isEqualTo(2);
        assertThat(measures.getDouble("byStrand.RACE.chargeRate")).isEqualTo(0.667);
        assertThat(measures.getDouble("byStrand.RACE.daysToChargeMedian")).isEqualTo(20.0);
        assertThat(measures.getDouble("byStrand.RACE.daysToChargeP90")).isEqualTo(28.0);
        assertThat(measures.getDouble("byStrand.DISABILITY.chargeRate")).isZero();
        assertThat((Object) measures.get("byStrand.DISABILITY.daysToChargeMedian")).isNull();
        assertThat(measures.getDouble("upliftShare")).as("one of two sentences uplifted").isEqualTo(0.5);
    }

    @Test
    void onlyAnalystsWithAnAgencyAndWellFormedMonths() {
        given().auth().oauth2(TestTokens.user("police-herts", "police", "herts-police")).get("/api/v1/analytics/justice")
                .then().statusCode(403);
        given().auth().oauth2(ANALYST).queryParam("from", "2016-05").queryParam("to", "2016-04").get("/api/v1/analytics/justice")
                .then().statusCode(400).body("violations[0].field", equalTo("from"));
    }
}
