package org.hatecrime.kit.deadletter;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.hatecrime.events.EventEnvelope;
import org.hatecrime.events.EventTypes;
import org.hatecrime.events.Topics;
import org.hatecrime.kit.db.Sql;
import org.hatecrime.testkit.PlatformTestResource;
import org.hatecrime.testkit.TestEvents;
import org.hatecrime.testkit.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * What an operator sees and does when the consumer parks events, against the real broker and
 * database: poison records and events that keep failing are listed with their reason; once the
 * cause is fixed a re-drive applies the event exactly once, through the same inbox.
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class DeadLetterOperationsTest {

    private static final Duration WITHIN = Duration.ofSeconds(30);
    private static final String OPERATOR = TestTokens.user("admin-herts", "admin", "herts-csp");
    private static final String OTHER_AGENCY_ADMIN = TestTokens.user("admin-beacon", "admin", "beacon");
    private static final String ANALYST = TestTokens.user("analyst-herts", "analyst", "herts-csp");

    @Inject
    KitTestConsumer consumer;

    @Inject
    Sql sql;

    @Inject
    ParkedDeadLetters parkedDeadLetters;

    @Test
    void aRecordThatIsNotAnEventIsListedWithItsReasonAndCannotBeRedriven() {
        String key = "poison-" + UUID.randomUUID();
        TestEvents.publish(KitTestConsumer.TOPIC, key, "{not json");

        ConsumerRecord<String, String> parked = TestEvents.awaitRecord(Topics.deadLetter(KitTestConsumer.CONSUMER),
                r -> key.equals(r.key()), WITHIN);
        Map<String, Object> listed = awaitListed(Long.parseLong(header(parked, "dead-letter-offset")),
                Integer.parseInt(header(parked, "dead-letter-partition")));

        assertThat(listed.get("eventId")).isNull();
        assertThat(listed.get("reason").toString()).contains("poison event");
        assertThat(listed.get("attempts")).isEqualTo(0);
        assertThat(listed.get("redrivable")).isEqualTo(false);
        assertThat(listed).doesNotContainKeys("value", "payload", "recordValue");
        given().auth().oauth2(OPERATOR).post("/api/v1/dead-letters/{id}/redrive", listed.get("id"))
                .then().statusCode(409).body("detail", containsString("not an event"));
    }

    @Test
    void anEffectThatFailsThreeTimesIsParkedWithItsReasonAndAppliedOnceWhenRedrivenAfterTheFix() {
        UUID reportId = UUID.randomUUID();
        consumer.breakFor(reportId);
        EventEnvelope event = KitTestConsumer.publishSubmitted(reportId);

        Map<String, Object> parked = awaitParked(event);
        assertThat(parked.get("attempts")).isEqualTo(3);
        assertThat(parked.get("reason").toString()).contains("failed after 3 attempts").contains("district STEVENAGE is not configured");
        assertThat(parked.get("eventType")).isEqualTo("report.submitted.v1");
        assertThat(parked.get("topic")).isEqualTo(KitTestConsumer.TOPIC);
        assertThat(parked.get("redriven")).isEqualTo(false);
        ConsumerRecord<String, String> onTopic = TestEvents.awaitRecord(Topics.deadLetter(KitTestConsumer.CONSUMER),
                r -> reportId.toString().equals(r.key()), WITHIN);
        assertThat(header(onTopic, "dead-letter-reason")).contains("failed after 3 attempts");
        assertThat(consumer.appliedFor(reportId)).isZero();

        consumer.fix(reportId);
        given().auth().oauth2(OPERATOR).post("/api/v1/dead-letters/{id}/redrive", parked.get("id"))
                .then().statusCode(200)
                .body("outcome", equalTo("APPLIED"))
                .body("eventId", equalTo(event.id().toString()))
                .body("requestedBy", equalTo("admin-herts"));
        assertThat(consumer.appliedFor(reportId)).isEqualTo(1);

        // a second re-drive changes nothing, and says so
        given().auth().oauth2(OPERATOR).post("/api/v1/dead-letters/{id}/redrive", parked.get("id"))
                .then().statusCode(409).body("detail", containsString("already re-driven"));
        // nor does a later redelivery of the same event (a replay): the inbox knows it
        KitTestConsumer.publish(reportId, event);
        UUID marker = UUID.randomUUID();
        KitTestConsumer.publish(reportId, org.hatecrime.testkit.SampleEvents.reportSubmitted(marker, List.of("RACE"), "STEVENAGE", false, false, true));
        Awaitility.await().atMost(WITHIN).until(() -> consumer.appliedFor(marker) == 1);
        assertThat(consumer.appliedFor(reportId)).isEqualTo(1);

        given().auth().oauth2(OPERATOR).get("/api/v1/dead-letters/{id}", parked.get("id"))
                .then().statusCode(200)
                .body("redriven", equalTo(true))
                .body("redrivable", equalTo(false))
                .body("lastRedrive.outcome", equalTo("APPLIED"))
                .body("lastRedrive.requestedBy", equalTo("admin-herts"));
        List<String> recorded = QuarkusTransaction.requiringNew().call(() -> sql.list(
                "select requested_by || ' ' || agency || ' ' || outcome from dead_letter_redrive where dead_letter_id = ?::uuid",
                row -> row.getString(1), parked.get("id").toString()));
        assertThat(recorded).containsExactly("admin-herts herts-csp APPLIED");
    }

    @Test
    void aRedriveBeforeTheCauseIsFixedFailsAndLeavesTheEventParked() {
        UUID reportId = UUID.randomUUID();
        consumer.breakFor(reportId);
        Map<String, Object> parked = awaitParked(KitTestConsumer.publishSubmitted(reportId));

        given().auth().oauth2(OPERATOR).post("/api/v1/dead-letters/{id}/redrive", parked.get("id"))
                .then().statusCode(200).body("outcome", equalTo("FAILED")).body("detail", containsString("not configured"));
        given().auth().oauth2(OPERATOR).get("/api/v1/dead-letters/{id}", parked.get("id"))
                .then().statusCode(200).body("redriven", equalTo(false)).body("redrivable", equalTo(true))
                .body("lastRedrive.outcome", equalTo("FAILED"));
        assertThat(consumer.appliedFor(reportId)).isZero();

        consumer.fix(reportId);
        given().auth().oauth2(OPERATOR).post("/api/v1/dead-letters/{id}/redrive", parked.get("id"))
                .then().statusCode(200).body("outcome", equalTo("APPLIED"));
        assertThat(consumer.appliedFor(reportId)).isEqualTo(1);
    }

    @Test
    void redrivingAllAppliesWhatIsStillParkedAndSaysWhatTheConsumerHadAlreadyApplied() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        consumer.breakFor(first);
        consumer.breakFor(second);
        Map<String, Object> firstParked = awaitParked(KitTestConsumer.publishSubmitted(first));
        EventEnvelope secondEvent = KitTestConsumer.publishSubmitted(second);
        Map<String, Object> secondParked = awaitParked(secondEvent);
        consumer.fix(first);
        consumer.fix(second);
        // the second is read again and applied before the operator gets to it
        KitTestConsumer.publish(second, secondEvent);
        Awaitility.await().atMost(WITHIN).until(() -> consumer.appliedFor(second) == 1);

        JsonPath all = given().auth().oauth2(OPERATOR).post("/api/v1/dead-letters/redrive")
                .then().statusCode(200).extract().jsonPath();

        assertThat(all.getString("redrives.find { it.deadLetterId == '" + firstParked.get("id") + "' }.outcome")).isEqualTo("APPLIED");
        assertThat(all.getString("redrives.find { it.deadLetterId == '" + secondParked.get("id") + "' }.outcome"))
                .isEqualTo("ALREADY_APPLIED");
        assertThat(consumer.appliedFor(first)).isEqualTo(1);
        assertThat(consumer.appliedFor(second)).isEqualTo(1);
        given().auth().oauth2(OPERATOR).queryParam("redriven", false).queryParam("size", 100).get("/api/v1/dead-letters")
                .then().statusCode(200).body("findAll { it.id == '" + firstParked.get("id") + "' }", hasSize(0));
    }

    @Test
    void onlyAdministratorsOfTheOperatorAgencyMaySeeOrRedriveDeadLetters() {
        UUID reportId = UUID.randomUUID();
        consumer.breakFor(reportId);
        Map<String, Object> parked = awaitParked(KitTestConsumer.publishSubmitted(reportId));
        consumer.fix(reportId);

        given().get("/api/v1/dead-letters").then().statusCode(401);
        given().auth().oauth2(ANALYST).get("/api/v1/dead-letters").then().statusCode(403);
        given().auth().oauth2(ANALYST).post("/api/v1/dead-letters/{id}/redrive", parked.get("id")).then().statusCode(403);
        given().auth().oauth2(TestTokens.withoutAgency("admin-herts", "admin")).get("/api/v1/dead-letters").then().statusCode(403);
        // an administrator, but of a victim service: dead letters are the platform's, not an agency's
        given().auth().oauth2(OTHER_AGENCY_ADMIN).get("/api/v1/dead-letters").then().statusCode(403);
        given().auth().oauth2(OTHER_AGENCY_ADMIN).get("/api/v1/dead-letters/{id}", parked.get("id")).then().statusCode(403);
        given().auth().oauth2(OTHER_AGENCY_ADMIN).post("/api/v1/dead-letters/{id}/redrive", parked.get("id")).then().statusCode(403);
        given().auth().oauth2(OTHER_AGENCY_ADMIN).post("/api/v1/dead-letters/redrive").then().statusCode(403);

        assertThat(consumer.appliedFor(reportId)).isZero();
        given().auth().oauth2(OPERATOR).get("/api/v1/dead-letters/{id}", parked.get("id"))
                .then().statusCode(200).body("redriven", equalTo(false)).body("lastRedrive", equalTo(null));
    }

    @Test
    void anUnknownDeadLetterIsNotFound() {
        given().auth().oauth2(OPERATOR).get("/api/v1/dead-letters/{id}", UUID.randomUUID()).then().statusCode(404);
        given().auth().oauth2(OPERATOR).post("/api/v1/dead-letters/{id}/redrive", UUID.randomUUID()).then().statusCode(404);
        given().auth().oauth2(OPERATOR).get("/api/v1/dead-letters/{id}", "not-an-id").then().statusCode(404);
    }

    @Test
    void listingIsBoundedAndNamesTheFieldItRefuses() {
        given().auth().oauth2(OPERATOR).queryParam("size", 101).get("/api/v1/dead-letters")
                .then().statusCode(400).body("violations.field", contains("size"));
        given().auth().oauth2(OPERATOR).queryParam("page", -1).get("/api/v1/dead-letters")
                .then().statusCode(400).body("violations.field", contains("page"));
    }

    /** An erasure that parks is an erasure not carried out: the gauge shows it, per event type, until a re-drive applies it. */
    @Test
    void aParkedErasureIsCountedInTheGaugeUntilARedriveAppliesIt() {
        String erased = EventTypes.SUBJECT_ERASED.type();
        long before = parkedDeadLetters.count().getOrDefault(erased, 0L);
        UUID reportId = UUID.randomUUID();
        consumer.breakFor(reportId);
        Map<String, Object> parked = awaitParked(KitTestConsumer.publishErased(reportId));
        assertThat(parked.get("eventType")).isEqualTo(erased);

        assertThat(parkedDeadLetters.count().getOrDefault(erased, 0L)).isEqualTo(before + 1);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("hatecrime_dead_letters_parked{event_type=\"" + erased + "\"} " + (before + 1) + ".0"));

        consumer.fix(reportId);
        given().auth().oauth2(OPERATOR).post("/api/v1/dead-letters/{id}/redrive", parked.get("id"))
                .then().statusCode(200).body("outcome", equalTo("APPLIED"));
        assertThat(parkedDeadLetters.count().getOrDefault(erased, 0L)).isEqualTo(before);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("hatecrime_dead_letters_parked{event_type=\"" + erased + "\"} " + before + ".0"));
    }

    @Test
    void everyLookAtTheDeadLettersIsAudited() {
        long before = audited("dead-letter.list");
        given().auth().oauth2(OPERATOR).get("/api/v1/dead-letters").then().statusCode(200);
        assertThat(audited("dead-letter.list")).isEqualTo(before + 1);
    }

    private long audited(String action) {
        return QuarkusTransaction.requiringNew().call(() -> sql.number(
                "select count(*) from audit_log where action = ? and actor = 'admin-herts' and agency = 'herts-csp'", action));
    }

    private Map<String, Object> awaitParked(EventEnvelope event) {
        return awaitListedWhere("eventId", event.id().toString());
    }

    private Map<String, Object> awaitListed(long offset, int partition) {
        return Awaitility.await().atMost(WITHIN).until(() -> listed().stream()
                .filter(d -> KitTestConsumer.TOPIC.equals(d.get("topic")) && ((Number) d.get("offset")).longValue() == offset
                        && ((Number) d.get("partition")).intValue() == partition)
                .findFirst().orElse(null), d -> d != null);
    }

    private Map<String, Object> awaitListedWhere(String field, String value) {
        return Awaitility.await().atMost(WITHIN).until(() -> listed().stream().filter(d -> value.equals(d.get(field))).findFirst().orElse(null),
                d -> d != null);
    }

    private static List<Map<String, Object>> listed() {
        return given().auth().oauth2(OPERATOR).queryParam("size", 100).get("/api/v1/dead-letters")
                .then().statusCode(200).extract().jsonPath().getList("$");
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
