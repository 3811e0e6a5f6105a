package org.hatecrime.cases.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hatecrime.cases.api.CaseTestSupport.BEDS;
import static org.hatecrime.cases.api.CaseTestSupport.CPS;
import static org.hatecrime.cases.api.CaseTestSupport.HERTS;
import static org.hatecrime.cases.api.CaseTestSupport.RECORD;
import static org.hatecrime.cases.api.CaseTestSupport.WITHIN;
import static org.hatecrime.cases.api.CaseTestSupport.awaitCaseOf;
import static org.hatecrime.cases.api.CaseTestSupport.moved;
import static org.hatecrime.cases.api.CaseTestSupport.openCase;
import static org.hatecrime.cases.api.CaseTestSupport.reportOf;
import static org.hatecrime.cases.api.CaseTestSupport.shareWithPolice;
import static org.hatecrime.cases.api.CaseTestSupport.to;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.hatecrime.cases.domain.casefile.VictimErasures;
import org.hatecrime.events.EventEnvelope;
import org.hatecrime.events.EventJson;
import org.hatecrime.events.Topics;
import org.hatecrime.testkit.PersonalDataScan;
import org.hatecrime.testkit.SampleEvents;
import org.hatecrime.testkit.TestEvents;
import org.hatecrime.testkit.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * The person a report is about is erased at intake ({@code subject.erased.v1}, one per report the
 * erasure reached): the force keeps its case and its progress, sees when the victim was erased, and
 * the case forgets the victim key and its repeat-victim links for good.
 */
@QuarkusTest
class VictimErasureTest {

    static final String HERTS_ADMIN = TestTokens.user("admin-herts", "admin", "herts-police");

    @Inject
    AgroalDataSource dataSource;

    @Inject
    VictimErasures erasures;

    /** A pseudonymous victim key as intake derives them: 64 hex characters. */
    private static String victimKey() {
        return (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "");
    }

    private static void publish(UUID reportId, EventEnvelope event) {
        TestEvents.publish(Topics.REPORTS, reportId.toString(), EventJson.write(event));
    }

    private static String victimErasedAt(UUID caseId) {
        return given().auth().oauth2(HERTS).get("/api/v1/cases/{id}", caseId).then().statusCode(200).extract().path("victimErasedAt");
    }

    /** Intake erased the person of the case's report; returns the erasure's id once the case shows it. */
    private static String erase(UUID caseId, String victimKey) {
        UUID reportId = reportOf(caseId);
        EventEnvelope erasure = SampleEvents.subjectErased(reportId, List.of(victimKey));
        publish(reportId, erasure);
        Awaitility.await().atMost(WITHIN).until(() -> victimErasedAt(caseId) != null);
        return erasure.payload().path("erasureId").asText();
    }

    /** Events of one report share a key and a partition: once this one shows, every earlier one was applied. */
    private static void awaitEverythingBeforeApplied(UUID reportId) {
        String marker = "41/" + UUID.randomUUID().toString().substring(0, 8);
        publish(reportId, SampleEvents.policeAcknowledged(reportId, "herts-police", marker));
        Awaitility.await().atMost(WITHIN).until(() -> marker.equals(given().auth().oauth2(HERTS)
                .get("/api/v1/cases/received-reports/{id}", reportId).then().statusCode(200).extract().path("crimeReference")));
    }

    private long number(String query, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(query)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private List<String> victimKeysOfReport(UUID reportId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("select victim_key from case_file where report_id = ?")) {
            query.setObject(1, reportId);
            List<String> keys = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    keys.add(rows.getString(1));
                }
            }
            return keys;
        }
    }

    @Test
    void anErasedVictimIsFoundNowhereWhileTheForceKeepsItsCasesAndSeesWhy() throws SQLException {
        String victimKey = victimKey();
        UUID earlierCase = openCase("herts-police", HERTS, victimKey);
        UUID caseId = openCase("herts-police", HERTS, victimKey);
        moved(HERTS, caseId, RECORD);
        given().auth().oauth2(HERTS).get("/api/v1/cases/{id}", caseId).then().statusCode(200)
                .body("linkedCases.caseId", contains(earlierCase.toString()))
                .body("linkedCases.reason", contains("REPEAT_VICTIM"));

        // an erasure reaches every report of the person: each has its own event
        String erasureId = erase(caseId, victimKey);
        erase(earlierCase, victimKey);

        given().auth().oauth2(HERTS).get("/api/v1/cases/{id}", caseId).then().statusCode(200)
                .body("stage", equalTo("RECORDED"))
                .body("crimeReference", equalTo("41/12345/26"))
                .body("history.to", contains("OPENED", "RECORDED"))
                .body("victimErasedAt", notNullValue())
                .body("linkedCases", empty());
        given().auth().oauth2(HERTS).get("/api/v1/cases/{id}", earlierCase).then().statusCode(200)
                .body("stage", equalTo("OPENED"))
                .body("linkedCases", empty());
        given().auth().oauth2(HERTS).get("/api/v1/cases/received-reports/{id}", reportOf(caseId)).then().statusCode(200)
                .body("victimErasedAt", notNullValue());
        assertThat(PersonalDataScan.plainColumnsContaining(dataSource, victimKey)).as("columns still holding the victim key").isEmpty();

        // the force's administrator sees in its audit trail that the platform carried out the erasure
        given().auth().oauth2(HERTS_ADMIN).queryParam("objectId", caseId.toString()).get("/api/v1/audit").then().statusCode(200)
                .body("entries.action", hasItem("case.victim-erased"))
                .body("entries.find { it.action == 'case.victim-erased' }.actor", equalTo("platform"))
                .body("entries.find { it.action == 'case.victim-erased' }.agency", equalTo("herts-police"))
                .body("entries.find { it.action == 'case.victim-erased' }.purpose", containsString(erasureId));

        given().auth().oauth2(BEDS).get("/api/v1/cases/{id}", caseId).then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(BEDS).get("/api/v1/cases/received-reports/{id}", reportOf(caseId)).then().statusCode(404);
        given().auth().oauth2(CPS).get("/api/v1/cases/{id}", caseId).then().statusCode(404);
    }

    @Test
    void aCaseOpenedWhileItsVictimIsBeingErasedIsNotLinkedToTheErasedCase() throws Exception {
        String victimKey = victimKey();
        UUID erasedCase = openCase("herts-police", HERTS, victimKey);
        UUID erasedReport = reportOf(erasedCase);
        CountDownLatch erasing = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        // the erasure has forgotten the key and the links but not yet committed when the person's next report is shared
        CompletableFuture<Void> erasure = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew().run(() -> {
            erasures.erased(UUID.randomUUID(), erasedReport, OffsetDateTime.now());
            erasing.countDown();
            try {
                commit.await(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        assertThat(erasing.await(1, TimeUnit.MINUTES)).isTrue();
        UUID laterReport = UUID.randomUUID();
        shareWithPolice(laterReport, "herts-police", victimKey);
        // either the later case is opened at once (and linked from the key still committed), or its opening waits for the erasure
        Awaitility.await().atMost(WITHIN).until(() -> number("select count(*) from case_file where report_id = ?", laterReport) == 1
                || number("select count(*) from pg_locks where locktype = 'advisory' and not granted") > 0);
        commit.countDown();
        erasure.get(1, TimeUnit.MINUTES);

        UUID laterCase = awaitCaseOf(laterReport, HERTS);
        given().auth().oauth2(HERTS).get("/api/v1/cases/{id}", laterCase).then().statusCode(200).body("linkedCases", empty());
        given().auth().oauth2(HERTS).get("/api/v1/cases/{id}", erasedCase).then().statusCode(200)
                .body("victimErasedAt", notNullValue()).body("linkedCases", empty());
        assertThat(number("select count(*) from case_link where case_id = ? or linked_case_id = ?", erasedCase, erasedCase)).isZero();
    }

    @Test
    void aDeadLetterOfTheErasedReportKeepsNoVictimKey() throws SQLException {
        String victimKey = victimKey();
        UUID reportId = UUID.randomUUID();
        // a sharing the service cannot apply (no district) is parked, victim key and all
        EventEnvelope unusable = SampleEvents.sharedWithPolice(reportId, "herts-police", List.of("RACE"), "STEVENAGE");
        ((ObjectNode) unusable.payload()).put("victimKey", victimKey).remove("district");
        publish(reportId, unusable);
        Awaitility.await().atMost(WITHIN).until(() -> PersonalDataScan.plainColumnsContaining(dataSource, victimKey)
                .contains("dead_letter.record_value"));

        publish(reportId, SampleEvents.subjectErased(reportId, List.of(victimKey)));

        Awaitility.await().atMost(WITHIN).untilAsserted(() -> assertThat(PersonalDataScan.plainColumnsContaining(dataSource, victimKey))
                .as("columns still holding the victim key").isEmpty());
        assertThat(parkedEventsOf(reportId)).as("the dead letter itself is kept for the operators").isEqualTo(1);
    }

    private long parkedEventsOf(UUID reportId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("select count(*) from dead_letter where record_key = ?")) {
            query.setString(1, reportId.toString());
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    @Test
    void theErasedCaseIsNeverLinkedAgainWhileThePersonsOtherCasesStillLinkToEachOther() throws SQLException {
        String victimKey = victimKey();
        UUID erasedCase = openCase("herts-police", HERTS, victimKey);
        UUID otherCase = openCase("herts-police", HERTS, victimKey);

        erase(erasedCase, victimKey);

        given().auth().oauth2(HERTS).get("/api/v1/cases/{id}", erasedCase).then().statusCode(200).body("linkedCases", empty());
        given().auth().oauth2(HERTS).get("/api/v1/cases/{id}", otherCase).then().statusCode(200)
                .body("linkedCases", empty())
                .body("victimErasedAt", nullValue());
        assertThat(victimKeysOfReport(reportOf(erasedCase))).containsOnlyNulls();

        // a later report with the same key links to the case that still holds it, never to the erased one
        UUID laterCase = openCase("herts-police", HERTS, victimKey);
        given().auth().oauth2(HERTS).get("/api/v1/cases/{id}", laterCase).then().statusCode(200)
                .body("linkedCases.caseId", contains(otherCase.toString()));
        given().auth().oauth2(HERTS).get("/api/v1/cases/{id}", erasedCase).then().statusCode(200).body("linkedCases", empty());
    }

    @Test
    void neitherTheErasureDeliveredAgainNorLaterEventsOfTheReportBringTheVictimBack() throws SQLException {
        String victimKey = victimKey();
        UUID otherCase = openCase("herts-police", HERTS, victimKey);
        UUID caseId = openCase("herts-police", HERTS, victimKey);
        UUID reportId = reportOf(caseId);
        EventEnvelope erasure = SampleEvents.subjectErased(reportId, List.of(victimKey));
        publish(reportId, erasure);
        Awaitility.await().atMost(WITHIN).until(() -> victimErasedAt(caseId) != null);
        String erasedAt = victimErasedAt(caseId);
        String etag = given().auth().oauth2(HERTS).get("/api/v1/cases/{id}", caseId).then().extract().header("ETag");

        publish(reportId, erasure);
        publish(reportId, SampleEvents.subjectErased(reportId, List.of()));
        awaitEverythingBeforeApplied(reportId);
        given().auth().oauth2(HERTS).get("/api/v1/cases/{id}", caseId).then().statusCode(200)
                .header("ETag", equalTo(etag))
                .body("victimErasedAt", equalTo(erasedAt));

        // consent to share withdrawn and given again restores no victim link
        publish(reportId, SampleEvents.consentChanged(reportId, "SHARE_WITH_POLICE", false));
        publish(reportId, SampleEvents.consentChanged(reportId, "SHARE_WITH_POLICE", true));
        // nor does the force identifying a suspect, which links the case anew
        moved(HERTS, caseId, RECORD);
        moved(HERTS, caseId, to("INVESTIGATING"));
        moved(HERTS, caseId, to("SUSPECT_IDENTIFIED"));
        // the report shared with another force later, even by a copy of an event still carrying the key
        EventEnvelope sharedAgain = SampleEvents.sharedWithPolice(reportId, "beds-police", List.of("RACE"), "STEVENAGE");
        ((ObjectNode) sharedAgain.payload()).put("victimKey", victimKey);
        publish(reportId, sharedAgain);
        UUID bedsCase = awaitCaseOf(reportId, BEDS);
        awaitEverythingBeforeApplied(reportId);

        given().auth().oauth2(HERTS).get("/api/v1/cases/{id}", caseId).then().statusCode(200)
                .body("stage", equalTo("SUSPECT_IDENTIFIED"))
                .body("sharingConsentWithdrawnAt", nullValue())
                .body("victimErasedAt", equalTo(erasedAt))
                .body("linkedCases", empty());
        given().auth().oauth2(HERTS).get("/api/v1/cases/{id}", otherCase).then().statusCode(200).body("linkedCases", empty());
        given().auth().oauth2(BEDS).get("/api/v1/cases/{id}", bedsCase).then().statusCode(200)
                .body("victimErasedAt", equalTo(erasedAt))
                .body("linkedCases", empty());
        assertThat(victimKeysOfReport(reportId)).hasSize(2).containsOnlyNulls();
    }
}
