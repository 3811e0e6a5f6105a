package org.hatecrime.systemtests.owasp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.response.Response;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.hatecrime.systemtests.Api;
import org.hatecrime.systemtests.LocalPlatform;
import org.hatecrime.systemtests.PlatformTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * OWASP API8:2023 Security Misconfiguration: the gateway's protective headers on service answers and
 * errors alike, no version in the Server header, CORS granted only to the configured reporting-centre
 * origins (a preflight from any other origin gets no Access-Control-Allow-Origin, so the browser
 * refuses), the services' management endpoints not reachable through the gateway, and error bodies
 * (malformed JSON, wrong types, unknown enum values, bad ids, wrong methods) that are problem+json
 * without a stack trace, class name or SQL.
 */
@PlatformTest
class Api8SecurityMisconfigurationTest {

    /** Allowed by the test platform's HC_CORS_ORIGINS (the launcher's default). */
    static final String CENTRE_FRONT_END = "http://localhost:3000";
    static final Pattern INTERNALS = Pattern.compile("(?s).*(\\tat |\\bat [a-z]+\\.[a-z]+\\.|Exception|org\\.hatecrime|java\\.|jakarta\\.|io\\.quarkus"
            + "|com\\.fasterxml|SQL|select |PSQL|Caused by).*");

    private final Api api;

    Api8SecurityMisconfigurationTest(LocalPlatform platform) {
        this.api = new Api(platform);
    }

    @Test
    void serviceAnswersAndTheirErrorsCarryTheProtectiveHeaders() {
        for (Response response : List.of(api.asUser("centre-stevenage").get(Api.REPORTS),
                api.asUser("centre-stevenage").get(Api.REPORTS + "/" + UUID.randomUUID()),
                api.anonymous().get(Api.REPORTS), api.asUser("beacon-worker").get(Api.REPORTS))) {
            response.then().header("Cache-Control", "no-store").header("X-Content-Type-Options", "nosniff")
                    .header("X-Frame-Options", "DENY").header("Referrer-Policy", "no-referrer")
                    .header("Content-Security-Policy", org.hamcrest.Matchers.startsWith("default-src 'none'"));
            assertThat(response.header("Server")).as("Server header").doesNotContainPattern("[0-9]");
            assertThat(response.header("X-Powered-By")).isNull();
        }
    }

    @Test
    void aPreflightFromAForeignOriginIsNotGranted() {
        api.anonymous().header("Origin", "https://attacker.example").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "Authorization, Content-Type").options(Api.REPORTS)
                .then().header("Access-Control-Allow-Origin", nullValue()).header("Access-Control-Allow-Credentials", nullValue());
        api.anonymous().header("Origin", "https://attacker.example").get("/api/v1/public/statistics/releases")
                .then().header("Access-Control-Allow-Origin", nullValue());
        api.anonymous().header("Origin", "null").header("Access-Control-Request-Method", "GET").options(Api.REPORTS)
                .then().header("Access-Control-Allow-Origin", nullValue());
        // the configured front end is granted, and only its own origin is echoed (never *)
        api.anonymous().header("Origin", CENTRE_FRONT_END).header("Access-Control-Request-Method", "POST").options(Api.REPORTS)
                .then().header("Access-Control-Allow-Origin", equalTo(CENTRE_FRONT_END));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/q/health", "/q/metrics", "/q/openapi", "/q/swagger-ui", "/q/dev-ui", "/api/v1/internal/referral-packets/"
            + "00000000-0000-0000-0000-000000000001", "/api/v1/internal/subject-access", "/api/v1/audit/verification", "/api/v1/../q/metrics"})
    void managementAndInternalEndpointsAreNotReachableThroughTheGateway(String path) {
        Response response = api.asUser("admin-herts").urlEncodingEnabled(false).get(path);
        assertThat(response.statusCode()).as(path).isIn(400, 404);
        assertThat(response.asString()).doesNotContain("\"status\":\"UP\"").doesNotContain("# HELP").doesNotContain("\"openapi\"");
    }

    @Test
    void errorBodiesAreProblemsWithoutInternals() {
        List<Response> errors = List.of(
                api.asUser("centre-stevenage").contentType("application/json").body("{\"strands\": [").post(Api.REPORTS),
                api.asUser("centre-stevenage").contentType("application/json").body("{\"strands\": 7, \"occurredAt\": \"yesterday\"}").post(Api.REPORTS),
                api.asUser("centre-stevenage").contentType("application/json").body("{\"strands\": [\"NOT_A_STRAND\"]}").post(Api.REPORTS),
                api.asUser("centre-stevenage").contentType("application/json").body("[1,2,3]").post(Api.REPORTS),
                api.asUser("centre-stevenage").contentType("application/json").body("{\"suspects\":{\"count\":99999999999999999999}}").post(Api.REPORTS),
                api.asUser("centre-stevenage").contentType("text/plain").body("hello").post(Api.REPORTS),
                api.asUser("centre-stevenage").get(Api.REPORTS + "/not-a-uuid"),
                api.asUser("centre-stevenage").get(Api.REPORTS + "/%27%20or%201%3D1--"),
                api.asUser("centre-stevenage").queryParam("receivedFrom", "not-a-date").get(Api.REPORTS),
                api.asUser("centre-stevenage").delete(Api.REPORTS),
                api.asUser("beacon-worker").contentType("application/json").body("{\"status\":\"NOPE\"}")
                        .post("/api/v1/referrals/" + UUID.randomUUID() + "/status-changes"),
                api.asUser("police-herts").queryParam("stage", "NOPE").get("/api/v1/cases"),
                api.asUser("analyst-herts").queryParam("from", "2026-13").get("/api/v1/analytics/summary"));
        for (Response error : errors) {
            assertThat(error.statusCode()).as(error.asString()).isBetween(400, 499);
            assertThat(error.contentType()).as(error.asString()).startsWith(Api.PROBLEM_JSON);
            assertThat(error.asString()).as("error body").doesNotMatch(INTERNALS);
        }
    }
}
