package org.hatecrime.analytics.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.awaitility.Awaitility;
import org.hatecrime.events.Topics;
import org.hatecrime.kit.db.Sql;
import org.hatecrime.testkit.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The board's report on 2012-Q2 (no other test's year), against 2012-Q1 and 2011-Q2, from events
 * crafted here: 28 counted reports in the quarter (14 Stevenage race, 11 Watford religion, 3
 * Hertsmere disability; half third-party), 12 in the quarter before, 5 a year before; 20
 * referrals (10 accepted, 10 declined); 11 cases; one emerging threat; one prevention session.
 */
@QuarkusTest
class BoardReportTest {

    static final String ANALYST = TestTokens.user("analyst-herts", "analyst", "herts-csp");
    static final String COORDINATOR = TestTokens.user("coordinator-herts", "partnership-coordinator", "herts-csp");
    static final String OTHER_PARTNERSHIP = TestTokens.user("analyst-beds", "analyst", "beds-csp");
    static final String REPORT = "/api/v1/analytics/board-reports/2012-Q2";
    static final String SESSION_TITLE = "Stevenage market stall on reporting race hate crime: jak zgłosić przestępstwo";
    static final String OTHER_TITLE = "Luton leaflets on reporting";

    @Inject
    Sql sql;

    private static boolean published;

    /** The events of the three quarters, published once for every test of the class. */
    @BeforeAll
    static void craftTheQuarters() {
        if (published) {
            return;
        }
        published = true;
        List<UUID> reports = new ArrayList<>();
        // 2012-Q2: April 10, May 10, June 8 counted reports
        for (int i = 0; i < 14; i++) {
            reports.add(AnalyticsEvents.submitted("RACE", "STEVENAGE", at(i < 5 ? 4 : i < 10 ? 5 : 6, 10 + i), true,
                    p -> p.put("channel", "POLICE")));
        }
        for (int i = 0; i < 11; i++) {
            reports.add(AnalyticsEvents.submitted("RELIGION_OR_BELIEF", "WATFORD",
                    at(i < 4 ? 4 : i < 8 ? 5 : 6, 1 + i)));
        }
        for (int i = 0; i < 3; i++) {
            reports.add(AnalyticsEvents.submitted("DISABILITY", "HERTSMERE", at(4 + i, 28)));
        }
        reports.add(AnalyticsEvents.submitted("RACE", "STEVENAGE", at(5, 3), false, p -> { })); // no statistics consent
        // 2012-Q1: 12; 2011-Q2: 5
        for (int i = 0; i < 12; i++) {
            reports.add(AnalyticsEvents.submitted("RACE", "STEVENAGE", at(LocalDate.of(2012, 1 + i % 3, 1 + i))));
        }
        for (int i = 0; i < 5; i++) {
            reports.add(AnalyticsEvents.submitted("RACE", "STEVENAGE", at(LocalDate.of(2011, 5, 1 + i))));
        }
        for (int i = 0; i < 20; i++) {
            UUID referral = UUID.randomUUID();
            referral(referral, "referral.created.v1");
            referral(referral, i < 10 ? "referral.accepted.v1" : "referral.declined.v1");
        }
        for (int i = 0; i < 11; i++) {
            UUID caseId = UUID.randomUUID();
            ContractExamples.publish(Topics.CASES, "case.opened.v1", caseId, "caseId", "case-service",
                    p -> p.put("openedAt", "2012-05-15T09:00:00Z"));
        }
    }

    /** Noon (UTC) on a day of 2012. */
    private static OffsetDateTime at(int month, int day) {
        return at(LocalDate.of(2012, month, day));
    }

    private static OffsetDateTime at(LocalDate day) {
        return day.atTime(12, 0).atOffset(java.time.ZoneOffset.UTC);
    }

    private static void referral(UUID referralId, String type) {
        ContractExamples.publish(Topics.REFERRALS, type, referralId, "referralId", "victim-care-service", payload -> {
            if (payload.has("consentedAt")) {
                payload.put("consentedAt", "2012-05-10T10:00:00Z");
                payload.put("changedAt", "2012-05-11T10:00:00Z");
            }
        });
    }

    private void awaitTheQuarters() {
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() ->
                sql.number("select count(*) from report_fact where received_at >= '2011-04-01' and received_at < '2012-07-01'") == 46
                        && sql.number("select count(*) from referral_fact where consented_at >= '2012-05-01' and consented_at < '2012-06-01'"
                        + " and (accepted_at is not null or declined_at is not null)") == 20
                        && sql.number("select count(*) from case_fact where opened_at >= '2012-04-01' and opened_at < '2012-07-01'") == 11);
        if (sql.number("select count(*) from emerging_threat where week_starting = '2012-05-07'") == 0) {
            sql.update("""
                    insert into emerging_threat (id, week_starting, strand, district, expected, observed, control_limit, detected_at)
                    values (?, '2012-05-07', 'RACE', 'STEVENAGE', 0.8, 7, 5, now()) on conflict do nothing""", UUID.randomUUID());
        }
        if (sql.number("select count(*) from prevention_activity where title = ?", SESSION_TITLE) == 0) {
            given().auth().oauth2(ANALYST).contentType("application/json").body("""
                    {"kind": "SESSION", "audience": "COMMUNITY", "title": "%s", "district": "STEVENAGE", "strands": ["RACE"],
                     "startsOn": "2012-05-01", "endsOn": "2012-05-01", "reach": 120}""".formatted(SESSION_TITLE))
                    .post("/api/v1/analytics/prevention-activities").then().statusCode(201);
            given().auth().oauth2(OTHER_PARTNERSHIP).contentType("application/json").body("""
                    {"kind": "CAMPAIGN", "audience": "COMMUNITY", "title": "%s", "district": "STEVENAGE", "strands": ["RACE"],
                     "startsOn": "2012-05-01", "endsOn": "2012-05-02"}""".formatted(OTHER_TITLE))
                    .post("/api/v1/analytics/prevention-activities").then().statusCode(201);
        }
    }

    @Test
    void theFiguresOfTheQuarterAgainstTheQuarterBeforeAndAYearBefore() {
        awaitTheQuarters();
        JsonPath report = given().auth().oauth2(ANALYST).accept("application/json").get(REPORT).then().statusCode(200).extract().jsonPath();
        assertThat(report.getString("title")).isEqualTo("April to June 2012");
        assertThat(report.getLong("reporting.reports.quarter")).as("the unconsented report left out").isEqualTo(28);
        assertThat(report.getLong("reporting.reports.previous")).isEqualTo(12);
        assertThat(report.getObject("reporting.reports.yearBefore", Long.class)).as("5 is under 10").isNull();
        assertThat(report.getLong("reporting.byStrand.RACE.quarter")).isEqualTo(14);
        assertThat(report.getLong("reporting.byStrand.RELIGION_OR_BELIEF.quarter")).isEqualTo(11);
        assertThat(report.getObject("reporting.byStrand.DISABILITY.quarter", Long.class)).isNull();
        assertThat(report.getLong("reporting.byDistrict.STEVENAGE.quarter")).isEqualTo(14);
        assertThat(report.getLong("reporting.byDistrict.WATFORD.quarter")).isEqualTo(11);
        assertThat(report.getObject("reporting.byDistrict.HERTSMERE.quarter", Long.class)).isNull();
        assertThat(report.getDouble("reporting.thirdPartyShare.quarter")).as("14 of 28").isEqualTo(0.5);
        assertThat(report.getObject("reporting.repeatVictimisationRate.quarter", Double.class)).as("0 of 28 would show a small count").isNull();
        List<Object> june = report.getList("reporting.byMonth.findAll { it.month == '2012-06' }.reports");
        assertThat(june).containsExactly((Object) null);
        assertThat(report.getList("reporting.byMonth.month")).hasSize(15).startsWith("2011-04").endsWith("2012-06");
        long shownOfAprilAndMay = report.getList("reporting.byMonth.findAll { it.month == '2012-04' || it.month == '2012-05' }.reports")
                .stream().filter(count -> count != null).count();
        assertThat(shownOfAprilAndMay).as("June could be worked out from the total and both other months").isEqualTo(1);

        assertThat(report.getLong("victimCare.referrals.quarter")).isEqualTo(20);
        assertThat(report.getDouble("victimCare.uptake.quarter")).isEqualTo(0.5);
        assertThat(report.getDouble("victimCare.acceptanceRate.quarter")).isEqualTo(0.5);
        assertThat(report.getLong("justice.cases.quarter")).isEqualTo(11);
        assertThat(report.getObject("justice.chargeRateByStrand.RACE.quarter", Double.class)).as("none charged: a count under 10").isNull();

        assertThat(report.getString("emergingThreats[0].weekStarting")).isEqualTo("2012-05-07");
        assertThat(report.getObject("emergingThreats[0].observed", Long.class)).isNull();
        assertThat(report.getLong("emergingThreats[0].limit")).isEqualTo(5);
        assertThat(report.getList("prevention.title")).containsExactly(SESSION_TITLE);
        assertThat(report.getBoolean("prevention[0].weeksPassed")).isTrue();
    }

    @Test
    void thePageShowsTheFiguresAndItsChartsAsSvgWithSmallCountsWithheld() {
        awaitTheQuarters();
        String html = given().auth().oauth2(ANALYST).accept("text/html").get(REPORT).then().statusCode(200)
                .contentType(containsString("text/html")).extract().asString();
        assertThat(html).contains("<h1>Hate crime partnership board report: April to June 2012</h1>")
                .contains("<th scope=\"row\">Reports counted</th><td>28</td><td>12</td><td>c</td>")
                .contains("<th scope=\"row\">Race</th><td>14</td><td>12</td><td>c</td>")
                .contains("<th scope=\"row\">Third-party reporting share</th><td>50.0%</td>")
                .contains("<th scope=\"row\">Referral uptake (accepted of all)</th><td>50.0%</td>")
                .contains("<th scope=\"row\">Cases opened</th><td>11</td>")
                .contains(SESSION_TITLE)
                .doesNotContain(OTHER_TITLE)
                .doesNotContain("<script");
        assertThat(html.split("<svg ", -1)).as("three charts inline").hasSize(4);
        assertThat(html).as("Hertsmere's 3 reports").doesNotContain("<td>3</td>")
                .as("the alert's 7 observed reports withheld, its limit shown")
                .contains("<th scope=\"row\">2012-05-07</th><td>Race</td><td>Stevenage</td><td>0.8</td><td>c</td><td>5</td>");
    }

    @Test
    void thePdfCarriesTheQuartersTitleAndFigures() throws IOException {
        awaitTheQuarters();
        byte[] pdf = given().auth().oauth2(COORDINATOR).accept("application/pdf").get(REPORT).then().statusCode(200)
                .contentType("application/pdf").header("Content-Disposition", containsString("2012-Q2.pdf")).extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Hate crime partnership board report: April to June 2012")
                    .contains("Reports counted 28 12 c")
                    .contains("Race 14 12 c")
                    .contains("Referral uptake (accepted of all) 50.0%")
                    .contains(SESSION_TITLE)
                    .doesNotContain(OTHER_TITLE);
            assertThat(document.getDocumentInformation().getTitle()).contains("April to June 2012");
        }
    }

    @Test
    void eachChartIsAnSvgDocument() {
        awaitTheQuarters();
        String svg = given().auth().oauth2(ANALYST).get(REPORT + "/charts/reports-by-strand").then().statusCode(200)
                .contentType("image/svg+xml").extract().asString();
        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").contains("Reports by strand, 2012-Q2")
                .contains("<rect").doesNotContain("<script");
        given().auth().oauth2(ANALYST).get(REPORT + "/charts/pie").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("chart"));
    }

    @Test
    void eachReportIsAuditedWithTheAnalystAndAgency() {
        long before = sql.number("select count(*) from audit_log where action = 'analytics.board-report' and actor = 'analyst-herts'");
        given().auth().oauth2(ANALYST).accept("application/json").get("/api/v1/analytics/board-reports/2010-Q1").then().statusCode(200);
        assertThat(sql.number("select count(*) from audit_log where action = 'analytics.board-report' and actor = 'analyst-herts'"
                + " and agency = 'herts-csp'")).isEqualTo(before + 1);
    }

    @Test
    void aQuarterThatIsNotOneOrHasNotBegunIsA400NamingIt() {
        for (String quarter : List.of("2012-Q5", "2012-2", "Q2-2012", "2012-q2x")) {
            given().auth().oauth2(ANALYST).get("/api/v1/analytics/board-reports/" + quarter).then().statusCode(400)
                    .contentType("application/problem+json").body("violations[0].field", equalTo("quarter"));
        }
        int next = LocalDate.now().getYear() + 1;
        given().auth().oauth2(ANALYST).get("/api/v1/analytics/board-reports/" + next + "-Q1").then().statusCode(400)
                .body("violations[0].field", equalTo("quarter"));
        given().auth().oauth2(ANALYST).get("/api/v1/analytics/board-reports/" + next + "-Q1/charts/reports-by-month").then().statusCode(400)
                .body("violations[0].field", equalTo("quarter"));
    }

    @Test
    void theRunningQuarterIsNotReportedUntilItHasEnded() {
        // figures to date, read against a paper of the same quarter from another day, would tell the reports in between
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/London"));
        int number = (today.getMonthValue() - 1) / 3 + 1;
        String running = today.getYear() + "-Q" + number;
        String latest = number == 1 ? (today.getYear() - 1) + "-Q4" : today.getYear() + "-Q" + (number - 1);
        for (String path : List.of(running, running + "/charts/reports-by-strand")) {
            given().auth().oauth2(ANALYST).get("/api/v1/analytics/board-reports/" + path).then().statusCode(400)
                    .contentType("application/problem+json").body("violations[0].field", equalTo("quarter"))
                    .body("violations[0].message", containsString("the latest quarter to report on is " + latest));
        }
        given().auth().oauth2(ANALYST).accept("application/json").get("/api/v1/analytics/board-reports/" + latest).then().statusCode(200)
                .body("quarter", equalTo(latest));
    }

    @Test
    void onlyAnalystsAndCoordinatorsWithAnAgency() {
        given().get(REPORT).then().statusCode(401);
        for (String token : List.of(TestTokens.user("police-herts", "police", "herts-police"),
                TestTokens.user("beacon-worker", "victim-care", "beacon"),
                TestTokens.user("centre-stevenage", "reporting-centre", "stevenage-centre"),
                TestTokens.withoutAgency("analyst-nowhere", "analyst"))) {
            given().auth().oauth2(token).get(REPORT).then().statusCode(403);
            given().auth().oauth2(token).get(REPORT + "/charts/reports-by-month").then().statusCode(403);
        }
    }

    @Test
    void anotherPartnershipSeesOnlyItsOwnPreventionWork() {
        awaitTheQuarters();
        JsonPath report = given().auth().oauth2(OTHER_PARTNERSHIP).accept("application/json").get(REPORT).then().statusCode(200)
                .extract().jsonPath();
        assertThat(report.getList("prevention.title")).containsExactly(OTHER_TITLE);
    }
}
