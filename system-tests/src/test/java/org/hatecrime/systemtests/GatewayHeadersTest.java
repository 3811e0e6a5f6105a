package org.hatecrime.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** What the gateway adds to every answer, so that personal data is never cached, sniffed or framed. */
@PlatformTest
class GatewayHeadersTest {

    private final LocalPlatform platform;
    private final Api api;

    GatewayHeadersTest(LocalPlatform platform) {
        this.platform = platform;
        this.api = new Api(platform);
    }

    @Test
    void aReportWithPersonalDataIsNeverCachedSniffedOrFramed() {
        Api.SubmittedReport report = api.submitAs(Tokens.CENTRE_STEVENAGE, Api.Submission.typical());
        Response read = api.asUser(Tokens.CENTRE_STEVENAGE).get(report.location());
        read.then().statusCode(200)
                .header("Cache-Control", equalTo("no-store"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("X-Frame-Options", equalTo("DENY"))
                .header("Referrer-Policy", equalTo("no-referrer"))
                .header("Content-Security-Policy", containsString("default-src 'none'"));
        assertThat(read.getHeaders().getValues("Cache-Control")).as("one caching rule, the gateway's").hasSize(1);
    }

    @Test
    void errorsOfTheGatewayItselfCarryTheSameHeaders() {
        given().baseUri(platform.gatewayUrl()).get("/api/v1/no-such-route").then().statusCode(404)
                .contentType("application/problem+json")
                .header("Cache-Control", equalTo("no-store"))
                .header("X-Content-Type-Options", equalTo("nosniff"));
    }

    @Test
    void thePortalMayRunOnlyItsOwnScripts() {
        given().baseUri(platform.gatewayUrl()).get("/docs/").then().statusCode(200)
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"));
    }
}
