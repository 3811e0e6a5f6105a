package org.hatecrime.reporting.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.hatecrime.testkit.TestTokens;
import org.junit.jupiter.api.Test;

/** Partner systems retry safely with an Idempotency-Key. */
@QuarkusTest
class IdempotencyTest {

    @jakarta.inject.Inject
    AuditRows audit;

    static final String PARTNER = TestTokens.system("partner-stevenage", "reporting-centre", "stevenage-centre");
    static final String POLICE_RMS = TestTokens.system("police-herts-rms", "police", "herts-police");

    static io.restassured.response.ValidatableResponse submit(String token, String key, String description) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(ReportSubmissionTestSupport.report(description))
                .when().post("/api/v1/reports").then();
    }

    @Test
    void theSameKeyAndBodyReturnTheOriginalReport() {
        String key = "partner-" + UUID.randomUUID();

        String first = submit(PARTNER, key, "retried submission").statusCode(201)
                .body("channel", equalTo("PARTNER_API")).extract().path("id");
        String second = submit(PARTNER, key, "retried submission").statusCode(200).extract().path("id");

        assertThat(second).isEqualTo(first);
    }

    @Test
    void aReplayIsAuditedAsAReadOfTheReport() {
        String key = "partner-" + UUID.randomUUID();
        String id = submit(PARTNER, key, "retried and audited").statusCode(201).extract().path("id");
        int before = audit.about(id).size();

        submit(PARTNER, key, "retried and audited").statusCode(200).body("details.description", equalTo("retried and audited"));

        assertThat(audit.about(id)).hasSize(before + 1).last().satisfies(row -> {
            assertThat(row.actor()).isEqualTo("client:partner-stevenage");
            assertThat(row.action()).isEqualTo("report.read");
            assertThat(row.purpose()).contains("idempotent replay");
        });
    }

    @Test
    void afterErasureTheStoredFingerprintNoLongerRecognisesTheSubmission() {
        String key = "partner-" + UUID.randomUUID();
        String id = submit(PARTNER, key, "erased later").statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.user("admin-herts", "admin", "herts-csp")).contentType(ContentType.JSON)
                .body("{\"reason\":\"subject erasure request 2026-140\"}").post("/api/v1/reports/{id}/erasure", id)
                .then().statusCode(200);

        // guessing the original body no longer confirms who reported
        submit(PARTNER, key, "erased later").statusCode(409);
    }

    @Test
    void theSameKeyWithADifferentBodyIsRefused() {
        String key = "partner-" + UUID.randomUUID();
        submit(PARTNER, key, "first body").statusCode(201);

        submit(PARTNER, key, "second body").statusCode(409).contentType("application/problem+json");
    }

    @Test
    void aSubmissionRefusedByARuleLeavesItsKeyFreeForTheCorrectedOne() {
        String key = "partner-" + UUID.randomUUID();
        String unknownDistrict = ReportSubmissionTestSupport.report("district misspelt").replace("STEVENAGE", "STEVENAEG");
        given().auth().oauth2(PARTNER).contentType(ContentType.JSON).header("Idempotency-Key", key).body(unknownDistrict)
                .when().post("/api/v1/reports").then().statusCode(400).body("violations[0].field", equalTo("district"));

        submit(PARTNER, key, "district corrected").statusCode(201);
    }

    @Test
    void keysBelongToTheAgencyThatUsedThem() {
        String key = "shared-" + UUID.randomUUID();
        String stevenage = submit(PARTNER, key, "same key, two agencies").statusCode(201).extract().path("id");
        String police = submit(POLICE_RMS, key, "same key, two agencies").statusCode(201).extract().path("id");

        assertThat(police).isNotEqualTo(stevenage);
    }

    @Test
    void aReportTakenByThePoliceIsAlreadyWithTheirForce() {
        String id = submit(POLICE_RMS, "rms-" + UUID.randomUUID(), "taken at the front desk").statusCode(201)
                .body("channel", equalTo("POLICE"))
                .body("sharedWithForce", equalTo("herts-police"))
                .extract().path("id");

        given().auth().oauth2(POLICE_RMS).get("/api/v1/reports/{id}", id).then().statusCode(200);
        String shared = org.hatecrime.testkit.TestEvents.awaitRecord(org.hatecrime.events.Topics.REPORTS,
                r -> id.equals(r.key()) && r.value().contains("report.shared-with-police.v1"), java.time.Duration.ofSeconds(20)).value();
        assertThat(shared).contains("\"force\":\"herts-police\"");
    }

    @Test
    void aForceTriagesAndClosesTheReportsItTookButNotThoseSharedWithIt() {
        String own = submit(POLICE_RMS, "rms-" + UUID.randomUUID(), "taken by phone at the control room").statusCode(201)
                .extract().path("id");
        String centres = ReportSubmissionTestSupport.submit("shared by a centre");

        given().auth().oauth2(POLICE_RMS).contentType(ContentType.JSON).body("{\"recordedAs\":\"CRIME\"}")
                .post("/api/v1/reports/{id}/triage", own).then().statusCode(200).body("status", equalTo("TRIAGED"));
        given().auth().oauth2(POLICE_RMS).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/reports/{id}/closure", own).then().statusCode(200).body("status", equalTo("CLOSED"));
        given().auth().oauth2(POLICE_RMS).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/reports/{id}/triage", centres).then().statusCode(404);
    }

    @Test
    void aMalformedKeyIsNamed() {
        submit(PARTNER, "no spaces allowed", "bad key").statusCode(400)
                .body("violations[0].field", equalTo("Idempotency-Key"));
    }
}
