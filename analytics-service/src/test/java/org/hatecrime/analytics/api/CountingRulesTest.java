package org.hatecrime.analytics.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.hatecrime.kit.db.Sql;
import org.hatecrime.testkit.SampleEvents;
import org.hatecrime.testkit.TestTokens;
import org.junit.jupiter.api.Test;
import jakarta.inject.Inject;

/** Which reports count, and how: each test uses its own month, so its figures are exact. */
@QuarkusTest
class CountingRulesTest {

    static final String ANALYST = TestTokens.user("analyst-herts", "analyst", "herts-csp");
    static final Duration WITHIN = Duration.ofSeconds(20);

    @Inject
    Sql sql;

    private static JsonPath month(String month) {
        return given().auth().oauth2(ANALYST).queryParam("from", month).queryParam("to", month)
                .get("/api/v1/analytics/summary").then().statusCode(200).extract().jsonPath();
    }

    private static OffsetDateTime in(String month) {
        return OffsetDateTime.parse(month + "-15T12:00:00Z");
    }

    @Test
    void theHeadlineMeasuresComeFromChannelRoleAndRepeatVictimisation() {
        String month = "2018-03";
        AnalyticsEvents.submitted("RACE", "STEVENAGE", in(month), true, p -> p.put("channel", "THIRD_PARTY_CENTRE").put("reporterRole", "VICTIM"));
        AnalyticsEvents.submitted("RACE", "STEVENAGE", in(month), true, p -> p.put("channel", "PHONE").put("reporterRole", "WITNESS"));
        AnalyticsEvents.submitted("DISABILITY", "WATFORD", in(month), true,
                p -> p.put("channel", "POLICE").put("earlierReportsFromSameVictim", 2).putArray("incidentTypes").add("VERBAL_ABUSE"));
        AnalyticsEvents.submitted("DISABILITY", "WATFORD", in(month), true, p -> p.put("channel", "PUBLIC_ONLINE"));

        Awaitility.await().atMost(WITHIN).until(() -> month(month).getLong("totalReports") == 4);
        JsonPath summary = month(month);
        assertThat(summary.getDouble("thirdPartyShare")).isEqualTo(0.5);
        assertThat(summary.getDouble("repeatVictimisationRate")).isEqualTo(0.25);
        assertThat(summary.getLong("byMonth.'2018-03'")).isEqualTo(4);
        assertThat(summary.getLong("byReporterRole.VICTIM")).isEqualTo(1);
        assertThat(summary.getLong("byReporterRole.NOT_GIVEN")).isEqualTo(2);
        assertThat(summary.getLong("byIncidentType.VERBAL_ABUSE")).isEqualTo(1);
        assertThat(summary.getLong("byChannel.POLICE")).isEqualTo(1);
        assertThat(summary.getLong("byDistrict.WATFORD")).isEqualTo(2);
    }

    @Test
    void aReportWithoutStatisticsConsentIsNeverCounted() {
        String month = "2018-04";
        AnalyticsEvents.submitted("RACE", "DACORUM", in(month), false, p -> {
        });
        UUID counted = AnalyticsEvents.submitted("RACE", "DACORUM", in(month));
        Awaitility.await().atMost(WITHIN).until(() -> sql.number("select count(*) from report_fact where report_id = ?", counted) == 1);
        assertThat(month(month).getLong("totalReports")).isEqualTo(1);
    }

    @Test
    void withdrawingStatisticsConsentTakesTheReportOutAndGivingItBackPutsItIn() {
        String month = "2018-05";
        UUID reportId = AnalyticsEvents.submitted("SEXUAL_ORIENTATION", "HERTSMERE", in(month));
        Awaitility.await().atMost(WITHIN).until(() -> month(month).getLong("totalReports") == 1);

        AnalyticsEvents.publish(reportId, SampleEvents.consentChanged(reportId, "STATISTICS", false));
        Awaitility.await().atMost(WITHIN).until(() -> month(month).getLong("totalReports") == 0);
        assertThat(month(month).getMap("byStrand")).isEmpty();

        AnalyticsEvents.publish(reportId, SampleEvents.consentChanged(reportId, "STATISTICS", true));
        Awaitility.await().atMost(WITHIN).until(() -> month(month).getLong("totalReports") == 1);
    }

    @Test
    void consentToOtherPurposesDoesNotChangeTheCount() {
        String month = "2018-06";
        UUID reportId = AnalyticsEvents.submitted("RACE", "BROXBOURNE", in(month));
        AnalyticsEvents.publish(reportId, SampleEvents.consentChanged(reportId, "SHARE_WITH_POLICE", false));
        UUID marker = AnalyticsEvents.submitted("RACE", "BROXBOURNE", in(month));
        Awaitility.await().atMost(WITHIN).until(() -> sql.number("select count(*) from report_fact where report_id = ?", marker) == 1);
        assertThat(month(month).getLong("totalReports")).isEqualTo(2);
    }

    @Test
    void aWithdrawnReportIsTakenOut() {
        String month = "2018-07";
        UUID reportId = AnalyticsEvents.submitted("RELIGION_OR_BELIEF", "ST_ALBANS", in(month));
        Awaitility.await().atMost(WITHIN).until(() -> month(month).getLong("totalReports") == 1);

        AnalyticsEvents.publish(reportId, SampleEvents.withdrawn(reportId, "VICTIM_REQUEST"));
        Awaitility.await().atMost(WITHIN).until(() -> month(month).getLong("totalReports") == 0);
    }

    @Test
    void triageMovesTheReportToTheCheckedStrandAndDistrict() {
        String month = "2018-08";
        UUID reportId = AnalyticsEvents.submitted("OTHER", "WATFORD", in(month));
        // absent until the event is applied
        Awaitility.await().atMost(WITHIN).until(() -> Integer.valueOf(1).equals(month(month).get("byStrand.OTHER")));

        AnalyticsEvents.publish(reportId, SampleEvents.triaged(reportId, List.of("TRANSGENDER_IDENTITY"), "THREE_RIVERS"));
        Awaitility.await().atMost(WITHIN).until(() -> month(month).get("byStrand.TRANSGENDER_IDENTITY") != null);
        JsonPath summary = month(month);
        assertThat(summary.getMap("byStrand")).containsOnlyKeys("TRANSGENDER_IDENTITY");
        assertThat(summary.getMap("byDistrict")).containsOnlyKeys("THREE_RIVERS");
        assertThat(summary.getLong("totalReports")).isEqualTo(1);
    }

    @Test
    void everyAnalystQueryIsAuditedWithTheAnalystAndTheirAgency() {
        long before = sql.number("select count(*) from audit_log where action = 'analytics.summary' and actor = 'analyst-herts' "
                + "and agency = 'herts-csp'");
        month("2018-09");
        assertThat(sql.number("select count(*) from audit_log where action = 'analytics.summary' and actor = 'analyst-herts' "
                + "and agency = 'herts-csp'")).isEqualTo(before + 1);
    }

    @Test
    void aTokenWithoutAnAgencyGetsNoFigures() {
        String noAgency = TestTokens.withoutAgency("analyst-nowhere", "analyst");
        given().auth().oauth2(noAgency).get("/api/v1/analytics/summary").then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void aMonthWrittenWronglyIsABadRequestNamingTheParameter() {
        given().auth().oauth2(ANALYST).queryParam("from", "March 2018").get("/api/v1/analytics/summary")
                .then().statusCode(400).contentType("application/problem+json").body("violations[0].field", equalTo("from"));
        given().auth().oauth2(ANALYST).queryParam("from", "2018-05").queryParam("to", "2018-01").get("/api/v1/analytics/summary")
                .then().statusCode(400).body("violations[0].field", equalTo("from"));
    }
}
