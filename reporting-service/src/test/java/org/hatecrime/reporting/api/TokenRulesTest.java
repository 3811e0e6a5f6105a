package org.hatecrime.reporting.api;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import org.hatecrime.testkit.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Tokens the service must refuse even though they are signed by the realm's key: one that names no
 * agency (every role is held for an agency), and one signed with another algorithm than RS256.
 */
@QuarkusTest
class TokenRulesTest {

    @Test
    void anAdministratorWithoutAnAgencySeesNoWaitingLawfulOverrides() {
        given().auth().oauth2(TestTokens.user("admin-herts", "admin", "herts-csp"))
                .get("/api/v1/lawful-overrides").then().statusCode(200);
        given().auth().oauth2(TestTokens.withoutAgency("admin-nowhere", "admin"))
                .get("/api/v1/lawful-overrides").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void aCoordinatorWithoutAnAgencySeesNoMatchQueue() {
        given().auth().oauth2(TestTokens.user("coordinator-herts", "partnership-coordinator", "herts-csp"))
                .get("/api/v1/coordination/matches").then().statusCode(200);
        given().auth().oauth2(TestTokens.withoutAgency("coordinator-nowhere", "partnership-coordinator"))
                .get("/api/v1/coordination/matches").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void aCentreWithoutAnAgencyCannotSubmitOrList() {
        given().auth().oauth2(TestTokens.withoutAgency("centre-nowhere", "reporting-centre"))
                .get("/api/v1/reports").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void aTokenSignedWithAnotherAlgorithmIsRefused() {
        given().auth().oauth2(ReportSubmissionTestSupport.STEVENAGE).get("/api/v1/reports").then().statusCode(200);
        given().auth().oauth2(TestTokens.signedWithPss("centre-stevenage", "reporting-centre", "stevenage-centre"))
                .get("/api/v1/reports").then().statusCode(401).header("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Bearer"));
    }
}
