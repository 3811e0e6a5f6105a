package org.hatecrime.cases.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hatecrime.cases.api.CaseTestSupport.BEDS;
import static org.hatecrime.cases.api.CaseTestSupport.CPS;
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
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.hatecrime.cases.domain.casefile.OverdueUpdates;
import org.hatecrime.events.EventEnvelope;
import org.hatecrime.events.EventJson;
import org.hatecrime.events.Topics;
import org.hatecrime.testkit.Replay;
import org.hatecrime.testkit.SampleEvents;
import org.hatecrime.testkit.TestEvents;
import org.junit.jupiter.api.Test;

/**
 * The victim withdraws, after the case opened, their consent to share the report with the police:
 * the case stays the force's, shows the withdrawal, holds the updates owed to the victim and shows
 * no link to the victim's other cases; consent given again restores them.
 */
@QuarkusTest
class SharingConsentTest {

    @Inject
    OverdueUpdates overdue;

    /** A Hertfordshire case of a victim with an earlier case at the force, arrested for: one update owed. */
    private static UUID arrestedCaseOfARepeatVictim(UUID[] earlierCase) {
        String victimKey = "vk-" + UUID.randomUUID();
        earlierCase[0] = openCase("herts-police", HERTS, victimKey);
        UUID caseId = openCase("herts-police", HERTS, victimKey);
        moved(HERTS, caseId, RECORD);
        moved(HERTS, caseId, to("INVESTIGATING"));
        moved(HERTS, caseId, to("SUSPECT_IDENTIFIED"));
        moved(HERTS, caseId, to("ARRESTED_OR_INTERVIEWED", "ARRESTED"));
        given().auth().oauth2(HERTS).get("/api/v1/cases/{id}", caseId).then().statusCode(200)
                .body("linkedCases.reason", contains("REPEAT_VICTIM"))
                .body("victimUpdates.kind", contains("ARREST_OR_INTERVIEW"));
        return caseId;
    }

    private static void publish(UUID reportId, EventEnvelope event) {
        TestEvents.publish(Topics.REPORTS, reportId.toString(), EventJson.write(event));
    }

    private static String consentWithdrawnAt(UUID caseId) {
        return given().auth().oauth2(HERTS).get("/api/v1/cases/{id}", caseId).then().statusCode(200).extract().path("sharingConsentWithdrawnAt");
    }

    /** Events of one report share a key and a partition: once this one shows, every earlier one was applied. */
    private static void awaitEverythingBeforeApplied(UUID reportId) {
        String marker = "41/" + UUID.randomUUID().toString().substring(0, 8);
        publish(reportId, SampleEvents.policeAcknowledged(reportId, "herts-police", marker));
        Awaitility.await().atMost(WITHIN).until(() -> marker.equals(given().auth().oauth2(HERTS)
                .get("/api/v1/cases/received-reports/{id}", reportId).then().statusCode(200).extract().path("crimeReference")));
    }

    @Test
    void consentWithdrawnAfterTheCaseOpenedIsShownToTheForceWhoseCaseNoLongerOwesOrLinksTheVictim() {
        UUID[] earlierCase = new UUID[1];
        UUID caseId = arrestedCaseOfARepeatVictim(earlierCase);
        UUID reportId = CaseTestSupport.reportOf(caseId);
        UUID updateId = UUID.fromString(given().auth().oauth2(HERTS).get("/api/v1/cases/{id}", caseId).then().extract().path("victimUpdates[0].id"));

        publish(reportId, SampleEvents.consentChanged(reportId, "SHARE_WITH_POLICE", false));
        Awaitility.await().atMost(WITHIN).until(() -> consentWithdrawnAt(caseId) != null);
        String withdrawnAt = consentWithdrawnAt(caseId);

        given().auth().oauth2(HERTS).get("/api/v1/cases/{id}", caseId).then().statusCode(200)
                .body("stage", equalTo("ARRESTED_OR_INTERVIEWED"))
                .body("linkedCases", empty())
                .body("victimUpdates.notContactableSince", contains(withdrawnAt));
        given().auth().oauth2(HERTS).get("/api/v1/cases/{id}", earlierCase[0]).then().statusCode(200)
                .body("linkedCases", empty());
        given().auth().oauth2(HERTS).get("/api/v1/cases/{id}/victim-updates", caseId).then().statusCode(200)
                .body("updates.notContactableSince", contains(withdrawnAt));
        given().auth().oauth2(HERTS).contentType(ContentType.JSON)
                .body("{\"method\": \"PHONE\", \"toldAt\": \"" + OffsetDateTime.now() + "\"}")
                .post("/api/v1/cases/{id}/victim-updates/{u}/told", caseId, updateId)
                .then().statusCode(409).contentType("application/problem+json");
        assertThat(overdue.scanAt(Instant.now().plus(Duration.ofDays(60)))).noneMatch(o -> o.updateId().equals(updateId));

        // the case is still the force's to progress; a key event now owes the victim nothing
        moved(HERTS, caseId, to("CHARGED", "CHARGED"));
        given().auth().oauth2(HERTS).get("/api/v1/cases/{id}", caseId).then().statusCode(200)
                .body("stage", equalTo("CHARGED"))
                .body("victimUpdates.kind", contains("ARREST_OR_INTERVIEW", "CHARGE"))
                .body("victimUpdates.notContactableSince", everyItem(equalTo(withdrawnAt)));

        given().auth().oauth2(BEDS).get("/api/v1/cases/{id}", caseId).then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(BEDS).get("/api/v1/cases/{id}/victim-updates", caseId).then().statusCode(404);
        given().auth().oauth2(CPS).get("/api/v1/cases/{id}", caseId).then().statusCode(404);
    }

    @Test
    void theWithdrawalDeliveredAgainOrRepeatedChangesNothing() {
        UUID caseId = openCase("herts-police", HERTS, null);
        UUID reportId = CaseTestSupport.reportOf(caseId);
        EventEnvelope withdrawal = SampleEvents.consentChanged(reportId, "SHARE_WITH_POLICE", false);
        publish(reportId, withdrawal);
        Awaitility.await().atMost(WITHIN).until(() -> consentWithdrawnAt(caseId) != null);
        String withdrawnAt = consentWithdrawnAt(caseId);
        String etag = given().auth().oauth2(HERTS).get("/api/v1/cases/{id}", caseId).then().extract().header("ETag");

        publish(reportId, withdrawal);
        publish(reportId, SampleEvents.consentChanged(reportId, "SHARE_WITH_POLICE", false));
        awaitEverythingBeforeApplied(reportId);

        given().auth().oauth2(HERTS).get("/api/v1/cases/{id}", caseId).then().statusCode(200)
                .header("ETag", equalTo(etag))
                .body("sharingConsentWithdrawnAt", equalTo(withdrawnAt));
    }

    @Test
    void eachChangeOfConsentIsAnnouncedOnceOnTheCasesTopic() {
        UUID caseId = openCase("herts-police", HERTS, null);
        UUID reportId = CaseTestSupport.reportOf(caseId);
        EventEnvelope withdrawal = SampleEvents.consentChanged(reportId, "SHARE_WITH_POLICE", false);
        EventEnvelope givenAgain = SampleEvents.consentChanged(reportId, "SHARE_WITH_POLICE", true);
        publish(reportId, withdrawal);
        publish(reportId, withdrawal);
        publish(reportId, SampleEvents.consentChanged(reportId, "SHARE_WITH_POLICE", false));
        publish(reportId, givenAgain);
        publish(reportId, SampleEvents.consentChanged(reportId, "SHARE_WITH_POLICE", true));
        awaitEverythingBeforeApplied(reportId);
        Replay.awaitOutboxPublished(WITHIN);

        List<EventEnvelope> announced = TestEvents.readAll(Topics.CASES, Duration.ofSeconds(2)).stream()
                .filter(r -> r.key().equals(caseId.toString()))
                .map(r -> EventJson.read(r.value()))
                .filter(e -> e.type().equals("case.sharing-consent-changed.v1"))
                .toList();
        assertThat(announced).extracting(e -> e.payload().path("granted").asBoolean()).containsExactly(false, true);
        assertThat(announced).allSatisfy(e -> {
            assertThat(e.payload().path("caseId").asText()).isEqualTo(caseId.toString());
            assertThat(e.payload().path("reportId").asText()).isEqualTo(reportId.toString());
            assertThat(e.payload().path("force").asText()).isEqualTo("herts-police");
        });
        assertThat(changedAt(announced.get(0))).isAtSameInstantAs(changedAt(withdrawal).truncatedTo(ChronoUnit.MICROS));
        assertThat(changedAt(announced.get(1))).isAtSameInstantAs(changedAt(givenAgain).truncatedTo(ChronoUnit.MICROS));
    }

    private static OffsetDateTime changedAt(EventEnvelope event) {
        return OffsetDateTime.parse(event.payload().path("changedAt").asText());
    }

    @Test
    void consentGivenAgainRestoresTheLinksAndMakesTheHeldUpdateDueFromThen() {
        UUID[] earlierCase = new UUID[1];
        UUID caseId = arrestedCaseOfARepeatVictim(earlierCase);
        UUID reportId = CaseTestSupport.reportOf(caseId);
        String firstDueAt = given().auth().oauth2(HERTS).get("/api/v1/cases/{id}", caseId).then().extract().path("victimUpdates[0].dueAt");
        UUID updateId = UUID.fromString(given().auth().oauth2(HERTS).get("/api/v1/cases/{id}", caseId).then().extract().path("victimUpdates[0].id"));
        publish(reportId, SampleEvents.consentChanged(reportId, "SHARE_WITH_POLICE", false));
        Awaitility.await().atMost(WITHIN).until(() -> consentWithdrawnAt(caseId) != null);

        publish(reportId, SampleEvents.consentChanged(reportId, "SHARE_WITH_POLICE", true));
        Awaitility.await().atMost(WITHIN).until(() -> consentWithdrawnAt(caseId) == null);

        given().auth().oauth2(HERTS).get("/api/v1/cases/{id}", caseId).then().statusCode(200)
                .body("sharingConsentWithdrawnAt", nullValue())
                .body("linkedCases.caseId", contains(earlierCase[0].toString()))
                .body("victimUpdates[0].notContactableSince", nullValue())
                .body("victimUpdates[0].dueAt", notNullValue());
        String newDueAt = given().auth().oauth2(HERTS).get("/api/v1/cases/{id}", caseId).then().extract().path("victimUpdates[0].dueAt");
        assertThat(OffsetDateTime.parse(newDueAt)).as("due counted from the consent given again")
                .isAfterOrEqualTo(OffsetDateTime.parse(firstDueAt));
        // owed anew: announced a second time, with the new deadline
        int[] announcements = new int[1];
        ConsumerRecord<String, String> again = TestEvents.awaitRecord(Topics.CASES, r -> r.key().equals(caseId.toString())
                && EventJson.read(r.value()).type().equals("case.victim-update-due.v1")
                && EventJson.read(r.value()).payload().path("updateId").asText().equals(updateId.toString())
                && ++announcements[0] == 2, WITHIN);
        assertThat(OffsetDateTime.parse(EventJson.read(again.value()).payload().path("dueAt").asText()))
                .isAtSameInstantAs(OffsetDateTime.parse(newDueAt));

        given().auth().oauth2(HERTS).contentType(ContentType.JSON)
                .body("{\"method\": \"PHONE\", \"toldAt\": \"" + OffsetDateTime.now() + "\"}")
                .post("/api/v1/cases/{id}/victim-updates/{u}/told", caseId, updateId).then().statusCode(200);
    }
}
