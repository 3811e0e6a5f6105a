package org.hatecrime.cases.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.hatecrime.events.EventEnvelope;
import org.hatecrime.events.EventJson;
import org.hatecrime.events.Topics;
import org.hatecrime.kit.db.Sql;
import org.hatecrime.testkit.SampleEvents;
import org.hatecrime.testkit.TestEvents;
import org.hatecrime.testkit.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Someone who can write to the reports topic forges a report shared with a force, naming another
 * service as its source: no case is opened and no report appears in the force's list; the forgery
 * is parked as a dead letter that names it and can never be re-driven. (Forging the source as well
 * needs the broker's authentication and ACLs to stop it: docs/threat-model.md.)
 */
@QuarkusTest
class ForgedEventTest {

    private static final String HERTS = TestTokens.system("police-herts-rms", "police", "herts-police");

    @Inject
    Sql sql;

    @Test
    void aSharedReportFromAnyoneButIntakeOpensNoCaseAndIsParkedAsForged() {
        String partitionKey = "forgery-" + UUID.randomUUID();
        UUID forgedReport = UUID.randomUUID();
        UUID realReport = UUID.randomUUID();
        EventEnvelope real = SampleEvents.sharedWithPolice(realReport, "herts-police", List.of("RACE"), "STEVENAGE");
        EventEnvelope shared = SampleEvents.sharedWithPolice(forgedReport, "herts-police", List.of("RACE"), "STEVENAGE");
        EventEnvelope forged = new EventEnvelope(shared.id(), shared.type(), "analytics-service", shared.subject(), shared.occurredAt(),
                null, shared.requestId(), shared.payload());

        // the same partition key: the forgery is consumed before the real event
        TestEvents.publish(Topics.REPORTS, partitionKey, EventJson.write(forged));
        TestEvents.publish(Topics.REPORTS, partitionKey, EventJson.write(real));

        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> reportIdsInCases().contains(realReport.toString()));
        assertThat(reportIdsInCases()).doesNotContain(forgedReport.toString());
        List<String> received = given().auth().oauth2(HERTS).queryParam("size", 100).get("/api/v1/cases/received-reports")
                .then().statusCode(200).extract().path("reportId");
        assertThat(received).doesNotContain(forgedReport.toString());
        List<String> parked = QuarkusTransaction.requiringNew().call(() -> sql.list(
                "select reason || ' | ' || coalesce(event_id, 'never re-driven') from dead_letter where record_key = ?",
                row -> row.getString(1), partitionKey));
        assertThat(parked).singleElement().asString()
                .contains("from analytics-service on hatecrime.reports.v1, where only reporting-service publishes")
                .endsWith("never re-driven");
    }

    private List<String> reportIdsInCases() {
        return given().auth().oauth2(HERTS).queryParam("size", 100).get("/api/v1/cases").then().statusCode(200).extract().path("reportId");
    }
}
