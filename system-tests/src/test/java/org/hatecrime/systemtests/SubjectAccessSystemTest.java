package org.hatecrime.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.hatecrime.systemtests.Tokens.ADMIN_HERTS;
import static org.hatecrime.systemtests.Tokens.BEACON_WORKER;
import static org.hatecrime.systemtests.Tokens.CENTRE_STEVENAGE;
import static org.hatecrime.systemtests.Tokens.POLICE_HERTS;

import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.hatecrime.systemtests.Api.Submission;
import org.hatecrime.systemtests.Api.SubmittedReport;
import org.junit.jupiter.api.Test;

/**
 * A person asks what the platform holds about them, through the gateway with real tokens: an
 * administrator asks intake, which gathers in the background its own report and what victim care
 * (the referral, with the contact details it keeps sealed) and the force's case service hold, over
 * their internal endpoints with intake's own client-credentials token from the real Keycloak; the
 * export is read as JSON and as a PDF.
 */
@PlatformTest
class SubjectAccessSystemTest {

    private static final Duration DELIVERY = ReportFlowTest.DELIVERY;
    private static final String REQUESTS = "/api/v1/subject-access-requests";

    private final Api api;

    SubjectAccessSystemTest(LocalPlatform platform) {
        this.api = new Api(platform);
    }

    @Test
    void anAdministratorGetsOneExportOfWhatIntakeVictimCareAndTheForceHold() {
        Submission submission = Submission.typical().consents(true, true, true);
        SubmittedReport report = api.submitWithContact(CENTRE_STEVENAGE, submission,
                Map.of("name", "Sasha Access-Test", "phone", Api.phone()), Map.of("safeToCall", true, "voicemailAllowed", false));
        api.passOn(CENTRE_STEVENAGE, report, submission);
        String referral = await("Beacon has the referral").atMost(DELIVERY).pollInterval(Duration.ofMillis(250))
                .until(() -> idOf(api.asUser(BEACON_WORKER).queryParam("size", 100).get("/api/v1/referrals").then().statusCode(200)
                        .extract().jsonPath().getList("findAll { it.reportId == '" + report.id() + "' }.id")), id -> id != null);
        String theCase = await("the force has the case").atMost(DELIVERY).pollInterval(Duration.ofMillis(250))
                .until(() -> idOf(api.asUser(POLICE_HERTS).queryParam("size", 100).get("/api/v1/cases").then().statusCode(200)
                        .extract().jsonPath().getList("findAll { it.reportId == '" + report.id() + "' }.id")), id -> id != null);
        api.asUser(BEACON_WORKER).get("/api/v1/referrals/" + referral + "/contact-details").then().statusCode(200);

        String body = """
                {"reportId":"%s","reason":"Subject access request received in writing, identity checked","reference":"SAR-SYS-1"}"""
                .formatted(report.id());
        api.asUser(CENTRE_STEVENAGE).contentType(ContentType.JSON).body(body).post(REQUESTS).then().statusCode(403);
        String location = api.asUser(ADMIN_HERTS).contentType(ContentType.JSON).body(body).post(REQUESTS).then().statusCode(202)
                .header("Location", containsString(REQUESTS + "/")).extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);

        await("the export is gathered").atMost(DELIVERY).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(api.asUser(ADMIN_HERTS).get(REQUESTS + "/" + id).then().statusCode(200).extract().jsonPath()
                        .getString("status")).isEqualTo("COMPLETE"));

        api.asUser(ADMIN_HERTS).accept(ContentType.JSON).get(REQUESTS + "/" + id + "/export").then().statusCode(200)
                .body("request.reference", equalTo("SAR-SYS-1"))
                .body("services.service", equalTo(List.of("reporting-service", "victim-care-service", "case-service", "analytics-service")))
                .body("services[0].reports[0].id", equalTo(report.id()))
                .body("services[0].reports[0].details.contact.name", equalTo("Sasha Access-Test"))
                .body("services[1].referrals[0].id", equalTo(referral))
                .body("services[1].referrals[0].contactDetails.details.contact.name", equalTo("Sasha Access-Test"))
                .body("services[2].cases[0].id", equalTo(theCase))
                .body("services[3].note", startsWith("Analytics holds no personal data"));
        byte[] pdf = api.asUser(ADMIN_HERTS).get(REQUESTS + "/" + id + "/export.pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    private static String idOf(List<Object> ids) {
        return ids == null || ids.size() != 1 ? null : (String) ids.get(0);
    }
}
