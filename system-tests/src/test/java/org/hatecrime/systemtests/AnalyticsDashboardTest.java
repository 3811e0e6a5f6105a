package org.hatecrime.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The analysts' dashboard at the gateway, and the board report's charts it shows, through the gateway with real tokens. */
@PlatformTest
class AnalyticsDashboardTest {

    private final LocalPlatform platform;
    private final Api api;

    AnalyticsDashboardTest(LocalPlatform platform) {
        this.platform = platform;
        this.api = new Api(platform);
    }

    private static String lastQuarter() {
        LocalDate day = LocalDate.now().minusMonths(3);
        return day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1);
    }

    @Test
    void theGatewayServesTheDashboardUnderAPolicyThatRunsOnlyItsOwnScript() {
        given().baseUri(platform.gatewayUrl()).redirects().follow(false).get("/analytics/dashboard").then().statusCode(302)
                .header("Location", containsString("/analytics/dashboard/"));
        String page = given().baseUri(platform.gatewayUrl()).get("/analytics/dashboard/").then().statusCode(200)
                .contentType(containsString("text/html"))
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("Content-Security-Policy", containsString("img-src 'self' blob:"))
                .header("Content-Security-Policy", not(containsString("unsafe-inline")))
                .header("X-Frame-Options", "DENY")
                .extract().asString();
        assertThat(page).contains("<script src=\"dashboard.js\" defer></script>").doesNotContain("<script>");
        String script = given().baseUri(platform.gatewayUrl()).get("/analytics/dashboard/dashboard.js").then().statusCode(200)
                .contentType(containsString("javascript")).extract().asString();
        assertThat(script).contains("/api/v1/analytics/board-reports/").doesNotContain("localStorage").doesNotContain("sessionStorage");
    }

    @Test
    void anAnalystGetsTheChartsAsSvgAndTheReportAsPdfThroughTheGateway() {
        String quarter = lastQuarter();
        String svg = api.asUser(Tokens.ANALYST_HERTS).accept("image/svg+xml")
                .get("/api/v1/analytics/board-reports/" + quarter + "/charts/reports-by-strand").then().statusCode(200)
                .contentType(containsString("image/svg+xml")).extract().asString();
        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").contains("Reports by strand, " + quarter);
        byte[] pdf = api.asUser(Tokens.COORDINATOR_HERTS).accept("application/pdf").get("/api/v1/analytics/board-reports/" + quarter)
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        api.asUser(Tokens.CENTRE_STEVENAGE).get("/api/v1/analytics/board-reports/" + quarter).then().statusCode(403);
    }
}
