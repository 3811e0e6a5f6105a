package org.hatecrime.reporting.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.hatecrime.events.EventJson;
import org.hatecrime.events.Topics;
import org.hatecrime.testkit.TestEvents;
import org.junit.jupiter.api.Test;

/** The same victim reporting through two agencies is linked, not double counted, and never named in events. */
@QuarkusTest
class RepeatVictimTest {

    static String report(String email, String phone, String district, String occurredAt) {
        return """
                {"strands":["RELIGION_OR_BELIEF"],"description":"Leaflets pushed through the door","occurredAt":"%s",
                 "district":"%s","contact":{"email":"%s","phone":"%s"},
                 "consents":{"shareWithPolice":true,"referToSupport":true,"statistics":true}}""".formatted(occurredAt, district, email, phone);
    }

    static String submit(String token, String body) {
        return ReportSubmissionTestSupport.submit(token, body);
    }

    @Test
    void theSameIncidentReportedAtTwoAgenciesIsLinkedAsAPossibleDuplicate() {
        String email = "victim-" + UUID.randomUUID() + "@example.org";
        String first = submit(ReportSubmissionTestSupport.STEVENAGE, report(email, "07700 900001", "DACORUM", "2026-11-10T10:00:00Z"));
        // the same person, written differently, at another agency, the next day
        String second = submit(ReportSubmissionTestSupport.WATFORD, report(email.toUpperCase(), "+44 7700 900001", "DACORUM",
                "2026-11-11T09:00:00Z"));

        List<String> duplicates = given().auth().oauth2(ReportSubmissionTestSupport.WATFORD).get("/api/v1/reports/{id}", second)
                .then().statusCode(200)
                .body("earlierReportsFromSameVictim", equalTo(1))
                .body("status", equalTo("RECEIVED"))
                .extract().path("possibleDuplicates");
        assertThat(duplicates).containsExactly(first);

        // triage links it rather than counting it twice
        given().auth().oauth2(ReportSubmissionTestSupport.WATFORD).contentType(ContentType.JSON)
                .body("{\"duplicateOf\":\"" + first + "\"}").post("/api/v1/reports/{id}/duplicate-of", second)
                .then().statusCode(200).body("status", equalTo("DUPLICATE")).body("duplicateOf", equalTo(first));
        TestEvents.awaitRecord(Topics.REPORTS, r -> second.equals(r.key()) && r.value().contains("report.duplicate-linked.v1"),
                Duration.ofSeconds(20));
    }

    @Test
    void aLaterIncidentElsewhereMarksARepeatVictimButNoDuplicate() {
        String phone = "07700 9" + String.format("%05d", (int) (Math.random() * 100_000));
        submit(ReportSubmissionTestSupport.STEVENAGE, report("a-" + UUID.randomUUID() + "@example.org", phone, "STEVENAGE", "2026-10-01T10:00:00Z"));
        String later = submit(ReportSubmissionTestSupport.STEVENAGE, report("b-" + UUID.randomUUID() + "@example.org", phone, "HERTSMERE",
                "2026-11-01T10:00:00Z"));

        given().auth().oauth2(ReportSubmissionTestSupport.STEVENAGE).get("/api/v1/reports/{id}", later)
                .then().statusCode(200)
                .body("earlierReportsFromSameVictim", equalTo(1))
                .body("possibleDuplicates.size()", equalTo(0));
        String event = TestEvents.awaitRecord(Topics.REPORTS, r -> later.equals(r.key()) && r.value().contains("report.submitted.v1"),
                Duration.ofSeconds(20)).value();
        assertThat(EventJson.read(event).payload().get("earlierReportsFromSameVictim").asInt()).isEqualTo(1);
        assertThat(EventJson.read(event).payload().get("victimKey").asText()).hasSize(64);
        assertThat(event).doesNotContain(phone).doesNotContain("example.org");
    }

    @Test
    void aDuplicateMustBeAReportTheAgencyMaySeeOrOneThePlatformFlagged() {
        String mine = submit(ReportSubmissionTestSupport.STEVENAGE, report("c-" + UUID.randomUUID() + "@example.org", "07700 900777", "WATFORD",
                "2026-11-01T10:00:00Z"));
        String theirs = submit(ReportSubmissionTestSupport.WATFORD, report("d-" + UUID.randomUUID() + "@example.org", "07700 900778", "WATFORD",
                "2026-11-01T10:00:00Z"));

        given().auth().oauth2(ReportSubmissionTestSupport.STEVENAGE).contentType(ContentType.JSON)
                .body("{\"duplicateOf\":\"" + theirs + "\"}").post("/api/v1/reports/{id}/duplicate-of", mine)
                .then().statusCode(400).body("violations[0].field", equalTo("duplicateOf"));
    }
}
