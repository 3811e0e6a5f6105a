package org.hatecrime.reporting.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.hatecrime.events.EventEnvelope;
import org.hatecrime.kit.db.Sql;
import org.hatecrime.kit.protection.Randomness;
import org.hatecrime.testkit.PersonalDataScan;
import org.junit.jupiter.api.Test;

/**
 * Erasing a person reaches beyond intake: every report the erasure made unreadable is announced
 * once ({@code subject.erased.v1}, keyed by that report, with the victim keys it had), so that the
 * other services forget it too; and here the victim key is gone from every table and from the
 * kept copies of the reports' own events, left only in the announcements themselves until the
 * outbox's retention deletes them. The erased person's keys are retired: reporting again, they get
 * new ones that link to none of their old events.
 */
@QuarkusTest
class ErasureReachTest {

    private static final String CENTRE = ReportLifecycleTest.CENTRE;
    private static final String ADMIN = ReportLifecycleTest.ADMIN;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Sql sql;

    @Test
    void everyReportOfTheErasedPersonIsAnnouncedOnceWithItsVictimKeyThenTheKeyIsKeptNowhereElse() throws Exception {
        String phone = "07700 7" + String.format("%05d", Randomness.generator().nextInt(100_000));
        String body = ReportLifecycleTest.report(true, true).replace("07700 900123", phone);
        String first = ReportSubmissionTestSupport.submit(CENTRE, body);
        String second = ReportSubmissionTestSupport.submit(CENTRE, body.replace("2026-11-19", "2026-11-03"));
        String someoneElse = ReportSubmissionTestSupport.submit(CENTRE, ReportLifecycleTest.report(true, true));
        String victimKey = ReportLifecycleTest.awaitEvent(first, "report.submitted.v1").payload().get("victimKey").asText();
        assertThat(victimKey).hasSize(64);

        ReportLifecycleTest.post(ADMIN, "/api/v1/reports/" + second + "/erasure", "{\"reason\":\"subject erasure request 2026-140\"}")
                .statusCode(200);

        EventEnvelope ofFirst = ReportLifecycleTest.awaitEvent(first, "subject.erased.v1");
        EventEnvelope ofSecond = ReportLifecycleTest.awaitEvent(second, "subject.erased.v1");
        assertThat(ofFirst.source()).isEqualTo("reporting-service");
        assertThat(ofFirst.payload().get("reportId").asText()).isEqualTo(first);
        assertThat(ofSecond.payload().get("reportId").asText()).isEqualTo(second);
        assertThat(ofFirst.payload().get("erasureId")).as("one erasure").isEqualTo(ofSecond.payload().get("erasureId"));
        assertThat(ofFirst.payload().get("victimKeys").toString()).contains(victimKey);
        assertThat(ofFirst.payload().has("reason")).as("the reason is free text and stays in the audit log").isFalse();

        assertThat(PersonalDataScan.plainColumnsContaining(dataSource, victimKey)).containsExactly("outbox_event.envelope");
        List<String> typesHoldingTheKey = QuarkusTransaction.requiringNew().call(() -> sql.list(
                "select event_type from outbox_event where envelope like ?", row -> row.getString(1), "%" + victimKey + "%"));
        assertThat(typesHoldingTheKey).containsOnly("subject.erased.v1").hasSize(2);
        String keptSubmission = QuarkusTransaction.requiringNew().call(() -> sql.first(
                "select envelope from outbox_event where aggregate_id = ? and event_type = 'report.submitted.v1'",
                row -> row.getString(1), first).orElseThrow());
        assertThat(keptSubmission).contains("\"victimKey\": null");

        given().auth().oauth2(CENTRE).get("/api/v1/reports/{id}", someoneElse).then().statusCode(200)
                .body("details.contact.name", org.hamcrest.Matchers.equalTo("Sam Example"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> sql.number(
                "select count(*) from outbox_event where aggregate_id = ? and event_type = 'subject.erased.v1'", someoneElse)))
                .as("nobody else is announced").isZero();
    }

    @Test
    void anErasedPersonReportingAgainGetsNewVictimKeysThatLinkToNoneOfTheOldEvents() throws Exception {
        String phone = "07700 6" + String.format("%05d", Randomness.generator().nextInt(100_000));
        String body = ReportLifecycleTest.report(true, true).replace("07700 900123", phone);
        String before = ReportSubmissionTestSupport.submit(CENTRE, body);
        ReportLifecycleTest.post(ADMIN, "/api/v1/reports/" + before + "/erasure", "{\"reason\":\"subject erasure request 2026-141\"}")
                .statusCode(200);
        List<String> retired = new ArrayList<>();
        ReportLifecycleTest.awaitEvent(before, "subject.erased.v1").payload().get("victimKeys").forEach(key -> retired.add(key.asText()));
        assertThat(ReportLifecycleTest.awaitEvent(before, "subject.erased.v1").payload().get("victimKeysRetired").asBoolean()).isTrue();
        assertThat(retired).hasSize(1);

        String after = ReportSubmissionTestSupport.submit(CENTRE, body.replace("2026-11-19", "2026-11-24"));
        String again = ReportSubmissionTestSupport.submit(CENTRE, body.replace("2026-11-19", "2026-11-25"));

        EventEnvelope submittedAfter = ReportLifecycleTest.awaitEvent(after, "report.submitted.v1");
        String newKey = submittedAfter.payload().get("victimKey").asText();
        assertThat(newKey).hasSize(64).isNotIn(retired);
        assertThat(submittedAfter.payload().get("earlierReportsFromSameVictim").asLong()).as("nothing links to the erased report").isZero();
        EventEnvelope submittedAgain = ReportLifecycleTest.awaitEvent(again, "report.submitted.v1");
        assertThat(submittedAgain.payload().get("victimKey").asText()).as("the new key is stable").isEqualTo(newKey);
        assertThat(submittedAgain.payload().get("earlierReportsFromSameVictim").asLong()).as("the new reports link to each other").isEqualTo(1);
        for (String key : retired) {
            assertThat(PersonalDataScan.plainColumnsContaining(dataSource, key)).as("a retired key is kept nowhere but the announcement")
                    .containsExactly("outbox_event.envelope");
        }
    }
}
