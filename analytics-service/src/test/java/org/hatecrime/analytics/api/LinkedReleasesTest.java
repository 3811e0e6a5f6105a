package org.hatecrime.analytics.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigInteger;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.hatecrime.analytics.domain.statistics.LinkedTablesAttack;
import org.hatecrime.kit.db.Sql;
import org.junit.jupiter.api.Test;

/**
 * Releases of a quarter and of its months, read together by the public: a quarter's count is the sum
 * of its months', so no order of publication may let the releases give a withheld count away. Each
 * test has its own quarter of 2013, a year no other test uses.
 */
@QuarkusTest
class LinkedReleasesTest {

    static final String ANALYST = PublishedStatisticsTest.ANALYST;
    static final Duration WITHIN = Duration.ofSeconds(60);
    static final long THRESHOLD = 10;

    @Inject
    Sql sql;

    /**
     * Reports in Stevenage through the quarter's three months: race 12, 11 and 13, disability 3, 12
     * and 11. Alone, each month's table withholds only the 3 (and the zeros around it).
     */
    private void reportsOfTheQuarter(int firstMonth) {
        reportsOfTheQuarter(YearMonth.of(2013, firstMonth));
    }

    private void reportsOfTheQuarter(YearMonth firstMonth) {
        int[] race = {12, 11, 13};
        int[] disability = {3, 12, 11};
        for (int m = 0; m < 3; m++) {
            YearMonth month = firstMonth.plusMonths(m);
            for (int i = 0; i < race[m]; i++) {
                AnalyticsEvents.submitted("RACE", "STEVENAGE", day(month, i));
            }
            for (int i = 0; i < disability[m]; i++) {
                AnalyticsEvents.submitted("DISABILITY", "STEVENAGE", day(month, i));
            }
        }
        awaitCounted(firstMonth, 62);
    }

    private static OffsetDateTime day(YearMonth month, int i) {
        return month.atDay(2 + i % 25).atTime(12, 0).atOffset(ZoneOffset.UTC);
    }

    private void awaitCounted(YearMonth firstMonth, long reports) {
        String from = firstMonth.atDay(1).toString();
        String to = firstMonth.plusMonths(3).atDay(1).toString();
        Awaitility.await().atMost(WITHIN).until(() -> sql.number(
                "select count(*) from report_fact where received_at >= cast(? as date) and received_at < cast(? as date)", from, to)
                == reports);
    }

    private static JsonPath publish(String period) {
        return publish(period, null);
    }

    private static JsonPath publish(String period, String changeNote) {
        String body = changeNote == null ? "{\"period\": \"" + period + "\"}"
                : "{\"period\": \"" + period + "\", \"changeNote\": \"" + changeNote + "\"}";
        int version = given().auth().oauth2(ANALYST).contentType("application/json").body(body)
                .post("/api/v1/analytics/statistics/releases").then().statusCode(201).extract().jsonPath().getInt("version");
        return given().get("/api/v1/public/statistics/releases/" + version).then().statusCode(200).extract().jsonPath();
    }

    /** What a reader of every public release of these periods, read together, works out that gives a count away. */
    private static Map<String, BigInteger> givenAway(List<String> periods) {
        return reader(periods).givenAway(THRESHOLD);
    }

    /** The same, the reader holding the board's report of the quarter as well. */
    private static Map<String, BigInteger> givenAway(List<String> periods, String quarter, Map<String, Object> boardStrandTotals) {
        return reader(periods).andBoardPaper(quarter, boardStrandTotals).givenAway(THRESHOLD);
    }

    /** The quarter's strand totals as the partnership board's report shows them. */
    private static Map<String, Object> boardStrandTotals(String quarter) {
        Map<String, Map<String, Object>> byStrand = given().auth().oauth2(BoardReportTest.ANALYST).accept("application/json")
                .get("/api/v1/analytics/board-reports/" + quarter).then().statusCode(200).extract().jsonPath().getMap("reporting.byStrand");
        Map<String, Object> totals = new java.util.LinkedHashMap<>();
        byStrand.forEach((strand, counts) -> totals.put(strand, counts.get("quarter")));
        return totals;
    }

    private static LinkedTablesAttack reader(List<String> periods) {
        List<Map<String, Object>> changelog = given().get("/api/v1/public/statistics/releases").then().statusCode(200)
                .extract().jsonPath().getList("$");
        List<JsonPath> releases = changelog.stream()
                .filter(entry -> periods.contains((String) entry.get("period")))
                .map(entry -> given().get("/api/v1/public/statistics/releases/" + entry.get("version")).then().statusCode(200)
                        .extract().jsonPath())
                .toList();
        return LinkedTablesAttack.reading(releases);
    }

    private static Object count(JsonPath release, String district, String strand) {
        List<Map<String, Object>> rows = release.getList("table.rows");
        Map<String, Object> row = rows.stream().filter(r -> r.get("district").equals(district)).findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        Map<String, Object> counts = (Map<String, Object>) row.get("counts");
        return counts.get(strand);
    }

    @Test
    void aQuarterPublishedAfterItsMonthsDoesNotGiveAwayAMonthsSmallCount() {
        reportsOfTheQuarter(1);
        JsonPath january = publish("2013-01");
        publish("2013-02");
        publish("2013-03");
        assertThat(count(january, "STEVENAGE", "DISABILITY")).as("3 is under 10").isNull();

        JsonPath quarter = publish("2013-Q1");

        assertThat(givenAway(List.of("2013-01", "2013-02", "2013-03", "2013-Q1")))
                .as("the quarter's 26 less February's 12 and March's 11 would be January's 3").isEmpty();
        assertThat(count(quarter, "STEVENAGE", "DISABILITY")).isNull();
        assertThat(count(quarter, "STEVENAGE", "RACE")).as("what gives nothing away is published").isEqualTo(36);
    }

    @Test
    void monthsPublishedAfterTheirQuarterDoNotGiveAwayAMonthsSmallCount() {
        reportsOfTheQuarter(4);
        JsonPath quarter = publish("2013-Q2");
        publish("2013-04");
        publish("2013-05");
        assertThat(givenAway(List.of("2013-04", "2013-05", "2013-Q2"))).as("April and June together are 14").isEmpty();

        JsonPath june = publish("2013-06");

        assertThat(givenAway(List.of("2013-04", "2013-05", "2013-06", "2013-Q2")))
                .as("the quarter's 26 less May's 12 and June's 11 would be April's 3").isEmpty();
        assertThat(count(quarter, "STEVENAGE", "DISABILITY")).as("the quarter, published first, stays as published").isEqualTo(26);
        assertThat(count(june, "STEVENAGE", "DISABILITY")).isNull();
        assertThat(count(june, "STEVENAGE", "RACE")).isEqualTo(13);
    }

    @Test
    void aRevisionOfAMonthKeepsWithholdingWhatItsQuarterAndTheOtherMonthsWouldGiveAway() {
        reportsOfTheQuarter(7);
        publish("2013-Q3");
        publish("2013-07");
        publish("2013-08");
        JsonPath september = publish("2013-09");
        AnalyticsEvents.submitted("RACE", "STEVENAGE", day(YearMonth.of(2013, 9), 27)); // a late report: race is now 14
        awaitCounted(YearMonth.of(2013, 7), 63);

        JsonPath revision = publish("2013-09", "Late reports added");

        assertThat(revision.getInt("revises")).isEqualTo(september.getInt("version"));
        assertThat(count(revision, "STEVENAGE", "RACE")).isEqualTo(14);
        assertThat(count(revision, "STEVENAGE", "DISABILITY")).as("September's 11 would still give July's 3 away").isNull();
        assertThat(givenAway(List.of("2013-07", "2013-08", "2013-09", "2013-Q3")))
                .as("every release of the quarter and its months, both Septembers included").isEmpty();
    }

    @Test
    void theBoardsStrandTotalsBesideTheLaterMonthsDoNotGiveAwayTheFirstMonthsSmallCount() {
        reportsOfTheQuarter(YearMonth.of(2005, 4));
        publish("2005-05");
        publish("2005-06");

        Map<String, Object> board = boardStrandTotals("2005-Q2");

        assertThat(board.get("DISABILITY")).as("the quarter's 26 less May's 12 and June's 11 would be April's 3").isNull();
        assertThat(board.get("RACE")).as("what gives nothing away is shown").isEqualTo(36);
        assertThat(givenAway(List.of("2005-05", "2005-06"), "2005-Q2", board)).isEmpty();
    }

    @Test
    void monthsPublishedAfterTheBoardsReportAreProtectedTogetherWithIt() {
        reportsOfTheQuarter(YearMonth.of(2005, 7));
        Map<String, Object> board = boardStrandTotals("2005-Q3");
        assertThat(board).as("nothing is public yet").containsEntry("RACE", 36).containsEntry("DISABILITY", 26);
        publish("2005-07");
        publish("2005-08");

        JsonPath september = publish("2005-09");

        assertThat(september.getMap("table.strandTotals")).as("with the board's 26 and August's 12, July's 3")
                .containsEntry("DISABILITY", null).containsEntry("RACE", 13);
        assertThat(givenAway(List.of("2005-07", "2005-08", "2005-09"), "2005-Q3", board)).isEmpty();
        assertThat(boardStrandTotals("2005-Q3")).as("the board's report, asked again, shows what it showed").isEqualTo(board);
        assertThatThrownBy(() -> sql.update("delete from board_disclosure where period = '2005-Q3'"))
                .as("the service cannot forget what a board paper showed: permission denied").hasMessageContaining("(42501)");
    }
}
