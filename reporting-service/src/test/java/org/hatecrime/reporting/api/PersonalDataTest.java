package org.hatecrime.reporting.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.hatecrime.events.Topics;
import org.hatecrime.testkit.PersonalDataScan;
import org.hatecrime.testkit.TestEvents;
import org.junit.jupiter.api.Test;

/**
 * Personal data never leaves the service: unique markers planted in every personal field appear in
 * no event, no log line and no column other than the sealed ones, even after the whole lifecycle.
 */
@QuarkusTest
class PersonalDataTest {

    private static final Path LOG = Path.of("target", "reporting-service-test.log");

    @Inject
    AgroalDataSource dataSource;

    @Test
    void markersInPersonalFieldsAppearNowhereButTheSealedColumns() throws Exception {
        String m = "mk" + UUID.randomUUID().toString().replace("-", "");
        String body = """
                {"strands":["RACE","OTHER"],"otherStrand":"other-%1$s","description":"description-%1$s",
                 "occurredAt":"2026-11-19T08:10:00Z","district":"STEVENAGE","harm":"harm-%1$s",
                 "location":{"description":"location-%1$s","latitude":51.9,"longitude":-0.2},
                 "suspects":{"count":1,"description":"suspect-%1$s","name":"name-%1$s","knownToVictim":true,"relationshipToVictim":"rel-%1$s"},
                 "witnesses":{"count":1,"contactDetails":"witness-%1$s"},
                 "online":{"platform":"platform-%1$s","links":["https://x.example/%1$s"],"handles":["@h%1$s"]},
                 "contact":{"name":"victim-%1$s","email":"%1$s@example.org","phone":"07700 900555","address":"address-%1$s"},
                 "safeContact":{"safeToCall":false,"safeTimes":"times-%1$s","notes":"notes-%1$s"},
                 "consents":{"shareWithPolice":true,"referToSupport":true,"statistics":true}}""".formatted(m);
        String id = given().auth().oauth2(ReportSubmissionTestSupport.STEVENAGE).contentType(ContentType.JSON).body(body)
                .post("/api/v1/reports").then().statusCode(201).extract().path("id");
        String centre = ReportSubmissionTestSupport.STEVENAGE;
        given().auth().oauth2(centre).contentType(ContentType.JSON).body("{}").post("/api/v1/reports/{id}/triage", id).then().statusCode(200);
        given().auth().oauth2(centre).contentType(ContentType.JSON).body("{}").post("/api/v1/reports/{id}/police-share", id).then().statusCode(200);
        given().auth().oauth2(centre).contentType(ContentType.JSON).body("{}").post("/api/v1/reports/{id}/referral-request", id).then().statusCode(200);
        given().auth().oauth2(centre).get("/api/v1/reports/{id}", id).then().statusCode(200);

        TestEvents.awaitRecord(Topics.REPORTS, r -> id.equals(r.key()) && r.value().contains("report.referral-requested.v1"), Duration.ofSeconds(20));
        assertThat(TestEvents.readAll(Topics.REPORTS, Duration.ofSeconds(1))).filteredOn(r -> id.equals(r.key()))
                .hasSize(4)
                .allSatisfy(r -> assertThat(r.value()).doesNotContain(m).doesNotContain("07700"));
        assertThat(Files.readString(LOG, StandardCharsets.UTF_8)).doesNotContain(m);
        assertThat(PersonalDataScan.plainColumnsContaining(dataSource, m)).isEmpty();
        assertThat(PersonalDataScan.binaryColumns(dataSource)).contains("report.sealed_details");
        assertThat(PersonalDataScan.binaryColumnsContainingInPlain(dataSource, m)).isEmpty();
    }
}
