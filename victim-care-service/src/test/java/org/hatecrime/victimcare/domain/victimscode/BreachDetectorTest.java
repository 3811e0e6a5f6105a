package org.hatecrime.victimcare.domain.victimscode;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.awaitility.Awaitility;
import org.hatecrime.events.EventJson;
import org.hatecrime.events.EventSchemas;
import org.hatecrime.events.Topics;
import org.hatecrime.kit.db.Sql;
import org.hatecrime.testkit.SampleEvents;
import org.hatecrime.testkit.TestEvents;
import org.hatecrime.testkit.TestTokens;
import org.junit.jupiter.api.Test;

/** Breaches found by the detector, each announced once, also when two instances look at the same time. */
@QuarkusTest
class BreachDetectorTest {

    static final String TELL_MAMA = TestTokens.user("tell-mama-worker", "victim-care", "tell-mama");
    static final String BEACON = TestTokens.user("beacon-worker", "victim-care", "beacon");
    static final String BREACH = "victims-code.breach-detected.v1";
    static final Duration WITHIN = Duration.ofSeconds(20);

    @Inject
    BreachDetector detector;

    @Inject
    Sql sql;

    static UUID openedNow(String token) {
        String consentedAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString();
        return UUID.fromString(given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"consentedAt\":\"" + consentedAt + "\"}")
                .post("/api/v1/referrals").then().statusCode(201).extract().path("id"));
    }

    /** A month on, every first contact not tried is overdue (the calendar holds the coming weeks). */
    static Instant aMonthOn() {
        return Instant.now().plus(Duration.ofDays(30));
    }

    long breachEvents(UUID referralId) {
        return sql.number("select count(*) from outbox_event where event_type = ? and aggregate_id = ?", BREACH, referralId.toString());
    }

    long breachRows(UUID referralId, VictimsCodeClock clock) {
        return sql.number("select count(*) from victims_code_breach where referral_id = ? and clock = ?", referralId, clock.name());
    }

    @Test
    void twoDetectorsAtOnceAnnounceEachBreachExactlyOnce() throws Exception {
        List<UUID> referrals = List.of(openedNow(TELL_MAMA), openedNow(TELL_MAMA), openedNow(TELL_MAMA));
        Instant now = aMonthOn();

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<Breach>>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(two.submit(() -> {
                    start.await();
                    return detector.detectAt(now);
                }));
            }
            start.countDown();
            List<Breach> recorded = new ArrayList<>();
            for (Future<List<Breach>> run : runs) {
                recorded.addAll(run.get());
            }

            for (UUID referral : referrals) {
                assertThat(recorded.stream().filter(b -> b.referralId().equals(referral)).map(Breach::clock))
                        .containsExactly(VictimsCodeClock.FIRST_CONTACT_ATTEMPT);
                assertThat(breachRows(referral, VictimsCodeClock.FIRST_CONTACT_ATTEMPT)).isEqualTo(1);
                assertThat(breachRows(referral, VictimsCodeClock.REFERRAL_PASSED_ON)).isZero();
                assertThat(breachEvents(referral)).isEqualTo(1);
            }
        } finally {
            two.shutdownNow();
        }

        // a later run finds nothing new about them
        assertThat(detector.detectAt(now.plus(Duration.ofDays(1)))).noneMatch(b -> referrals.contains(b.referralId()));
        referrals.forEach(referral -> assertThat(breachEvents(referral)).isEqualTo(1));
    }

    @Test
    void theBreachIsAnnouncedOnTheReferralsTopicWithCodesAndTimesOnly() {
        UUID referral = openedNow(TELL_MAMA);

        detector.detectAt(aMonthOn());

        String value = TestEvents.awaitRecord(Topics.REFERRALS, r -> referral.toString().equals(r.key()) && r.value().contains(BREACH),
                WITHIN).value();
        var payload = EventJson.read(value).payload();
        assertThat(EventSchemas.violationsOfPayload(BREACH, payload)).isEmpty();
        assertThat(payload.get("clock").asText()).isEqualTo("FIRST_CONTACT_ATTEMPT");
        assertThat(payload.get("right").asInt()).isEqualTo(4);
        assertThat(payload.get("provider").asText()).isEqualTo("tell-mama");
        assertThat(payload.get("enhancedRights").asBoolean()).isFalse();
    }

    @Test
    void aReferralClosedBeforeContactRaisesNoBreach() {
        UUID referral = openedNow(TELL_MAMA);
        given().auth().oauth2(TELL_MAMA).contentType(ContentType.JSON).body("{\"status\":\"CLOSED\",\"reasonCode\":\"DUPLICATE_REFERRAL\"}")
                .post("/api/v1/referrals/{id}/status-changes", referral).then().statusCode(200);

        assertThat(detector.detectAt(aMonthOn())).noneMatch(b -> b.referralId().equals(referral));
        assertThat(breachEvents(referral)).isZero();
    }

    @Test
    void aWithdrawalPausesTheContactClockSoNoBreachIsRaised() {
        UUID reportId = UUID.randomUUID();
        TestEvents.publish(Topics.REPORTS, reportId.toString(), EventJson.write(
                SampleEvents.referralRequested(reportId, "beacon", List.of("RACE"), "STEVENAGE")));
        String id = Awaitility.await().atMost(WITHIN).until(() -> given().auth().oauth2(BEACON).queryParam("size", 100).get("/api/v1/referrals")
                .then().statusCode(200).extract().jsonPath().<String>getList("findAll { it.reportId == '" + reportId + "' }.id"),
                ids -> ids.size() == 1).get(0);
        TestEvents.publish(Topics.REPORTS, reportId.toString(), EventJson.write(SampleEvents.withdrawn(reportId, "VICTIM_REQUEST")));
        Awaitility.await().atMost(WITHIN).until(() -> given().auth().oauth2(BEACON).get("/api/v1/referrals/{id}", id)
                .then().extract().<Boolean>path("contactStopped"));

        assertThat(detector.detectAt(aMonthOn())).noneMatch(b -> b.referralId().toString().equals(id));
        assertThat(breachEvents(UUID.fromString(id))).isZero();
        given().auth().oauth2(BEACON).queryParam("state", "PAUSED").queryParam("size", 100).get("/api/v1/victims-code/clocks").then()
                .statusCode(200);
        assertThat(given().auth().oauth2(BEACON).queryParam("state", "PAUSED").queryParam("size", 100).get("/api/v1/victims-code/clocks")
                .then().extract().jsonPath().<String>getList("referralId")).contains(id);
    }
}
