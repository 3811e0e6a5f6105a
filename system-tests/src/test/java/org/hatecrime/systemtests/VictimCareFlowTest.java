package org.hatecrime.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hatecrime.systemtests.Tokens.CENTRE_STEVENAGE;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hatecrime.events.EventJson;
import org.hatecrime.systemtests.Api.Submission;
import org.hatecrime.systemtests.Api.SubmittedReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A victim's way through victim care, through the gateway with real tokens: referred by a centre
 * and worked by Beacon's case manager from acknowledgement to the close of support, unseen by
 * another provider; and a victim who refers themselves without an account.
 */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VictimCareFlowTest {

    static final String BEACON_CASE_MANAGER = "beacon-case-manager";
    static final String GALOP_WORKER = "galop-worker";
    static final String REFERRALS = "/api/v1/referrals";
    static final Duration DELIVERY = ReportFlowTest.DELIVERY;
    static final String[] AREAS = {"EMOTIONAL", "PRACTICAL", "SAFETY", "JUSTICE_AND_INFORMATION", "HEALTH", "HOUSING", "FINANCIAL",
        "LANGUAGE_AND_COMMUNICATION", "ONLINE_SAFETY"};

    private final Api api;

    VictimCareFlowTest(LocalPlatform platform) {
        this.api = new Api(platform);
    }

    @Test
    void aCentreRefersAVictimAndBeaconWorksTheReferralToTheCloseOfSupportUnseenByAnotherProvider() {
        String phone = Api.phone();
        SubmittedReport report = api.submitWithContact(CENTRE_STEVENAGE, Submission.typical().consents(false, true, true),
                Map.of("name", "Sam System-Test", "phone", phone),
                Map.of("safeToCall", true, "safeTimes", "any time", "voicemailAllowed", true, "language", "Polish",
                        "interpreterNeeded", true));
        api.passOn(CENTRE_STEVENAGE, report, Submission.typical().consents(false, true, true));

        String id = await("Beacon has the referral in its queue").atMost(DELIVERY).pollInterval(Duration.ofMillis(250))
                .until(() -> api.asUser(BEACON_CASE_MANAGER).queryParam("size", 100).get(REFERRALS).then().statusCode(200)
                        .extract().jsonPath().<String>getList("findAll { it.reportId == '" + report.id() + "' }.id"),
                        ids -> ids != null && ids.size() == 1).get(0);
        api.asUser(BEACON_CASE_MANAGER).get(REFERRALS + "/" + id).then().statusCode(200)
                .body("status", equalTo("SENT")).body("source", equalTo("REPORT")).body("reportReference", equalTo(report.reference()))
                .body("delivery", equalTo(null));
        anotherProviderSeesNothing(id);

        change(id, "{\"status\":\"ACKNOWLEDGED\"}").statusCode(200).body("status", equalTo("ACKNOWLEDGED"));

        // claim check: victim care fetches the contact details from intake with its own token
        api.asUser(BEACON_CASE_MANAGER).get(REFERRALS + "/" + id + "/contact-details").then().statusCode(200)
                .body("obtainedFrom", equalTo("INTAKE")).body("contact.phone", equalTo(phone))
                .body("safeContact.language", equalTo("Polish"));
        String at = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1).truncatedTo(ChronoUnit.SECONDS).toString();
        send("POST", id, "/contacts", "{\"channel\":\"PHONE\",\"at\":\"" + at + "\",\"outcomeCode\":\"SPOKE_TO_VICTIM\"}")
                .statusCode(201).body("language", equalTo("Polish")).body("interpreterNeeded", equalTo(true));
        api.asUser(BEACON_CASE_MANAGER).get(REFERRALS + "/" + id + "/contacts").then().statusCode(200).body("$", hasSize(1));
        change(id, "{\"status\":\"ACCEPTED\"}").statusCode(200).body("status", equalTo("ACCEPTED"));

        send("POST", id, "/needs-assessments", assessment()).statusCode(201);
        api.asUser(BEACON_CASE_MANAGER).get(REFERRALS + "/" + id + "/needs-assessments").then().statusCode(200)
                .body("[0].latest", equalTo(true)).body("[0].riskLevel", equalTo("MEDIUM"));

        send("PUT", id, "/support-plan/case-manager", "{\"caseManager\":\"beacon-case-manager\"}").statusCode(200);
        send("PUT", id, "/support-plan/starting-wellbeing", "{\"items\":[2,3,2,3,2,3,3]}").statusCode(200)
                .body("startingWellbeing.rawScore", equalTo(18));
        send("POST", id, "/support-closure", "{\"wellbeing\":{\"items\":[3,3,4,3,3,3,3]},\"satisfaction\":{\"score\":4}}")
                .statusCode(201).body("closed", equalTo(true)).body("wellbeingChange", notNullValue())
                .body("satisfaction.score", equalTo(4));
        change(id, "{\"status\":\"CLOSED\",\"reasonCode\":\"SUPPORT_COMPLETED\"}").statusCode(200)
                .body("history.to", equalTo(List.of("REQUESTED", "SENT", "ACKNOWLEDGED", "CONTACT_ATTEMPTED", "ACCEPTED", "CLOSED")));

        anotherProviderSeesNothing(id);
    }

    @Test
    void aVictimRefersThemselvesWithoutAnAccountAndFollowsTheirReferralWithTheirCode() {
        String phone = Api.phone();
        String district = "DACORUM";
        ValidatableResponse receipt = api.anonymousWithProof("/api/v1/public/self-referrals/challenges").contentType(ContentType.JSON)
                .body("""
                {"district":"%s","strands":["DISABILITY"],
                 "contact":{"name":"Alex System-Test","phone":"%s"},
                 "safeContact":{"safeToCall":true,"safeTimes":"any time","voicemailAllowed":false},
                 "consentToContact":true}""".formatted(district, phone))
                .post("/api/v1/public/self-referrals").then().statusCode(201).body("provider", equalTo("Beacon"));
        String reference = receipt.extract().path("reference");
        String code = receipt.extract().path("followUpCode");
        assertThat(reference).matches("SR-[A-Z0-9]{4}-[A-Z0-9]{4}");
        status(reference, code).statusCode(200).body("status", equalTo("Received: a support worker will contact you in the way you asked"));

        String id = await("Beacon has the self-referral").atMost(DELIVERY).pollInterval(Duration.ofMillis(250))
                .until(() -> api.asUser(BEACON_CASE_MANAGER).queryParam("size", 100).queryParam("status", "SENT").get(REFERRALS)
                        .then().statusCode(200).extract().jsonPath().<String>getList(
                                "findAll { it.source == 'SELF_REFERRAL' && it.district == '" + district + "' }.id"),
                        ids -> ids != null && !ids.isEmpty()).get(0);
        api.asUser(BEACON_CASE_MANAGER).get(REFERRALS + "/" + id + "/contact-details").then().statusCode(200)
                .body("obtainedFrom", equalTo("SELF_REFERRAL")).body("contact.phone", equalTo(phone));
        anotherProviderSeesNothing(id);

        change(id, "{\"status\":\"ACKNOWLEDGED\"}").statusCode(200);
        status(reference, code).statusCode(200)
                .body("status", equalTo("A support worker has your referral and will contact you in the way you asked"));
        String at = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1).truncatedTo(ChronoUnit.SECONDS).toString();
        send("POST", id, "/contacts", "{\"channel\":\"PHONE\",\"at\":\"" + at + "\",\"outcomeCode\":\"SPOKE_TO_VICTIM\"}")
                .statusCode(201);
        change(id, "{\"status\":\"ACCEPTED\"}").statusCode(200);
        status(reference.toLowerCase(), code).statusCode(200).body("reference", equalTo(reference))
                .body("status", equalTo("You are being supported"));

        // a wrong code tells nothing, exactly like an unknown reference
        status(reference, "2345678923AB").statusCode(404).contentType(Api.PROBLEM_JSON);
        status("SR-ZZZZ-ZZZZ", code).statusCode(404).contentType(Api.PROBLEM_JSON);
    }

    private void anotherProviderSeesNothing(String id) {
        for (String path : List.of("", "/contact-details", "/needs-assessments", "/contacts", "/victims-code")) {
            api.asUser(GALOP_WORKER).get(REFERRALS + "/" + id + path).then().statusCode(404).contentType(Api.PROBLEM_JSON);
        }
        api.asUser(GALOP_WORKER).contentType(ContentType.JSON).body("{\"status\":\"CLOSED\",\"reasonCode\":\"NOT_OURS\"}")
                .post(REFERRALS + "/" + id + "/status-changes").then().statusCode(404).contentType(Api.PROBLEM_JSON);
    }

    private ValidatableResponse change(String id, String body) {
        return send("POST", id, "/status-changes", body);
    }

    private ValidatableResponse send(String method, String id, String path, String body) {
        return api.asUser(BEACON_CASE_MANAGER).contentType(ContentType.JSON).body(body).request(method, REFERRALS + "/" + id + path)
                .then();
    }

    private ValidatableResponse status(String reference, String code) {
        return api.anonymous().contentType(ContentType.JSON).body("{\"code\":\"" + code + "\"}")
                .post("/api/v1/public/self-referrals/" + reference + "/status-check").then();
    }

    private static String assessment() {
        String needs = Arrays.stream(AREAS).map(area -> "{\"domain\":\"" + area + "\",\"level\":\""
                + (area.equals("SAFETY") ? "MEDIUM" : "LOW") + "\"}").collect(Collectors.joining(","));
        return "{\"needs\":[" + needs + "],\"enhancedRights\":false}";
    }
}
