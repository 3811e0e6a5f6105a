package org.hatecrime.cases.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hatecrime.cases.api.CaseTestSupport.BEDS;
import static org.hatecrime.cases.api.CaseTestSupport.CPS;
import static org.hatecrime.cases.api.CaseTestSupport.HERTS;
import static org.hatecrime.cases.api.CaseTestSupport.HERTS_OFFICER;
import static org.hatecrime.cases.api.CaseTestSupport.RECORD;
import static org.hatecrime.cases.api.CaseTestSupport.WITHIN;
import static org.hatecrime.cases.api.CaseTestSupport.filedWithCps;
import static org.hatecrime.cases.api.CaseTestSupport.move;
import static org.hatecrime.cases.api.CaseTestSupport.moved;
import static org.hatecrime.cases.api.CaseTestSupport.openCase;
import static org.hatecrime.cases.api.CaseTestSupport.to;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.hatecrime.events.EventJson;
import org.hatecrime.events.Topics;
import org.hatecrime.testkit.SampleEvents;
import org.hatecrime.testkit.TestEvents;
import org.junit.jupiter.api.Test;

/** A case from the report a force received to its outcome, through the API the force and the CPS use. */
@QuarkusTest
class CaseProgressionTest {

    @Test
    void aReportSharedWithAForceOpensItsCaseAndAnnouncesIt() {
        UUID caseId = openCase("herts-police", HERTS, null);

        given().auth().oauth2(HERTS).get("/api/v1/cases/{id}", caseId).then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("stage", equalTo("OPENED"))
                .body("force", equalTo("herts-police"))
                .body("cpsArea", equalTo("cps-thames-chiltern"))
                .body("strands", contains("RACE", "RELIGION_OR_BELIEF"))
                .body("history[0].to", equalTo("OPENED"));
        ConsumerRecord<String, String> opened = TestEvents.awaitRecord(Topics.CASES, r -> r.key().equals(caseId.toString())
                && EventJson.read(r.value()).type().equals("case.opened.v1"), WITHIN);
        assertThat(EventJson.read(opened.value()).payload().path("force").asText()).isEqualTo("herts-police");
    }

    @Test
    void theForcePushesTheCaseToChargeTheCpsRecordsVerdictAndSentenceAndTheForceClosesIt() {
        UUID caseId = openCase("herts-police", HERTS, null);
        moved(HERTS, caseId, RECORD);
        given().auth().oauth2(HERTS).contentType(ContentType.JSON).body("{\"evidence\": [\"HOSTILE_WORDS\", \"VICTIM_PERCEPTION\"]}")
                .put("/api/v1/cases/{id}/hostility-evidence", caseId).then().statusCode(200);
        given().auth().oauth2(HERTS_OFFICER).contentType(ContentType.JSON).body("{\"officerId\": \"PC-4512\"}")
                .put("/api/v1/cases/{id}/officer", caseId).then().statusCode(200).body("officerId", equalTo("PC-4512"));
        moved(HERTS, caseId, to("INVESTIGATING"));
        moved(HERTS, caseId, "{\"stage\": \"SUSPECT_IDENTIFIED\", \"suspectReference\": \"S-41-" + UUID.randomUUID() + "\"}");
        moved(HERTS, caseId, "{\"stage\": \"ARRESTED_OR_INTERVIEWED\", \"reasonCode\": \"ARRESTED\", \"bailConditions\": [\"NO_CONTACT_WITH_VICTIM\"]}");
        moved(HERTS, caseId, to("FILED_WITH_CPS"));

        moved(CPS, caseId, to("CHARGED", "FULL_CODE_TEST_MET"));
        moved(CPS, caseId, "{\"stage\": \"AT_COURT\", \"hearingAt\": \"2027-01-12T10:00:00Z\", \"hearingType\": \"FIRST_HEARING\"}");
        moved(CPS, caseId, "{\"stage\": \"AT_COURT\", \"hearingAt\": \"2027-02-09T10:00:00Z\", \"hearingType\": \"TRIAL\"}");
        moved(CPS, caseId, "{\"stage\": \"VERDICT\", \"verdict\": \"GUILTY\"}");
        moved(CPS, caseId, "{\"stage\": \"SENTENCED\", \"upliftApplied\": true, \"upliftReason\": \"HOSTILITY_DEMONSTRATED\"}");
        moved(HERTS, caseId, "{\"stage\": \"CLOSED\", \"reasonCode\": \"SENTENCE_PASSED\", \"outcomeCode\": \"1\"}");

        given().auth().oauth2(HERTS).get("/api/v1/cases/{id}", caseId).then().statusCode(200)
                .body("stage", equalTo("CLOSED"))
                .body("outcomeCode", equalTo("1"))
                .body("crimeReference", equalTo("41/12345/26"))
                .body("recordedAs", equalTo("CRIME"))
                .body("hostilityEvidence", contains("HOSTILE_WORDS", "VICTIM_PERCEPTION"))
                .body("hateCrimeFlag", equalTo(true))
                .body("verdict", equalTo("GUILTY"))
                .body("upliftApplied", equalTo(true))
                .body("hearings.type", contains("FIRST_HEARING", "TRIAL"))
                .body("history.party", hasItem("CPS"))
                .body("history.actor", hasItem("client:police-herts-rms"))
                .body("history.actor", hasItem("cps-thames-chiltern"))
                .body("victimUpdates.kind", contains("ARREST_OR_INTERVIEW", "BAIL", "CHARGE", "HEARING", "HEARING", "VERDICT", "SENTENCE"));

        ConsumerRecord<String, String> closed = TestEvents.awaitRecord(Topics.CASES, r -> r.key().equals(caseId.toString())
                && EventJson.read(r.value()).type().equals("case.closed.v1"), WITHIN);
        assertThat(EventJson.read(closed.value()).payload().path("outcomeCode").asText()).isEqualTo("1");
        assertThat(EventJson.read(closed.value()).payload().path("strands").toString()).contains("RACE");
        TestEvents.awaitRecord(Topics.CASES, r -> r.key().equals(caseId.toString())
                && EventJson.read(r.value()).type().equals("case.charged.v1"), WITHIN);
    }

    @Test
    void anIllegalMoveIsAConflictAndChangesNothing() {
        UUID caseId = openCase("herts-police", HERTS, null);
        move(HERTS, caseId, to("CHARGED")).then().statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(HERTS).get("/api/v1/cases/{id}", caseId).then().body("stage", equalTo("OPENED"));
    }

    @Test
    void anOutcomeCodeBeforeClosureOrOutsideTheListIsRefusedNamingTheField() {
        UUID caseId = openCase("herts-police", HERTS, null);
        move(HERTS, caseId, RECORD.replace("}", ", \"outcomeCode\": \"1\"}")).then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem("outcomeCode"));
        moved(HERTS, caseId, RECORD);
        move(HERTS, caseId, "{\"stage\": \"CLOSED\", \"reasonCode\": \"NCHI_NO_ACTION\", \"outcomeCode\": \"19\"}").then().statusCode(400)
                .body("violations.field", hasItem("outcomeCode"));
    }

    @Test
    void badInputIsAProblemNamingTheFieldNeverAServerError() {
        UUID caseId = openCase("herts-police", HERTS, null);
        move(HERTS, caseId, "{\"stage\": \"ARRESTED_FOREVER\"}").then().statusCode(400).contentType("application/problem+json");
        move(HERTS, caseId, "{}").then().statusCode(400).body("violations.field", hasItem("stage"));
        move(HERTS, caseId, RECORD.replace("41/12345/26", "<script>")).then().statusCode(400)
                .body("violations.field", hasItem("crimeReference"));
        move(HERTS, caseId, "{\"stage\": \"RECORDED\"}").then().statusCode(400).body("violations.field", hasItem("crimeReference"));
        move(HERTS, caseId, "{\"stage\": \"RECORDED\", \"reasonCode\": \"free text here\"}").then().statusCode(400);
        move(HERTS, caseId, "not json").then().statusCode(400);
        given().auth().oauth2(HERTS).contentType(ContentType.JSON).body(RECORD).header("If-Match", "nonsense")
                .post("/api/v1/cases/{id}/stage-changes", caseId).then().statusCode(412);
        given().auth().oauth2(HERTS).contentType(ContentType.JSON).body(RECORD).header("Idempotency-Key", "short")
                .post("/api/v1/cases/{id}/stage-changes", caseId).then().statusCode(400);
        given().auth().oauth2(HERTS).get("/api/v1/cases/not-a-uuid").then().statusCode(404);
        given().auth().oauth2(HERTS).queryParam("size", 101).get("/api/v1/cases").then().statusCode(400);
        given().auth().oauth2(HERTS).contentType(ContentType.JSON).body("{\"evidence\": []}")
                .put("/api/v1/cases/{id}/hostility-evidence", caseId).then().statusCode(400).body("violations.field", hasItem("evidence"));
    }

    @Test
    void aChangeToAVersionNoLongerCurrentIsRefused() {
        UUID caseId = openCase("herts-police", HERTS, null);
        given().auth().oauth2(HERTS).contentType(ContentType.JSON).body(RECORD).header("If-Match", "\"0\"")
                .post("/api/v1/cases/{id}/stage-changes", caseId).then().statusCode(200).header("ETag", "\"1\"");
        given().auth().oauth2(HERTS).contentType(ContentType.JSON).body(to("INVESTIGATING")).header("If-Match", "\"0\"")
                .post("/api/v1/cases/{id}/stage-changes", caseId).then().statusCode(412);
    }

    @Test
    void aPushRepeatedWithTheSameKeyAndBodyIsAppliedOnceAndAnsweredTheSame() {
        UUID caseId = openCase("herts-police", HERTS, null);
        String key = "rms-" + UUID.randomUUID();
        String first = given().auth().oauth2(HERTS).contentType(ContentType.JSON).body(RECORD).header("Idempotency-Key", key)
                .post("/api/v1/cases/{id}/stage-changes", caseId).then().statusCode(200).extract().asString();
        String again = given().auth().oauth2(HERTS).contentType(ContentType.JSON).body(RECORD).header("Idempotency-Key", key)
                .header("If-Match", "\"0\"")
                .post("/api/v1/cases/{id}/stage-changes", caseId).then().statusCode(200).extract().asString();
        assertThat(again).isEqualTo(first);
        given().auth().oauth2(HERTS).get("/api/v1/cases/{id}", caseId).then().body("history", org.hamcrest.Matchers.hasSize(2));
    }

    @Test
    void theSameKeyWithAnotherBodyIsAConflict() {
        UUID caseId = openCase("herts-police", HERTS, null);
        String key = "rms-" + UUID.randomUUID();
        given().auth().oauth2(HERTS).contentType(ContentType.JSON).body(RECORD).header("Idempotency-Key", key)
                .post("/api/v1/cases/{id}/stage-changes", caseId).then().statusCode(200);
        given().auth().oauth2(HERTS).contentType(ContentType.JSON).body(to("INVESTIGATING")).header("Idempotency-Key", key)
                .post("/api/v1/cases/{id}/stage-changes", caseId).then().statusCode(409);
    }

    @Test
    void theSameKeyFromAnotherForceIsItsOwnAndReachesNoCaseOfHertfordshire() {
        UUID caseId = openCase("herts-police", HERTS, null);
        String key = "rms-" + UUID.randomUUID();
        given().auth().oauth2(HERTS).contentType(ContentType.JSON).body(RECORD).header("Idempotency-Key", key)
                .post("/api/v1/cases/{id}/stage-changes", caseId).then().statusCode(200);
        given().auth().oauth2(BEDS).contentType(ContentType.JSON).body(RECORD).header("Idempotency-Key", key)
                .post("/api/v1/cases/{id}/stage-changes", caseId).then().statusCode(404);
    }

    @Test
    void theCpsDecidesAFileItHoldsAndThePoliceMayNotChargeIt() {
        UUID caseId = filedWithCps();
        move(HERTS, caseId, to("CHARGED")).then().statusCode(403);
        moved(CPS, caseId, to("CHARGED", "FULL_CODE_TEST_MET"));
    }

    @Test
    void onlyTheCpsMayRemoveTheHateCrimeFlagOfAFileItHolds() {
        UUID caseId = filedWithCps();
        String remove = "{\"flagged\": false, \"reasonCode\": \"HOSTILITY_EVIDENCE_INSUFFICIENT\"}";
        given().auth().oauth2(HERTS).contentType(ContentType.JSON).body(remove).put("/api/v1/cases/{id}/hate-crime-flag", caseId)
                .then().statusCode(403);
        given().auth().oauth2(CPS).contentType(ContentType.JSON).body(remove).put("/api/v1/cases/{id}/hate-crime-flag", caseId)
                .then().statusCode(200).body("hateCrimeFlag", equalTo(false))
                .body("hateCrimeFlagReason", equalTo("HOSTILITY_EVIDENCE_INSUFFICIENT"));
    }

    @Test
    void theCpsRecordsHostilityEvidenceOrOfficersOfNoForce() {
        UUID caseId = filedWithCps();
        given().auth().oauth2(CPS).contentType(ContentType.JSON).body("{\"officerId\": \"PC-1\"}").put("/api/v1/cases/{id}/officer", caseId)
                .then().statusCode(403);
    }

    @Test
    void aDecisionNotToChargeOffersAReviewTheVictimMayAskFor() {
        UUID caseId = filedWithCps();
        given().auth().oauth2(CPS).post("/api/v1/cases/{id}/review-requests", caseId).then().statusCode(409);
        moved(CPS, caseId, to("NO_FURTHER_ACTION", "EVIDENTIAL_DIFFICULTIES"));
        given().auth().oauth2(CPS).get("/api/v1/cases/{id}", caseId).then().body("review.scheme", equalTo("CPS"))
                .body("review.requestBy", org.hamcrest.Matchers.notNullValue());
        given().auth().oauth2(CPS).post("/api/v1/cases/{id}/review-requests", caseId).then().statusCode(200)
                .body("review.requestedAt", org.hamcrest.Matchers.notNullValue());
        given().auth().oauth2(CPS).post("/api/v1/cases/{id}/review-requests", caseId).then().statusCode(409);
        given().auth().oauth2(HERTS).contentType(ContentType.JSON).body("{\"outcome\": \"DECISION_OVERTURNED\"}")
                .put("/api/v1/cases/{id}/review-outcome", caseId).then().statusCode(403);
        given().auth().oauth2(CPS).contentType(ContentType.JSON).body("{\"outcome\": \"DECISION_UPHELD\"}")
                .put("/api/v1/cases/{id}/review-outcome", caseId).then().statusCode(200).body("review.outcome", equalTo("DECISION_UPHELD"));
        TestEvents.awaitRecord(Topics.CASES, r -> r.key().equals(caseId.toString())
                && EventJson.read(r.value()).type().equals("case.review-requested.v1"), WITHIN);
    }

    @Test
    void casesOfTheSameVictimOrSuspectWithinAForceAreLinked() {
        String victimKey = UUID.randomUUID().toString().replace("-", "") + UUID.randomUUID().toString().replace("-", "");
        UUID first = openCase("herts-police", HERTS, victimKey);
        UUID second = openCase("herts-police", HERTS, victimKey);
        UUID inBedfordshire = openCase("beds-police", BEDS, victimKey);

        given().auth().oauth2(HERTS).get("/api/v1/cases/{id}", second).then()
                .body("linkedCases.caseId", contains(first.toString()))
                .body("linkedCases.reason", contains("REPEAT_VICTIM"));
        given().auth().oauth2(HERTS).get("/api/v1/cases/{id}", first).then().body("linkedCases.caseId", contains(second.toString()));
        given().auth().oauth2(BEDS).get("/api/v1/cases/{id}", inBedfordshire).then().body("linkedCases", org.hamcrest.Matchers.empty());

        String suspect = "S-41-" + UUID.randomUUID();
        UUID third = openCase("herts-police", HERTS, null);
        for (UUID c : List.of(first, third)) {
            moved(HERTS, c, RECORD);
            moved(HERTS, c, to("INVESTIGATING"));
            moved(HERTS, c, "{\"stage\": \"SUSPECT_IDENTIFIED\", \"suspectReference\": \"" + suspect + "\"}");
        }
        given().auth().oauth2(HERTS).get("/api/v1/cases/{id}", third).then()
                .body("linkedCases.caseId", contains(first.toString()))
                .body("linkedCases.reason", contains("REPEAT_SUSPECT"));
    }

    @Test
    void aReportSharedTwiceWithTheSameForceKeepsOneCase() {
        UUID caseId = openCase("herts-police", HERTS, null);
        UUID reportId = CaseTestSupport.reportOf(caseId);
        TestEvents.publish(Topics.REPORTS, reportId.toString(), EventJson.write(
                SampleEvents.sharedWithPolice(reportId, "herts-police", List.of("RACE"), "STEVENAGE")));
        // same key, same partition: once the marker's case is open, the repeat was processed
        UUID markerReport = UUID.randomUUID();
        TestEvents.publish(Topics.REPORTS, reportId.toString(), EventJson.write(
                SampleEvents.sharedWithPolice(markerReport, "herts-police", List.of("RACE"), "STEVENAGE")));
        CaseTestSupport.awaitCaseOf(markerReport, HERTS);

        List<String> reports = given().auth().oauth2(HERTS).queryParam("size", 100).get("/api/v1/cases").then().extract().path("reportId");
        assertThat(reports).containsOnlyOnce(reportId.toString());
    }

    @Test
    void aReportWithdrawnAtIntakeStaysTheForcesCaseAndShowsTheWithdrawalOnce() {
        UUID caseId = openCase("herts-police", HERTS, null);
        UUID reportId = CaseTestSupport.reportOf(caseId);

        TestEvents.publish(Topics.REPORTS, reportId.toString(), EventJson.write(SampleEvents.withdrawn(reportId, "VICTIM_REQUEST")));
        org.awaitility.Awaitility.await().atMost(WITHIN).until(() -> given().auth().oauth2(HERTS).get("/api/v1/cases/{id}", caseId)
                .then().statusCode(200).extract().path("reportWithdrawnAt") != null);
        String firstWithdrawal = given().auth().oauth2(HERTS).get("/api/v1/cases/{id}", caseId).then().extract().path("reportWithdrawnAt");

        // a second withdrawal event (another reason) leaves the case's first; the received report, applied in the
        // same transaction, shows when it was consumed. The case is still the force's to progress.
        TestEvents.publish(Topics.REPORTS, reportId.toString(), EventJson.write(SampleEvents.withdrawn(reportId, "OTHER")));
        org.awaitility.Awaitility.await().atMost(WITHIN).until(() -> "OTHER".equals(given().auth().oauth2(HERTS)
                .get("/api/v1/cases/received-reports/{reportId}", reportId).then().statusCode(200).extract().path("withdrawalReason")));
        given().auth().oauth2(HERTS).get("/api/v1/cases/{id}", caseId).then().statusCode(200)
                .body("reportWithdrawnAt", equalTo(firstWithdrawal))
                .body("withdrawalReason", equalTo("VICTIM_REQUEST"))
                .body("stage", equalTo("OPENED"));
        given().auth().oauth2(BEDS).get("/api/v1/cases/{id}", caseId).then().statusCode(404);
    }
}
