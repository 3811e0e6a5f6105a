package org.hatecrime.reporting.api;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import org.hatecrime.testkit.TestTokens;

/** Submitting reports through the API, for tests of other concerns. */
public final class ReportSubmissionTestSupport {

    public static final String STEVENAGE = TestTokens.user("centre-stevenage", "reporting-centre", "stevenage-centre");
    public static final String WATFORD = TestTokens.user("centre-watford", "reporting-centre", "watford-centre");
    public static final String POLICE = TestTokens.user("police-herts", "police", "herts-police");

    private ReportSubmissionTestSupport() {
    }

    public static String report(String description) {
        return """
                {"strands":["RACE","RELIGION_OR_BELIEF"],"description":"%s","occurredAt":"2026-11-20T18:30:00Z",
                 "district":"STEVENAGE","consents":{"shareWithPolice":true,"referToSupport":true,"statistics":false}}"""
                .formatted(description);
    }

    /** Submits as the Stevenage centre and returns the new report's id. */
    public static String submit(String description) {
        return submit(STEVENAGE, report(description));
    }

    public static String submit(String token, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/reports")
                .then().statusCode(201)
                .extract().path("id");
    }
}
