package org.hatecrime.cases.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hatecrime.cases.api.CaseTestSupport.BEACON;
import static org.hatecrime.cases.api.CaseTestSupport.BEDS;
import static org.hatecrime.cases.api.CaseTestSupport.GALOP;
import static org.hatecrime.cases.api.CaseTestSupport.HERTS;
import static org.hatecrime.cases.api.CaseTestSupport.RECORD;
import static org.hatecrime.cases.api.CaseTestSupport.WITHIN;
import static org.hatecrime.cases.api.CaseTestSupport.moved;
import static org.hatecrime.cases.api.CaseTestSupport.openCase;
import static org.hatecrime.cases.api.CaseTestSupport.to;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.awaitility.Awaitility;
import org.hatecrime.cases.domain.casefile.OverdueUpdate;
import org.hatecrime.cases.domain.casefile.OverdueUpdates;
import org.hatecrime.events.EventJson;
import org.hatecrime.events.Topics;
import org.hatecrime.testkit.SampleEvents;
import org.hatecrime.testkit.TestEvents;
import org.junit.jupiter.api.Test;

/** Updates owed to the victim after each key event, who may read them, and overdue ones announced once. */
@QuarkusTest
class VictimUpdatesTest {

    @Inject
    OverdueUpdates overdue;

    private static UUID arrested(UUID caseId) {
        moved(HERTS, caseId, RECORD);
        moved(HERTS, caseId, to("INVESTIGATING"));
        moved(HERTS, caseId, to("SUSPECT_IDENTIFIED"));
        moved(HERTS, caseId, to("ARRESTED_OR_INTERVIEWED", "ARRESTED"));
        return UUID.fromString(given().auth().oauth2(HERTS).get("/api/v1/cases/{id}/victim-updates", caseId).then().statusCode(200)
                .extract().path("updates[0].id"));
    }

    @Test
    void anArrestOwesTheVictimAnUpdateWithinFiveWorkingDays() {
        UUID caseId = openCase("herts-police", HERTS, null);
        arrested(caseId);
        given().auth().oauth2(HERTS).get("/api/v1/cases/{id}/victim-updates", caseId).then().statusCode(200)
                .body("updates.kind", contains("ARREST_OR_INTERVIEW"))
                .body("updates[0].enhancedRights", equalTo(false));
        String eventAt = given().auth().oauth2(HERTS).get("/api/v1/cases/{id}/victim-updates", caseId).then().extract().path("updates[0].eventAt");
        String dueAt = given().auth().oauth2(HERTS).get("/api/v1/cases/{id}/victim-updates", caseId).then().extract().path("updates[0].dueAt");
        assertThat(Duration.between(OffsetDateTime.parse(eventAt), OffsetDateTime.parse(dueAt)))
                .as("five working days: at least a week, less than nine days with a bank holiday or two")
                .isBetween(Duration.ofDays(5), Duration.ofDays(10));
        TestEvents.awaitRecord(Topics.CASES, r -> r.key().equals(caseId.toString())
                && EventJson.read(r.value()).type().equals("case.victim-update-due.v1"), WITHIN);
    }

    @Test
    void aVictimWithEnhancedRightsIsOwedTheUpdateWithinOneWorkingDay() {
        UUID caseId = openCase("herts-police", HERTS, null);
        UUID reportId = CaseTestSupport.reportOf(caseId);
        UUID referralId = UUID.randomUUID();
        // both under the referral's key, so in order: once Beacon may read the timeline, the assessment was applied
        CaseTestSupport.enhancedRights(reportId, referralId);
        CaseTestSupport.referred(reportId, referralId, "beacon");
        Awaitility.await().atMost(WITHIN).until(() ->
                given().auth().oauth2(BEACON).get("/api/v1/cases/{id}/victim-updates", caseId).statusCode() == 200);
        arrested(caseId);
        given().auth().oauth2(HERTS).get("/api/v1/cases/{id}/victim-updates", caseId).then()
                .body("updates[0].enhancedRights", equalTo(true));
        String eventAt = given().auth().oauth2(HERTS).get("/api/v1/cases/{id}/victim-updates", caseId).then().extract().path("updates[0].eventAt");
        String dueAt = given().auth().oauth2(HERTS).get("/api/v1/cases/{id}/victim-updates", caseId).then().extract().path("updates[0].dueAt");
        assertThat(Duration.between(OffsetDateTime.parse(eventAt), OffsetDateTime.parse(dueAt))).isLessThan(Duration.ofDays(6));
    }

    @Test
    void recordingThatTheVictimWasToldSettlesTheUpdateOnce() {
        UUID caseId = openCase("herts-police", HERTS, null);
        UUID updateId = arrested(caseId);
        String told = "{\"method\": \"PHONE\", \"toldAt\": \"" + OffsetDateTime.now() + "\"}";
        given().auth().oauth2(HERTS).contentType(ContentType.JSON).body(told)
                .post("/api/v1/cases/{id}/victim-updates/{u}/told", caseId, updateId).then().statusCode(200)
                .body("victimUpdates[0].toldBy", equalTo("PHONE"));
        given().auth().oauth2(HERTS).contentType(ContentType.JSON).body(told)
                .post("/api/v1/cases/{id}/victim-updates/{u}/told", caseId, updateId).then().statusCode(409);
        given().auth().oauth2(HERTS).contentType(ContentType.JSON)
                .body("{\"method\": \"PHONE\", \"toldAt\": \"" + OffsetDateTime.now().plusDays(1) + "\"}")
                .post("/api/v1/cases/{id}/victim-updates/{u}/told", caseId, updateId).then().statusCode(400);
        given().auth().oauth2(HERTS).contentType(ContentType.JSON).body("{\"method\": \"CARRIER_PIGEON\", \"toldAt\": \"2026-11-01T10:00:00Z\"}")
                .post("/api/v1/cases/{id}/victim-updates/{u}/told", caseId, updateId).then().statusCode(400);
    }

    @Test
    void anOverdueUpdateIsAnnouncedOnceEvenWhenTwoScansRunAtOnce() {
        UUID caseId = openCase("herts-police", HERTS, null);
        UUID owed = arrested(caseId);
        Instant later = Instant.now().plus(Duration.ofDays(30));

        CompletableFuture<List<OverdueUpdate>> one = CompletableFuture.supplyAsync(() -> overdue.scanAt(later));
        CompletableFuture<List<OverdueUpdate>> two = CompletableFuture.supplyAsync(() -> overdue.scanAt(later));
        List<OverdueUpdate> found = new java.util.ArrayList<>(one.join());
        found.addAll(two.join());
        found.addAll(overdue.scanAt(later.plusSeconds(60)));

        assertThat(found).filteredOn(o -> o.updateId().equals(owed)).hasSize(1);
        TestEvents.awaitRecord(Topics.CASES, r -> r.key().equals(caseId.toString())
                && EventJson.read(r.value()).type().equals("case.victim-update-overdue.v1"), WITHIN);
        long announced = TestEvents.readAll(Topics.CASES, Duration.ofSeconds(2)).stream()
                .filter(r -> r.key().equals(caseId.toString()) && EventJson.read(r.value()).type().equals("case.victim-update-overdue.v1"))
                .count();
        assertThat(announced).isEqualTo(1);
        given().auth().oauth2(HERTS).get("/api/v1/cases/{id}/victim-updates", caseId).then()
                .body("updates[0].overdueAt", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void anUpdateToldInTimeIsNeverOverdue() {
        UUID caseId = openCase("herts-police", HERTS, null);
        UUID updateId = arrested(caseId);
        given().auth().oauth2(HERTS).contentType(ContentType.JSON)
                .body("{\"method\": \"LETTER\", \"toldAt\": \"" + OffsetDateTime.now() + "\"}")
                .post("/api/v1/cases/{id}/victim-updates/{u}/told", caseId, updateId).then().statusCode(200);
        assertThat(overdue.scanAt(Instant.now().plus(Duration.ofDays(30)))).noneMatch(o -> o.updateId().equals(updateId));
    }

    @Test
    void theVictimServiceTheVictimWasReferredToReadsTheTimelineWhileConsentStands() {
        UUID caseId = openCase("herts-police", HERTS, null);
        UUID reportId = CaseTestSupport.reportOf(caseId);
        given().auth().oauth2(BEACON).get("/api/v1/cases/{id}/victim-updates", caseId).then().statusCode(404);

        CaseTestSupport.referred(reportId, "beacon");
        Awaitility.await().atMost(WITHIN).until(() ->
                given().auth().oauth2(BEACON).get("/api/v1/cases/{id}/victim-updates", caseId).statusCode() == 200);
        given().auth().oauth2(GALOP).get("/api/v1/cases/{id}/victim-updates", caseId).then().statusCode(404);
        given().auth().oauth2(BEDS).get("/api/v1/cases/{id}/victim-updates", caseId).then().statusCode(404);

        TestEvents.publish(Topics.REPORTS, reportId.toString(),
                EventJson.write(SampleEvents.consentChanged(reportId, "REFER_TO_SUPPORT", false)));
        Awaitility.await().atMost(WITHIN).until(() ->
                given().auth().oauth2(BEACON).get("/api/v1/cases/{id}/victim-updates", caseId).statusCode() == 404);
        given().auth().oauth2(HERTS).get("/api/v1/cases/{id}/victim-updates", caseId).then().statusCode(200);
    }
}
