package org.hatecrime.systemtests;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.hatecrime.systemtests.Api.PROBLEM_JSON;
import static org.hatecrime.systemtests.Api.REPORTS;
import static org.hatecrime.systemtests.Tokens.CENTRE_STEVENAGE;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.hatecrime.events.EventJson;
import org.hatecrime.systemtests.Api.Submission;
import org.junit.jupiter.api.Test;

/** Bad input reaches the caller as a problem document naming what is wrong, through the gateway. */
@PlatformTest
class InputValidationTest {

    private final Api api;

    InputValidationTest(LocalPlatform platform) {
        this.api = new Api(platform);
    }

    @Test
    void anUnknownStrandIsRejectedNamingTheField() throws Exception {
        Map<String, Object> body = Submission.typical().asMap();
        body.put("strands", List.of("RACE", "HAIR_COLOUR"));

        api.asUser(CENTRE_STEVENAGE).contentType(ContentType.JSON).body(EventJson.mapper().writeValueAsString(body))
                .when().post(REPORTS)
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("status", equalTo(400))
                .body("type", endsWith("/invalid-request"))
                .body("violations.field", hasItem(startsWith("strands")))
                .body("detail", containsString("HAIR_COLOUR"));
    }

    @Test
    void aMissingDistrictIsRejectedNamingTheField() throws Exception {
        Map<String, Object> body = Submission.typical().asMap();
        body.remove("district");

        api.asUser(CENTRE_STEVENAGE).contentType(ContentType.JSON).body(EventJson.mapper().writeValueAsString(body))
                .when().post(REPORTS)
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("violations.field", hasItem("district"));
    }

    @Test
    void aDistrictOutsideTheConfiguredListIsRejectedNamingTheField() {
        api.asUser(CENTRE_STEVENAGE).contentType(ContentType.JSON).body(Submission.typical().district("GOTHAM").json())
                .when().post(REPORTS)
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("violations.field", hasItem("district"));
    }

    @Test
    void malformedJsonIsRejectedWith400Problem() {
        String truncated = Submission.typical().json();
        truncated = truncated.substring(0, truncated.length() / 2);

        api.asUser(CENTRE_STEVENAGE).contentType(ContentType.JSON).body(truncated)
                .when().post(REPORTS)
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("status", equalTo(400))
                .body("type", endsWith("/malformed-json"));
    }

    @Test
    void aBodyLargerThanTheGatewayLimitIsRejectedByTheGatewayWith413Problem() throws Exception {
        // Valid JSON, but a description well past HC_GATEWAY_MAX_BODY: nginx answers before any service sees it.
        Map<String, Object> body = Submission.typical().asMap();
        body.put("description", "x".repeat((LocalPlatform.GATEWAY_MAX_BODY_KB + 64) * 1024));

        api.asUser(CENTRE_STEVENAGE).contentType(ContentType.JSON).body(EventJson.mapper().writeValueAsString(body))
                .when().post(REPORTS)
                .then().statusCode(413)
                .contentType(PROBLEM_JSON)
                .body("status", equalTo(413))
                .body("type", endsWith("/payload-too-large"));
    }
}
