package org.hatecrime.victimcare.api;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import static io.restassured.RestAssured.given;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.ConfigProvider;
import org.hatecrime.testkit.SampleEvents;
import org.hatecrime.victimcare.IntakeStandIn;

/** Intake as the tests need it: referral packets for reports, intake down, and referrals made from those reports. */
final class Intake {

    private Intake() {
    }

    static WireMock standIn() {
        URI url = URI.create(ConfigProvider.getConfig().getValue("quarkus.rest-client.referral-packets.url", String.class));
        return new WireMock(url.getHost(), url.getPort());
    }

    static String path(UUID reportId) {
        return "/api/v1/internal/referral-packets/" + reportId;
    }

    /** Intake holds this packet for the report; answered only to this service's own token. */
    static void holdsPacket(UUID reportId, String contactJson, String safeContactJson) {
        standIn().register(get(urlEqualTo(path(reportId)))
                .withHeader("Authorization", equalTo("Bearer " + IntakeStandIn.SERVICE_TOKEN))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("""
                        {"reportId":"%s","reference":"HC-7K3M-9QXD","district":"STEVENAGE","strands":["RACE"],
                         "occurredAt":"2026-11-20T18:30:00Z","contact":%s,"safeContact":%s,"addedLater":"ignored"}"""
                        .formatted(reportId, contactJson, safeContactJson))));
    }

    static void answers(UUID reportId, int status) {
        standIn().register(get(urlEqualTo(path(reportId))).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/problem+json").withBody("{\"status\":" + status + "}")));
    }

    static void dropsTheConnection(UUID reportId) {
        standIn().register(get(urlEqualTo(path(reportId))).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    }

    static int fetchesOf(UUID reportId) {
        return standIn().find(getRequestedFor(urlEqualTo(path(reportId)))).size();
    }

    static final Duration FIRST_REFERRAL = Duration.ofSeconds(60);

    static final String CONTACT = """
            {"name":"Sam Example","email":"sam@example.org","phone":"07700 900123"}""";

    /** A referral to Beacon from a new report whose packet holds these safe-contact preferences. */
    static Referred referredWith(String safeContactJson) {
        UUID reportId = UUID.randomUUID();
        holdsPacket(reportId, CONTACT, safeContactJson);
        return referredFrom(reportId);
    }

    static Referred referredFrom(UUID reportId) {
        ReferralWorkTest.publish(reportId, SampleEvents.referralRequested(reportId, "beacon", List.of("RACE"), "STEVENAGE"));
        // generous: the first test of a JVM also waits for the consumer to join its group
        return new Referred(reportId, Awaitility.await().atMost(FIRST_REFERRAL).until(() -> given().auth()
                .oauth2(ReferralWorkTest.BEACON).queryParam("size", 100).get("/api/v1/referrals").then().statusCode(200)
                .extract().jsonPath().<String>getList("findAll { it.reportId == '" + reportId + "' }.id"),
                ids -> ids != null && ids.size() == 1).get(0));
    }

    record Referred(UUID reportId, String id) {
    }
}
