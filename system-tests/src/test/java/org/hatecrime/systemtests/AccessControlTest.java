package org.hatecrime.systemtests;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.hatecrime.systemtests.Api.ANALYTICS_SUMMARY;
import static org.hatecrime.systemtests.Api.CASES_RECEIVED;
import static org.hatecrime.systemtests.Api.PROBLEM_JSON;
import static org.hatecrime.systemtests.Api.REFERRALS_RECEIVED;
import static org.hatecrime.systemtests.Api.REPORTS;
import static org.hatecrime.systemtests.Tokens.ANALYST_HERTS;
import static org.hatecrime.systemtests.Tokens.BEACON_WORKER;
import static org.hatecrime.systemtests.Tokens.CENTRE_STEVENAGE;
import static org.hatecrime.systemtests.Tokens.CENTRE_WATFORD;
import static org.hatecrime.systemtests.Tokens.POLICE_HERTS;

import io.restassured.http.ContentType;
import org.hatecrime.systemtests.Api.Submission;
import org.hatecrime.systemtests.Api.SubmittedReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Who may do what, checked by the services behind the gateway with real Keycloak tokens. */
@PlatformTest
class AccessControlTest {

    private final Api api;

    AccessControlTest(LocalPlatform platform) {
        this.api = new Api(platform);
    }

    @ParameterizedTest
    @ValueSource(strings = {REPORTS + "/00000000-0000-0000-0000-000000000001", REFERRALS_RECEIVED, CASES_RECEIVED, ANALYTICS_SUMMARY})
    void aRequestWithoutATokenIsRejectedWith401Problem(String path) {
        api.anonymous().when().get(path)
                .then().statusCode(401)
                .contentType(PROBLEM_JSON)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("status", equalTo(401));
    }

    @Test
    void aSubmissionWithoutATokenIsRejectedWith401Problem() {
        api.anonymous().contentType(ContentType.JSON).body(Submission.typical().json())
                .when().post(REPORTS)
                .then().statusCode(401).contentType(PROBLEM_JSON);
    }

    @Test
    void aTamperedTokenIsRejectedWith401Problem() {
        String token = api.tokens().user(CENTRE_STEVENAGE);
        String tampered = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
        api.withToken(tampered).when().get(REPORTS + "/00000000-0000-0000-0000-000000000001")
                .then().statusCode(401).contentType(PROBLEM_JSON);
    }

    @ParameterizedTest
    @ValueSource(strings = {BEACON_WORKER, ANALYST_HERTS})
    void onlyReportingCentresAndThePoliceCanSubmitAReport(String username) {
        api.asUser(username).contentType(ContentType.JSON).body(Submission.typical().json())
                .when().post(REPORTS)
                .then().statusCode(403).contentType(PROBLEM_JSON).body("status", equalTo(403));
    }

    @Test
    void aReportingCentreCannotReadAnalytics() {
        api.asUser(CENTRE_STEVENAGE).when().get(ANALYTICS_SUMMARY)
                .then().statusCode(403).contentType(PROBLEM_JSON);
    }

    @Test
    void aVictimServiceCannotReadThePolicesReceivedReports() {
        api.asUser(BEACON_WORKER).when().get(CASES_RECEIVED)
                .then().statusCode(403).contentType(PROBLEM_JSON);
    }

    @Test
    void thePoliceCannotReadVictimCaresReceivedReports() {
        api.asUser(POLICE_HERTS).when().get(REFERRALS_RECEIVED)
                .then().statusCode(403).contentType(PROBLEM_JSON);
    }

    @Test
    void aCentreCannotSeeAnotherCentresReport() {
        SubmittedReport report = api.submitAs(CENTRE_STEVENAGE, Submission.typical());

        api.asUser(CENTRE_WATFORD).when().get(report.location())
                .then().statusCode(404)
                .contentType(PROBLEM_JSON)
                .body("status", equalTo(404));
        api.asUser(CENTRE_STEVENAGE).when().get(report.location()).then().statusCode(200);
    }

    @Test
    void anUnknownApiPathIsAnsweredByTheGatewayWith404Problem() {
        api.asUser(CENTRE_STEVENAGE).when().get("/api/v1/no-such-thing")
                .then().statusCode(404).contentType(PROBLEM_JSON).body("status", equalTo(404));
    }
}
