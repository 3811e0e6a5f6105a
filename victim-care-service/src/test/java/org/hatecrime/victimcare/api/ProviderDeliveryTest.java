package org.hatecrime.victimcare.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.awaitility.Awaitility;
import org.hatecrime.events.EventJson;
import org.hatecrime.events.Topics;
import org.hatecrime.testkit.SampleEvents;
import org.hatecrime.testkit.TestEvents;
import org.hatecrime.testkit.TestTokens;
import org.hatecrime.victimcare.ProviderCaseSystemStandIn;
import org.hatecrime.victimcare.domain.referral.delivery.ReferralDeliveries;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Referrals to providers that work in their own case system (Stop Hate UK and Victim Support here):
 * delivered there once, kept as REQUESTED with the error visible while the provider is down, sent
 * when it returns, never lost behind an open circuit.
 */
@QuarkusTest
class ProviderDeliveryTest {

    static final String STOP_HATE_UK = TestTokens.user("shuk-system", "victim-care", "stop-hate-uk");
    static final String VICTIM_SUPPORT = TestTokens.user("vs-system", "victim-care", "victim-support");
    static final String QUICK_RETRIES_PLUS_ONE = "3";

    @Inject
    ReferralDeliveries deliveries;

    @Inject
    CircuitBreakerMaintenance circuits;

    @Inject
    AgroalDataSource dataSource;

    /** Each test's runs happen an hour after the last, so every back-off has passed. */
    private final AtomicLong hours = new AtomicLong();

    @BeforeEach
    void closeEveryCircuit() {
        circuits.resetAll();
    }

    @Test
    void aReferralToAProviderWithItsOwnCaseSystemWaitsAsRequestedAndIsDeliveredThereOnce() throws Exception {
        String id = referredTo(CaseSystems.STOP_HATE_UK);
        given().auth().oauth2(STOP_HATE_UK).get("/api/v1/referrals/{id}", id).then().statusCode(200)
                .body("status", equalTo("REQUESTED")).body("delivery.attempts", equalTo(0))
                .body("delivery.nextAttemptAt", notNullValue()).body("delivery.deliveredAt", nullValue());
        CaseSystems.takes(CaseSystems.STOP_HATE_UK, id, "SHUK-2026-0417");

        deliveries.deliverDueAt(later());

        given().auth().oauth2(STOP_HATE_UK).get("/api/v1/referrals/{id}", id).then().statusCode(200)
                .body("status", equalTo("SENT")).body("history.to", equalTo(List.of("REQUESTED", "SENT")))
                .body("history[1].actor", equalTo("platform"))
                .body("delivery.attempts", equalTo(1)).body("delivery.lastError", nullValue())
                .body("delivery.deliveredAt", notNullValue()).body("delivery.nextAttemptAt", nullValue())
                .body("delivery.providerCaseReference", equalTo("SHUK-2026-0417"));
        String sent = TestEvents.awaitRecord(Topics.REFERRALS, r -> id.equals(r.key()) && r.value().contains("referral.sent.v1"),
                ReferralWorkTest.WITHIN).value();
        assertThat(EventJson.read(sent).payload().get("provider").asText()).isEqualTo("stop-hate-uk");

        deliveries.deliverDueAt(later());
        assertThat(CaseSystems.offersOf(CaseSystems.STOP_HATE_UK, id)).hasSize(1);
        assertThat(sentEventsOf(id)).isEqualTo(1);
    }

    @Test
    void theProviderGetsIdsCodesDatesAndALinkToFetchTheContactDetailsButNoPersonalData() throws Exception {
        UUID reportId = UUID.randomUUID();
        Intake.holdsPacket(reportId, Intake.CONTACT, "{\"safeToCall\":true}");
        String id = referredTo(CaseSystems.STOP_HATE_UK, reportId);
        CaseSystems.takes(CaseSystems.STOP_HATE_UK, id, "SHUK-2026-0418");

        deliveries.deliverDueAt(later());

        var offer = CaseSystems.offersOf(CaseSystems.STOP_HATE_UK, id).get(0);
        assertThat(offer.getHeader("Authorization")).isEqualTo("Bearer " + ProviderCaseSystemStandIn.STOP_HATE_UK_KEY);
        assertThat(offer.getHeader("Idempotency-Key")).isEqualTo(id);
        JsonNode body = new ObjectMapper().readTree(offer.getBodyAsString());
        assertThat(body.get("referralId").asText()).isEqualTo(id);
        assertThat(body.get("provider").asText()).isEqualTo("stop-hate-uk");
        assertThat(body.get("district").asText()).isEqualTo("STEVENAGE");
        assertThat(body.get("strands").get(0).asText()).isEqualTo("RACE");
        assertThat(body.get("consentedAt").asText()).isNotBlank();
        assertThat(body.get("links").get("contactDetails").asText())
                .isEqualTo("https://hatecrime.example.org/api/v1/referrals/" + id + "/contact-details");
        assertThat(offer.getBodyAsString()).doesNotContain("Sam Example", "sam@example.org", "07700", "contact\":{");
        assertThat(Intake.fetchesOf(reportId)).isZero();
    }

    @Test
    void whileTheProvidersSystemIsDownTheReferralStaysRequestedWithTheErrorAndIsSentOnceItReturns() throws Exception {
        String id = referredTo(CaseSystems.STOP_HATE_UK);
        CaseSystems.answers(CaseSystems.STOP_HATE_UK, id, 503);

        deliveries.deliverDueAt(later());

        JsonPath waiting = given().auth().oauth2(STOP_HATE_UK).get("/api/v1/referrals/{id}", id).then().statusCode(200)
                .body("status", equalTo("REQUESTED")).body("delivery.attempts", equalTo(1))
                .body("delivery.lastError", equalTo("the provider's case system answered HTTP 503"))
                .body("delivery.deliveredAt", nullValue()).extract().jsonPath();
        // the provider's answer quoted a name: it is kept nowhere, neither in the API nor in the log
        assertThat(waiting.prettify()).doesNotContain("Sam Example", "record is locked");
        assertThat(Files.readString(Path.of("target/victim-care-service-test.log"))).doesNotContain("record is locked");
        assertThat(Instant.parse(waiting.getString("delivery.nextAttemptAt")))
                .isAfter(Instant.parse(waiting.getString("delivery.lastAttemptAt")));
        // one attempt: the first call and its quick retries
        assertThat(CaseSystems.offersOf(CaseSystems.STOP_HATE_UK, id)).hasSize(Integer.parseInt(QUICK_RETRIES_PLUS_ONE));

        CaseSystems.takes(CaseSystems.STOP_HATE_UK, id, "SHUK-2026-0419");
        deliveries.deliverDueAt(later());
        deliveries.deliverDueAt(later());

        given().auth().oauth2(STOP_HATE_UK).get("/api/v1/referrals/{id}", id).then().statusCode(200)
                .body("status", equalTo("SENT")).body("delivery.attempts", equalTo(2)).body("delivery.lastError", nullValue())
                .body("delivery.providerCaseReference", equalTo("SHUK-2026-0419"));
        assertThat(CaseSystems.offersOf(CaseSystems.STOP_HATE_UK, id)).hasSize(Integer.parseInt(QUICK_RETRIES_PLUS_ONE) + 1);
        assertThat(sentEventsOf(id)).isEqualTo(1);
    }

    @Test
    void anUnreachableSystemIsShownAsSuchAndTheReferralIsSentWhenItAnswersAgain() throws Exception {
        String id = referredTo(CaseSystems.VICTIM_SUPPORT);
        CaseSystems.dropsTheConnection(CaseSystems.VICTIM_SUPPORT, id);

        deliveries.deliverDueAt(later());

        given().auth().oauth2(VICTIM_SUPPORT).get("/api/v1/referrals/{id}", id).then().statusCode(200)
                .body("status", equalTo("REQUESTED")).body("delivery.lastError", containsString("unreachable"))
                .body("delivery.lastError", org.hamcrest.Matchers.not(containsString("127.0.0.1")));

        CaseSystems.takes(CaseSystems.VICTIM_SUPPORT, id, "VS-88812");
        deliveries.deliverDueAt(later());

        given().auth().oauth2(VICTIM_SUPPORT).get("/api/v1/referrals/{id}", id).then().statusCode(200)
                .body("status", equalTo("SENT")).body("delivery.providerCaseReference", equalTo("VS-88812"));
        assertThat(sentEventsOf(id)).isEqualTo(1);
    }

    @Test
    void eachProviderIsCalledAtItsOwnConfiguredAddress() {
        String shuk = referredTo(CaseSystems.STOP_HATE_UK);
        String vs = referredTo(CaseSystems.VICTIM_SUPPORT);
        CaseSystems.takes(CaseSystems.STOP_HATE_UK, shuk, "SHUK-1");
        CaseSystems.takes(CaseSystems.VICTIM_SUPPORT, vs, "VS-1");

        deliveries.deliverDueAt(later());

        assertThat(CaseSystems.referralsPath(CaseSystems.STOP_HATE_UK)).isEqualTo(ProviderCaseSystemStandIn.STOP_HATE_UK_PATH + "/referrals");
        assertThat(CaseSystems.referralsPath(CaseSystems.VICTIM_SUPPORT))
                .isEqualTo(ProviderCaseSystemStandIn.VICTIM_SUPPORT_PATH + "/referrals");
        assertThat(CaseSystems.offersOf(CaseSystems.STOP_HATE_UK, shuk)).hasSize(1);
        assertThat(CaseSystems.offersOf(CaseSystems.VICTIM_SUPPORT, vs)).hasSize(1);
        assertThat(CaseSystems.offersOf(CaseSystems.VICTIM_SUPPORT, vs).get(0).containsHeader("Authorization")).isFalse();
        given().auth().oauth2(VICTIM_SUPPORT).get("/api/v1/referrals/{id}", vs).then().body("status", equalTo("SENT"));
        given().auth().oauth2(STOP_HATE_UK).get("/api/v1/referrals/{id}", shuk).then().body("status", equalTo("SENT"));
    }

    @Test
    void anOpenCircuitCallsNobodyLosesNothingAndStopsOnlyItsOwnProvider() throws Exception {
        List<String> waiting = List.of(referredTo(CaseSystems.STOP_HATE_UK), referredTo(CaseSystems.STOP_HATE_UK),
                referredTo(CaseSystems.STOP_HATE_UK));
        waiting.forEach(id -> CaseSystems.answers(CaseSystems.STOP_HATE_UK, id, 500));
        String other = referredTo(CaseSystems.VICTIM_SUPPORT);
        CaseSystems.takes(CaseSystems.VICTIM_SUPPORT, other, "VS-2");

        deliveries.deliverDueAt(later());

        // the circuit opened within the run: the last referral was not even offered
        String last = waiting.get(2);
        assertThat(CaseSystems.offersOf(CaseSystems.STOP_HATE_UK, last)).isEmpty();
        given().auth().oauth2(STOP_HATE_UK).get("/api/v1/referrals/{id}", last).then().statusCode(200)
                .body("status", equalTo("REQUESTED")).body("delivery.attempts", equalTo(1))
                .body("delivery.lastError", containsString("circuit is open"));
        given().auth().oauth2(VICTIM_SUPPORT).get("/api/v1/referrals/{id}", other).then().body("status", equalTo("SENT"));

        waiting.forEach(id -> CaseSystems.takes(CaseSystems.STOP_HATE_UK, id, "SHUK-" + id.substring(0, 8)));
        int[] offersBefore = waiting.stream().mapToInt(id -> CaseSystems.offersOf(CaseSystems.STOP_HATE_UK, id).size()).toArray();
        // the circuit lets a call through again after its configured second; until then runs call nobody
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).until(() -> {
            deliveries.deliverDueAt(later());
            return waiting.stream().allMatch(id -> "SENT".equals(given().auth().oauth2(STOP_HATE_UK)
                    .get("/api/v1/referrals/{id}", id).then().extract().path("status")));
        });

        for (int i = 0; i < waiting.size(); i++) {
            assertThat(CaseSystems.offersOf(CaseSystems.STOP_HATE_UK, waiting.get(i))).hasSize(offersBefore[i] + 1);
            assertThat(sentEventsOf(waiting.get(i))).isEqualTo(1);
        }
    }

    @Test
    void aRefusalIsShownAndNotRetriedQuickly() {
        String id = referredTo(CaseSystems.STOP_HATE_UK);
        CaseSystems.answers(CaseSystems.STOP_HATE_UK, id, 422);

        deliveries.deliverDueAt(later());

        given().auth().oauth2(STOP_HATE_UK).get("/api/v1/referrals/{id}", id).then().statusCode(200)
                .body("status", equalTo("REQUESTED"))
                .body("delivery.lastError", equalTo("the provider's case system refused the referral with HTTP 422"));
        assertThat(CaseSystems.offersOf(CaseSystems.STOP_HATE_UK, id)).hasSize(1);
    }

    @Test
    void twoRunsAtOnceOfferAReferralOnce() throws Exception {
        String id = referredTo(CaseSystems.STOP_HATE_UK);
        CaseSystems.takesSlowly(CaseSystems.STOP_HATE_UK, id, 300);
        Instant at = later();
        CountDownLatch start = new CountDownLatch(1);

        List<CompletableFuture<Integer>> runs = List.of(1, 2).stream().map(n -> CompletableFuture.supplyAsync(() -> {
            try {
                start.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return deliveries.deliverDueAt(at);
        })).toList();
        start.countDown();
        CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).join();

        assertThat(CaseSystems.offersOf(CaseSystems.STOP_HATE_UK, id)).hasSize(1);
        assertThat(sentEventsOf(id)).isEqualTo(1);
        given().auth().oauth2(STOP_HATE_UK).get("/api/v1/referrals/{id}", id).then().body("status", equalTo("SENT"))
                .body("delivery.providerCaseReference", nullValue());
    }

    @Test
    void aReferralClosedOrWithdrawnWhileWaitingIsNotPassedOn() throws Exception {
        UUID withdrawnReport = UUID.randomUUID();
        String withdrawn = referredTo(CaseSystems.STOP_HATE_UK, withdrawnReport);
        String closed = referredTo(CaseSystems.STOP_HATE_UK);
        CaseSystems.takes(CaseSystems.STOP_HATE_UK, withdrawn, "SHUK-W");
        CaseSystems.takes(CaseSystems.STOP_HATE_UK, closed, "SHUK-C");
        ReferralWorkTest.change(STOP_HATE_UK, closed, "{\"status\":\"CLOSED\",\"reasonCode\":\"VICTIM_SUPPORTED_ELSEWHERE\"}")
                .statusCode(200);
        ReferralWorkTest.publish(withdrawnReport, SampleEvents.withdrawn(withdrawnReport, "VICTIM_REQUEST"));
        Awaitility.await().atMost(ReferralWorkTest.WITHIN).until(() -> given().auth().oauth2(STOP_HATE_UK)
                .get("/api/v1/referrals/{id}", withdrawn).then().extract().<Boolean>path("contactStopped"));

        deliveries.deliverDueAt(later());

        assertThat(CaseSystems.offersOf(CaseSystems.STOP_HATE_UK, closed)).isEmpty();
        assertThat(CaseSystems.offersOf(CaseSystems.STOP_HATE_UK, withdrawn)).isEmpty();
        given().auth().oauth2(STOP_HATE_UK).get("/api/v1/referrals/{id}", withdrawn).then().body("status", equalTo("REQUESTED"));
        assertThat(sentEventsOf(closed)).isZero();
    }

    @Test
    void anotherProviderSeesNothingOfTheWaitingReferral() {
        String id = referredTo(CaseSystems.STOP_HATE_UK);

        given().auth().oauth2(ReferralWorkTest.BEACON).get("/api/v1/referrals/{id}", id).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(VICTIM_SUPPORT).get("/api/v1/referrals/{id}", id).then().statusCode(404);
    }

    private String referredTo(String provider) {
        return referredTo(provider, UUID.randomUUID());
    }

    private static String referredTo(String provider, UUID reportId) {
        ReferralWorkTest.publish(reportId, SampleEvents.referralRequested(reportId, provider, List.of("RACE"), "STEVENAGE"));
        String token = provider.equals(CaseSystems.STOP_HATE_UK) ? STOP_HATE_UK : VICTIM_SUPPORT;
        return Awaitility.await().atMost(Intake.FIRST_REFERRAL).until(() -> given().auth().oauth2(token).queryParam("size", 100)
                .get("/api/v1/referrals").then().statusCode(200).extract().jsonPath()
                .<String>getList("findAll { it.reportId == '" + reportId + "' }.id"), ids -> ids != null && ids.size() == 1).get(0);
    }

    /** A moment an hour after this test's last run: every wait between attempts has passed by then. */
    private Instant later() {
        return Instant.now().plus(hours.incrementAndGet(), ChronoUnit.HOURS);
    }

    private long sentEventsOf(String referralId) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement count = connection.prepareStatement(
                        "select count(*) from outbox_event where aggregate_id = ? and event_type = 'referral.sent.v1'")) {
            count.setString(1, referralId);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
