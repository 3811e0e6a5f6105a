package org.hatecrime.reporting.api;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import org.hatecrime.testkit.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** For every endpoint that takes an id: no token 401, wrong role 403, another agency (or an id that is not theirs) 404. */
@QuarkusTest
class AccessRulesTest {

    static final String ANALYST = TestTokens.user("analyst-herts", "analyst", "herts-csp");
    static final String OTHER_CENTRE = ReportSubmissionTestSupport.WATFORD;
    static final String OTHER_FORCE = TestTokens.user("police-beds", "police", "beds-police");
    static final String OTHER_SERVICE = TestTokens.system("galop-system", "internal-service", "galop");
    static final String SECOND_ADMIN = TestTokens.user("admin-herts-2", "admin", "herts-csp");
    static final String COORDINATOR = TestTokens.user("coordinator-herts", "partnership-coordinator", "herts-csp");

    /** An endpoint, a body it accepts, and a caller of the right role from another agency. */
    record Endpoint(String method, String path, String body, String otherAgency) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static List<Endpoint> endpoints() {
        return List.of(
                new Endpoint("GET", "/api/v1/reports/{id}", null, OTHER_CENTRE),
                new Endpoint("GET", "/api/v1/reports/{id}", null, OTHER_FORCE),
                new Endpoint("GET", "/api/v1/reports/{id}/follow-ups", null, OTHER_CENTRE),
                new Endpoint("GET", "/api/v1/reports/{id}/follow-ups", null, OTHER_FORCE),
                new Endpoint("PUT", "/api/v1/reports/{id}/details", "{\"description\":\"x\"}", OTHER_CENTRE),
                new Endpoint("POST", "/api/v1/reports/{id}/triage", "{}", OTHER_CENTRE),
                new Endpoint("POST", "/api/v1/reports/{id}/closure", "{}", OTHER_CENTRE),
                new Endpoint("POST", "/api/v1/reports/{id}/withdrawal", "{\"reason\":\"OTHER\"}", OTHER_CENTRE),
                new Endpoint("POST", "/api/v1/reports/{id}/duplicate-of", "{\"duplicateOf\":\"00000000-0000-0000-0000-000000000000\"}", OTHER_CENTRE),
                new Endpoint("PUT", "/api/v1/reports/{id}/consents/STATISTICS", "{\"granted\":false,\"method\":\"VERBAL\"}", OTHER_CENTRE),
                new Endpoint("POST", "/api/v1/reports/{id}/police-share", "{}", OTHER_CENTRE),
                new Endpoint("POST", "/api/v1/reports/{id}/police-acknowledgement", "{\"crimeReference\":\"41/1/26\"}", OTHER_FORCE),
                new Endpoint("POST", "/api/v1/reports/{id}/referral-request", "{}", OTHER_CENTRE),
                new Endpoint("GET", "/api/v1/internal/referral-packets/{id}", null, OTHER_SERVICE),
                // ids of requests and matches that do not exist answer as any unknown id does
                new Endpoint("POST", "/api/v1/lawful-overrides/{id}/decision", "{\"decision\":\"APPROVE\"}", SECOND_ADMIN),
                new Endpoint("POST", "/api/v1/coordination/matches/{id}/decision", "{\"decision\":\"CONFIRM\"}", COORDINATOR));
    }

    private String reportId;

    @BeforeEach
    void aReportOfTheStevenageCentre() {
        reportId = ReportSubmissionTestSupport.submit("access rules");
    }

    private RequestSpecification request(String token, Endpoint endpoint) {
        RequestSpecification spec = given().contentType(ContentType.JSON).header("If-Match", "\"0\"");
        if (token != null) {
            spec = spec.auth().oauth2(token);
        }
        return endpoint.body() == null ? spec : spec.body(endpoint.body());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void withoutATokenTheAnswerIs401(Endpoint endpoint) {
        request(null, endpoint).request(endpoint.method(), endpoint.path(), reportId).then().statusCode(401);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void anAnalystHasNoBusinessHereAndGets403(Endpoint endpoint) {
        request(ANALYST, endpoint).request(endpoint.method(), endpoint.path(), reportId).then().statusCode(403);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void anotherAgencyWithTheRightRoleGets404(Endpoint endpoint) {
        request(endpoint.otherAgency(), endpoint).request(endpoint.method(), endpoint.path(), reportId)
                .then().statusCode(404).contentType("application/problem+json");
    }
}
