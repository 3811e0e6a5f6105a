package org.hatecrime.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hatecrime.systemtests.Tokens.ADMIN_HERTS;
import static org.hatecrime.systemtests.Tokens.BEACON_WORKER;
import static org.hatecrime.systemtests.Tokens.CENTRE_STEVENAGE;
import static org.hatecrime.systemtests.Tokens.POLICE_HERTS;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.hatecrime.systemtests.Api.Submission;
import org.hatecrime.systemtests.Api.SubmittedReport;
import org.junit.jupiter.api.Test;

/**
 * A person asks to be erased, through the gateway with real tokens: an administrator erases them at
 * intake, and the erasure reaches the services the report went to over Kafka: Beacon can no longer
 * open the victim's contact details, and the force's case says the victim was erased while staying
 * the force's to progress.
 */
@PlatformTest
class ErasureSystemTest {

    private static final Duration DELIVERY = ReportFlowTest.DELIVERY;
    private static final String CASES = "/api/v1/cases";
    private static final String REFERRALS = "/api/v1/referrals";

    private final Api api;

    ErasureSystemTest(LocalPlatform platform) {
        this.api = new Api(platform);
    }

    @Test
    void anErasureAtIntakeReachesTheVictimServiceAndTheForce() {
        Submission submission = Submission.typical().consents(true, true, true);
        SubmittedReport report = api.submitWithContact(CENTRE_STEVENAGE, submission,
                Map.of("name", "Erin Erasure-Test", "phone", Api.phone()), Map.of("safeToCall", true, "voicemailAllowed", false));
        api.passOn(CENTRE_STEVENAGE, report, submission);
        String referral = await("Beacon has the referral").atMost(DELIVERY).pollInterval(Duration.ofMillis(250))
                .until(() -> idOf(api.asUser(BEACON_WORKER).queryParam("size", 100).get(REFERRALS).then().statusCode(200)
                        .extract().jsonPath().getList("findAll { it.reportId == '" + report.id() + "' }.id")), id -> id != null);
        String theCase = await("the force has the case").atMost(DELIVERY).pollInterval(Duration.ofMillis(250))
                .until(() -> idOf(api.asUser(POLICE_HERTS).queryParam("size", 100).get(CASES).then().statusCode(200)
                        .extract().jsonPath().getList("findAll { it.reportId == '" + report.id() + "' }.id")), id -> id != null);
        api.asUser(BEACON_WORKER).get(REFERRALS + "/" + referral + "/contact-details").then().statusCode(200)
                .body("contact.name", equalTo("Erin Erasure-Test"));

        api.asUser(ADMIN_HERTS).contentType(ContentType.JSON).body("{\"reason\":\"Erasure request received in writing\"}")
                .post(Api.REPORTS + "/" + report.id() + "/erasure").then().statusCode(200).body("details", nullValue());

        await("the force's case shows the erasure").atMost(DELIVERY).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                assertThat(api.asUser(POLICE_HERTS).get(CASES + "/" + theCase).then().statusCode(200)
                        .extract().jsonPath().getString("victimErasedAt")).isNotNull());
        await("Beacon can no longer open the contact details").atMost(DELIVERY).pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> api.asUser(BEACON_WORKER).get(REFERRALS + "/" + referral + "/contact-details").then()
                        .statusCode(409).contentType(Api.PROBLEM_JSON));
        api.asUser(BEACON_WORKER).get(REFERRALS + "/" + referral).then().statusCode(200).body("reportId", equalTo(report.id()));
    }

    private static String idOf(List<Object> ids) {
        return ids == null || ids.size() != 1 ? null : (String) ids.get(0);
    }
}
