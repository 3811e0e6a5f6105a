package org.hatecrime.systemtests.owasp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.restassured.response.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hatecrime.events.EventJson;
import org.hatecrime.systemtests.Api;
import org.hatecrime.systemtests.Api.Submission;
import org.hatecrime.systemtests.Api.SubmittedReport;
import org.hatecrime.systemtests.LocalPlatform;
import org.hatecrime.systemtests.PlatformTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * OWASP API3:2023 Broken Object Property Level Authorisation (mass assignment). What the API does:
 * request bodies are closed records and an unknown field is refused with 400 naming it, so a caller
 * cannot set the agency, status, id, reference, version or who received a report; the agency always
 * comes from the token, the channel from who submits (a centre cannot claim to be the police), and
 * answers never carry another agency's data.
 */
@PlatformTest
class Api3PropertyLevelAuthorisationTest {

    private final Api api;

    Api3PropertyLevelAuthorisationTest(LocalPlatform platform) {
        this.api = new Api(platform);
    }

    private static String with(Submission submission, String field, Object value) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>(submission.asMap());
        body.put(field, value);
        return EventJson.mapper().writeValueAsString(body);
    }

    @ParameterizedTest
    @ValueSource(strings = {"agency", "status", "id", "reference", "version", "receivedBy", "sharedWithForce", "referredTo",
        "duplicateOf", "followUpCode"})
    void aSubmissionThatSetsAServerOwnedPropertyIsRefusedNamingIt(String field) throws Exception {
        Object value = field.equals("version") ? 7 : field.equals("id") || field.equals("duplicateOf")
                ? "5b1e9c7d-2a4f-4e8b-9c3d-6f7a8b9c0d1e" : "watford-centre";
        api.asUser("centre-stevenage").contentType("application/json").body(with(Submission.typical(), field, value))
                .post(Api.REPORTS).then().statusCode(400).contentType(Api.PROBLEM_JSON)
                .body("violations.field", hasItem(field));
    }

    @Test
    void aCentreCannotClaimToBeThePoliceThroughTheChannel() throws Exception {
        Response response = api.asUser("centre-stevenage").contentType("application/json")
                .body(with(Submission.typical(), "channel", "POLICE")).post(Api.REPORTS);
        if (response.statusCode() == 201) {
            api.asUser("centre-stevenage").get(Api.REPORTS + "/" + response.path("id")).then().statusCode(200)
                    .body("channel", equalTo("THIRD_PARTY_CENTRE")).body("agency", equalTo("stevenage-centre"));
        } else {
            assertThat(response.statusCode()).as(response.asString()).isEqualTo(400);
            assertThat(response.jsonPath().getList("violations.field", String.class)).contains("channel");
        }
    }

    @Test
    void aDetailsUpdateCannotChangeStatusOrAgency() {
        SubmittedReport report = api.submitAs("centre-stevenage", Submission.typical());
        Response current = api.asUser("centre-stevenage").get(Api.REPORTS + "/" + report.id());
        for (String field : new String[] {"status", "agency"}) {
            api.asUser("centre-stevenage").contentType("application/json").header("If-Match", current.header("ETag"))
                    .body("{\"description\":\"changed\",\"" + field + "\":\"" + (field.equals("status") ? "CLOSED" : "watford-centre") + "\"}")
                    .put(Api.REPORTS + "/" + report.id() + "/details")
                    .then().statusCode(400).contentType(Api.PROBLEM_JSON).body("violations.field", hasItem(field));
        }
        api.asUser("centre-stevenage").get(Api.REPORTS + "/" + report.id()).then().statusCode(200)
                .body("status", equalTo("RECEIVED")).body("agency", equalTo("stevenage-centre"));
        api.asUser("centre-watford").get(Api.REPORTS + "/" + report.id()).then().statusCode(404);
    }

    @Test
    void aPublicReportCannotChooseItsChannelOrAgency() throws Exception {
        Map<String, Object> body = new LinkedHashMap<>(Submission.typical().consents(false, false, true).asMap());
        body.put("agency", "stevenage-centre");
        api.anonymousWithProof("/api/v1/public/reports/challenges").contentType("application/json")
                .body(EventJson.mapper().writeValueAsString(body))
                .post("/api/v1/public/reports").then().statusCode(400).contentType(Api.PROBLEM_JSON)
                .body("violations.field", hasItem("agency"));
    }

    @Test
    void aReferralStatusChangeCannotMoveTheReferralToAnotherProvider() {
        SharedRecords records = SharedRecords.of(api);
        api.asUser("beacon-worker").contentType("application/json").header("If-Match", "\"0\"")
                .body("{\"status\":\"ACKNOWLEDGED\",\"provider\":\"galop\",\"agency\":\"galop\"}")
                .post("/api/v1/referrals/" + records.referralId() + "/status-changes")
                .then().statusCode(400).contentType(Api.PROBLEM_JSON);
        api.asUser("galop-worker").get("/api/v1/referrals/" + records.referralId()).then().statusCode(404);
    }
}
