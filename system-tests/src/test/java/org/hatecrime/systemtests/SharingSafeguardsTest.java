package org.hatecrime.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hatecrime.systemtests.Api.CASES_RECEIVED;
import static org.hatecrime.systemtests.Tokens.ADMIN_HERTS;
import static org.hatecrime.systemtests.Tokens.CENTRE_STEVENAGE;
import static org.hatecrime.systemtests.Tokens.CENTRE_WATFORD;
import static org.hatecrime.systemtests.Tokens.COORDINATOR_HERTS;
import static org.hatecrime.systemtests.Tokens.POLICE_HERTS;
import static org.hatecrime.systemtests.Tokens.SECOND_ADMIN_HERTS;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hatecrime.systemtests.Api.Submission;
import org.hatecrime.systemtests.Api.SubmittedReport;
import org.junit.jupiter.api.Test;

/**
 * The safeguards around sharing, through the gateway with the realm's own users: sharing without
 * consent takes two administrators, and one agency learns nothing of another's reports of the same
 * victim until the partnership coordinator confirms the match.
 */
@PlatformTest
class SharingSafeguardsTest {

    private final Api api;

    SharingSafeguardsTest(LocalPlatform platform) {
        this.api = new Api(platform);
    }

    @Test
    void sharingWithoutConsentTakesTwoAdministratorsAndReachesTheForce() {
        SubmittedReport report = api.submitAs(CENTRE_STEVENAGE, Submission.typical().consents(false, false, true));
        api.asUser(CENTRE_STEVENAGE).contentType(ContentType.JSON).body("{}").post(Api.REPORTS + "/" + report.id() + "/triage")
                .then().statusCode(200);
        String request = "{\"reportId\":\"" + report.id() + "\",\"lawfulBasis\":\"risk to life, safeguarding referral ST-2026-91\"}";

        String overrideId = api.asUser(ADMIN_HERTS).contentType(ContentType.JSON).body(request).post("/api/v1/lawful-overrides")
                .then().statusCode(201).body("status", equalTo("REQUESTED")).extract().path("id");
        api.asUser(ADMIN_HERTS).contentType(ContentType.JSON).body("{\"decision\":\"APPROVE\"}")
                .post("/api/v1/lawful-overrides/{id}/decision", overrideId).then().statusCode(403);
        api.asUser(SECOND_ADMIN_HERTS).contentType(ContentType.JSON).body("{\"decision\":\"APPROVE\"}")
                .post("/api/v1/lawful-overrides/{id}/decision", overrideId)
                .then().statusCode(200).body("status", equalTo("APPROVED")).body("sharedWithForce", equalTo("herts-police"));

        await("the force sees the report shared on a lawful basis").atMost(ReportFlowTest.DELIVERY).pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> assertThat(api.asUser(POLICE_HERTS).get(CASES_RECEIVED + "/" + report.id()).statusCode())
                        .isEqualTo(200));
    }

    @Test
    void anotherCentreLearnsNothingUntilTheCoordinatorConfirmsTheMatch() {
        String email = "system-test-" + UUID.randomUUID() + "@example.org";
        String stevenage = submitWithContact(CENTRE_STEVENAGE, email);
        String watford = submitWithContact(CENTRE_WATFORD, email);

        api.asUser(CENTRE_WATFORD).get(Api.REPORTS + "/" + watford).then().statusCode(200)
                .body("earlierReportsFromSameVictim", equalTo(0)).body("possibleDuplicates.size()", equalTo(0));
        api.asUser(CENTRE_STEVENAGE).get("/api/v1/coordination/matches").then().statusCode(403);

        List<Map<String, Object>> matches = api.asUser(COORDINATOR_HERTS).queryParam("report", watford)
                .get("/api/v1/coordination/matches").then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(matches).hasSize(1);
        assertThat(matches.get(0)).containsEntry("kind", "SAME_INCIDENT");
        assertThat(matches.get(0).toString()).contains(stevenage).doesNotContain(email);

        api.asUser(COORDINATOR_HERTS).contentType(ContentType.JSON).body("{\"decision\":\"CONFIRM\"}")
                .post("/api/v1/coordination/matches/{id}/decision", matches.get(0).get("id")).then().statusCode(200);
        api.asUser(CENTRE_WATFORD).get(Api.REPORTS + "/" + watford).then().statusCode(200)
                .body("possibleDuplicates", equalTo(List.of(stevenage)));
        api.asUser(CENTRE_WATFORD).get(Api.REPORTS + "/" + stevenage).then().statusCode(404);
    }

    private String submitWithContact(String centre, String email) {
        Map<String, Object> body = new java.util.LinkedHashMap<>(Submission.typical().district("HERTSMERE").asMap());
        body.put("contact", Map.of("email", email));
        return api.asUser(centre).contentType(ContentType.JSON).body(body).post(Api.REPORTS).then().statusCode(201).extract().path("id");
    }
}
