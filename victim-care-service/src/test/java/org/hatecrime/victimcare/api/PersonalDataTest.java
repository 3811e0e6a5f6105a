package org.hatecrime.victimcare.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hatecrime.victimcare.api.VictimCareTestSupport.BEACON;

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
 * Personal data victim care holds never leaves it: markers planted in needs notes, plan actions and
 * the satisfaction comment appear in no event, no log line and no column other than the sealed ones,
 * while the agency working the referral reads them back.
 */
@QuarkusTest
class PersonalDataTest {

    private static final Path LOG = Path.of("target", "victim-care-service-test.log");

    @Inject
    AgroalDataSource dataSource;

    @Test
    void markersInNotesActionsAndCommentsAppearNowhereButTheSealedColumns() throws Exception {
        String m = "mk" + UUID.randomUUID().toString().replace("-", "");
        String id = VictimCareTestSupport.acceptedReferral();

        NeedsAssessmentWorkTest.assess(BEACON, id, VictimCareTestSupport.assessment("HIGH", "VULNERABLE", "notes-" + m)).statusCode(201);
        SupportWorkTest.startingWellbeing(BEACON, id, SupportWorkTest.START).statusCode(200);
        given().auth().oauth2(BEACON).contentType(ContentType.JSON)
                .body("{\"description\":\"action-" + m + "\",\"owner\":\"victim\",\"dueOn\":\"2026-12-04\"}")
                .post("/api/v1/referrals/{id}/support-plan/actions", id).then().statusCode(201);
        SupportWorkTest.close(BEACON, id, "{\"wellbeing\":{\"items\":[3,3,4,3,3,3,3]},\"satisfaction\":{\"score\":2,\"comment\":\"comment-" + m
                + "\"}}").statusCode(201);

        assertThat(given().auth().oauth2(BEACON).get("/api/v1/referrals/{id}/needs-assessments", id).then().statusCode(200)
                .extract().asString()).contains("notes-" + m);
        assertThat(given().auth().oauth2(BEACON).get("/api/v1/referrals/{id}/support-plan", id).then().statusCode(200).extract().asString())
                .contains("action-" + m, "comment-" + m);

        TestEvents.awaitRecord(Topics.REFERRALS, r -> id.equals(r.key()) && r.value().contains("support.closed.v1"), Duration.ofSeconds(20));
        assertThat(TestEvents.readAll(Topics.REFERRALS, Duration.ofSeconds(1))).filteredOn(r -> id.equals(r.key()))
                .extracting(r -> r.value()).anySatisfy(v -> assertThat(v).contains("needs.assessed.v1"))
                .allSatisfy(v -> assertThat(v).doesNotContain(m));
        assertThat(Files.readString(LOG, StandardCharsets.UTF_8)).doesNotContain(m);
        assertThat(PersonalDataScan.plainColumnsContaining(dataSource, m)).isEmpty();
        assertThat(PersonalDataScan.binaryColumns(dataSource)).contains("needs_assessment.sealed_notes",
                "support_action.sealed_description", "support.sealed_satisfaction_comment");
        assertThat(PersonalDataScan.binaryColumnsContainingInPlain(dataSource, m)).isEmpty();
    }
}
