package org.hatecrime.cases.api;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.hatecrime.events.EventEnvelope;
import org.hatecrime.events.EventJson;
import org.hatecrime.events.Topics;
import org.hatecrime.testkit.SampleEvents;
import org.hatecrime.testkit.TestEvents;
import org.hatecrime.testkit.TestTokens;

/** Tokens, events and pushes as the forces, the CPS and victim care send them. */
final class CaseTestSupport {

    static final String HERTS = TestTokens.system("police-herts-rms", "police", "herts-police");
    static final String HERTS_OFFICER = TestTokens.user("police-herts", "police", "herts-police");
    static final String BEDS = TestTokens.system("police-beds-rms", "police", "beds-police");
    static final String CPS = TestTokens.user("cps-thames-chiltern", "cps", "cps-thames-chiltern");
    static final String CPS_ELSEWHERE = TestTokens.user("cps-east", "cps", "cps-east-of-england");
    static final String BEACON = TestTokens.user("beacon-worker", "victim-care", "beacon");
    static final String GALOP = TestTokens.user("galop-worker", "victim-care", "galop");
    static final String CENTRE = TestTokens.user("centre-worker", "reporting-centre", "stevenage-centre");
    static final Duration WITHIN = Duration.ofSeconds(20);

    private CaseTestSupport() {
    }

    /** A report intake shared with {@code force}; its case, once opened. */
    static UUID openCase(String force, String forceToken, String victimKey) {
        UUID reportId = UUID.randomUUID();
        shareWithPolice(reportId, force, victimKey);
        return awaitCaseOf(reportId, forceToken);
    }

    /** Intake shared the report with the force (which opens a case for it there). */
    static void shareWithPolice(UUID reportId, String force, String victimKey) {
        EventEnvelope shared = SampleEvents.sharedWithPolice(reportId, force, List.of("RACE", "RELIGION_OR_BELIEF"), "STEVENAGE");
        if (victimKey != null) {
            ((ObjectNode) shared.payload()).put("victimKey", victimKey);
        }
        TestEvents.publish(Topics.REPORTS, reportId.toString(), EventJson.write(shared));
    }

    static UUID awaitCaseOf(UUID reportId, String forceToken) {
        String[] found = new String[1];
        Awaitility.await().atMost(WITHIN).until(() -> {
            List<Map<String, Object>> cases = given().auth().oauth2(forceToken).queryParam("size", 100).get("/api/v1/cases")
                    .then().statusCode(200).extract().path("");
            return cases.stream().filter(c -> reportId.toString().equals(c.get("reportId"))).findFirst()
                    .map(c -> found[0] = (String) c.get("id")).isPresent();
        });
        return UUID.fromString(found[0]);
    }

    static UUID reportOf(UUID caseId) {
        return UUID.fromString(given().auth().oauth2(HERTS).get("/api/v1/cases/{id}", caseId).then().statusCode(200).extract().path("reportId"));
    }

    /** Victim care referred the report's victim to {@code agency}. */
    static void referred(UUID reportId, String agency) {
        referred(reportId, UUID.randomUUID(), agency);
    }

    static void referred(UUID reportId, UUID referralId, String agency) {
        EventEnvelope example = example("referral.created.v1");
        ObjectNode payload = (ObjectNode) example.payload();
        payload.put("referralId", referralId.toString());
        payload.put("reportId", reportId.toString());
        payload.put("agency", agency);
        payload.put("provider", agency);
        publish(Topics.REFERRALS, referralId, new EventEnvelope(UUID.randomUUID(), example.type(), example.source(), referralId.toString(),
                example.occurredAt(), null, null, payload));
    }

    /** Victim care found the report's victim entitled to enhanced rights. */
    static void enhancedRights(UUID reportId, UUID referralId) {
        EventEnvelope example = example("needs.assessed.v1");
        ObjectNode payload = (ObjectNode) example.payload();
        payload.put("referralId", referralId.toString());
        payload.put("reportId", reportId.toString());
        payload.put("enhancedRights", true);
        payload.put("enhancedRightsReason", "VULNERABLE");
        publish(Topics.REFERRALS, referralId, new EventEnvelope(UUID.randomUUID(), example.type(), example.source(), referralId.toString(),
                example.occurredAt(), null, null, payload));
    }

    static void publish(String topic, UUID key, EventEnvelope envelope) {
        TestEvents.publish(topic, key.toString(), EventJson.write(envelope));
    }

    static EventEnvelope example(String type) {
        try (InputStream in = CaseTestSupport.class.getClassLoader().getResourceAsStream("examples/" + type + ".json")) {
            return EventJson.read(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Response move(String token, UUID caseId, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/api/v1/cases/{id}/stage-changes", caseId);
    }

    static void moved(String token, UUID caseId, String body) {
        move(token, caseId, body).then().statusCode(200);
    }

    static final String RECORD = """
            {"stage": "RECORDED", "crimeReference": "41/12345/26", "recordedAs": "CRIME", "recordingReason": "PUBLIC_ORDER_OFFENCE"}""";

    static String to(String stage) {
        return "{\"stage\": \"" + stage + "\"}";
    }

    static String to(String stage, String reasonCode) {
        return "{\"stage\": \"" + stage + "\", \"reasonCode\": \"" + reasonCode + "\"}";
    }

    /** Takes a fresh Hertfordshire case to the CPS: recorded, investigated, suspect arrested, file sent. */
    static UUID filedWithCps() {
        UUID caseId = openCase("herts-police", HERTS, null);
        moved(HERTS, caseId, RECORD);
        moved(HERTS, caseId, to("INVESTIGATING"));
        moved(HERTS, caseId, to("SUSPECT_IDENTIFIED"));
        moved(HERTS, caseId, to("ARRESTED_OR_INTERVIEWED", "ARRESTED"));
        moved(HERTS, caseId, to("FILED_WITH_CPS"));
        return caseId;
    }
}
