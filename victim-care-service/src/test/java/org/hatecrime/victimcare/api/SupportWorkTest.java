package org.hatecrime.victimcare.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hatecrime.victimcare.api.VictimCareTestSupport.BEACON;
import static org.hatecrime.victimcare.api.VictimCareTestSupport.CENTRE;
import static org.hatecrime.victimcare.api.VictimCareTestSupport.GALOP;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.hatecrime.events.EventJson;
import org.hatecrime.events.Topics;
import org.hatecrime.testkit.TestEvents;
import org.junit.jupiter.api.Test;

/** A victim's support through the API: case manager, actions, wellbeing at start and close, satisfaction. */
@QuarkusTest
class SupportWorkTest {

    static final Duration WITHIN = Duration.ofSeconds(20);
    static final String START = "{\"items\":[2,3,2,3,2,3,3]}";                   // raw 18, metric 17.43
    static final String CLOSE = "{\"wellbeing\":{\"items\":[3,3,4,3,3,3,3]},\"satisfaction\":{\"score\":4,\"comment\":\"kind people\"}}";
    static final String ACTION = "{\"description\":\"call the housing officer\",\"owner\":\"beacon-worker\",\"dueOn\":\"2026-12-04\"}";

    static ValidatableResponse send(String token, String method, String path, String referralId, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).request(method, path, referralId).then();
    }

    static ValidatableResponse startingWellbeing(String token, String id, String body) {
        return send(token, "PUT", "/api/v1/referrals/{id}/support-plan/starting-wellbeing", id, body);
    }

    static ValidatableResponse close(String token, String id, String body) {
        return send(token, "POST", "/api/v1/referrals/{id}/support-closure", id, body);
    }

    @Test
    void supportRunsFromPlanToClosureAndTheClosureIsAnnouncedWithoutTheComment() {
        String id = VictimCareTestSupport.acceptedReferral();

        send(BEACON, "PUT", "/api/v1/referrals/{id}/support-plan/case-manager", id, "{\"caseManager\":\"beacon-worker\"}").statusCode(200)
                .body("caseManager", equalTo("beacon-worker"));
        startingWellbeing(BEACON, id, START).statusCode(200).body("startingWellbeing.rawScore", equalTo(18))
                .body("startingWellbeing.metricScore", equalTo(17.43f));
        String actionId = send(BEACON, "POST", "/api/v1/referrals/{id}/support-plan/actions", id, ACTION).statusCode(201)
                .body("actions", hasSize(1)).body("actions[0].status", equalTo("OPEN"))
                .body("actions[0].description", equalTo("call the housing officer")).extract().path("actions[0].id");
        given().auth().oauth2(BEACON).contentType(ContentType.JSON)
                .body(ACTION.replace("}", ",\"status\":\"DONE\"}")).put("/api/v1/referrals/{id}/support-plan/actions/{a}", id, actionId)
                .then().statusCode(200).body("actions[0].status", equalTo("DONE"));

        close(BEACON, id, CLOSE).statusCode(201).body("closed", equalTo(true)).body("closingWellbeing.metricScore", equalTo(19.98f))
                .body("wellbeingChange", equalTo(2.55f)).body("satisfaction.score", equalTo(4))
                .body("satisfaction.comment", equalTo("kind people"));

        String event = TestEvents.awaitRecord(Topics.REFERRALS, r -> id.equals(r.key()) && r.value().contains("support.closed.v1"), WITHIN)
                .value();
        JsonNode payload = EventJson.read(event).payload();
        assertThat(payload.get("wellbeingStart").decimalValue()).isEqualByComparingTo("17.43");
        assertThat(payload.get("wellbeingEnd").decimalValue()).isEqualByComparingTo("19.98");
        assertThat(payload.get("wellbeingChange").decimalValue()).isEqualByComparingTo("2.55");
        assertThat(payload.get("satisfaction").asInt()).isEqualTo(4);
        assertThat(payload.get("agency").asText()).isEqualTo("beacon");
        assertThat(event).doesNotContain("kind people");
    }

    @Test
    void theSameClosureSentAgainChangesNothingAndADifferentOneIsRefused() {
        String id = VictimCareTestSupport.acceptedReferral();
        startingWellbeing(BEACON, id, START).statusCode(200);
        close(BEACON, id, CLOSE).statusCode(201);

        close(BEACON, id, CLOSE).statusCode(200).body("satisfaction.score", equalTo(4));
        close(BEACON, id, CLOSE.replace("\"score\":4", "\"score\":5")).statusCode(409).contentType("application/problem+json");
        TestEvents.awaitRecord(Topics.REFERRALS, r -> id.equals(r.key()) && r.value().contains("support.closed.v1"), WITHIN);
        assertThat(TestEvents.readAll(Topics.REFERRALS, Duration.ofSeconds(1)))
                .filteredOn(r -> id.equals(r.key()) && r.value().contains("support.closed.v1")).hasSize(1);
    }

    @Test
    void supportIsOnlyForAnAcceptedReferral() {
        String id = VictimCareTestSupport.sentReferral();

        send(BEACON, "PUT", "/api/v1/referrals/{id}/support-plan/case-manager", id, "{\"caseManager\":\"beacon-worker\"}").statusCode(409)
                .contentType("application/problem+json");
        startingWellbeing(BEACON, id, START).statusCode(409);
        send(BEACON, "POST", "/api/v1/referrals/{id}/support-plan/actions", id, ACTION).statusCode(409);
        close(BEACON, id, CLOSE).statusCode(409);
        given().auth().oauth2(BEACON).get("/api/v1/referrals/{id}/support-plan", id).then().statusCode(404);
    }

    @Test
    void closingNeedsTheWellbeingAtTheStart() {
        String id = VictimCareTestSupport.acceptedReferral();

        close(BEACON, id, CLOSE).statusCode(409).contentType("application/problem+json");
    }

    @Test
    void aStaleETagIsRefusedSoNoColleaguesChangeIsOverwritten() {
        String id = VictimCareTestSupport.acceptedReferral();
        String etag = startingWellbeing(BEACON, id, START).statusCode(200).extract().header("ETag");
        String newer = given().auth().oauth2(BEACON).contentType(ContentType.JSON).header("If-Match", etag).body(ACTION)
                .post("/api/v1/referrals/{id}/support-plan/actions", id).then().statusCode(201).extract().header("ETag");
        assertThat(newer).isNotEqualTo(etag);

        given().auth().oauth2(BEACON).contentType(ContentType.JSON).header("If-Match", etag).body(ACTION)
                .post("/api/v1/referrals/{id}/support-plan/actions", id).then().statusCode(412);
        given().auth().oauth2(BEACON).contentType(ContentType.JSON).header("If-Match", etag).body("{\"caseManager\":\"someone\"}")
                .put("/api/v1/referrals/{id}/support-plan/case-manager", id).then().statusCode(412);
        given().auth().oauth2(BEACON).get("/api/v1/referrals/{id}/support-plan", id).then().statusCode(200)
                .header("ETag", equalTo(newer)).body("actions", hasSize(1));
    }

    @Test
    void badInputIsAProblemNamingTheFieldNeverA5xx() {
        String id = VictimCareTestSupport.acceptedReferral();

        startingWellbeing(BEACON, id, "{\"items\":[2,3,2,3,2,3]}").statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("items"));
        startingWellbeing(BEACON, id, "{\"items\":[2,3,2,6,2,3,3]}").statusCode(400).body("violations[0].field", equalTo("items[3]"));
        startingWellbeing(BEACON, id, "{\"items\":[2,3,2,0,2,3,3]}").statusCode(400).body("violations[0].field", equalTo("items[3]"));
        startingWellbeing(BEACON, id, "{\"items\":[2,3,2,\"x\",2,3,3]}").statusCode(400);
        startingWellbeing(BEACON, id, START).statusCode(200);
        close(BEACON, id, CLOSE.replace("[3,3,4,3,3,3,3]", "[3,3,4,3,3,3]")).statusCode(400)
                .body("violations[0].field", equalTo("wellbeing.items"));
        close(BEACON, id, CLOSE.replace("[3,3,4,3,3,3,3]", "[3,3,4,3,3,3,9]")).statusCode(400)
                .body("violations[0].field", equalTo("wellbeing.items[6]"));
        close(BEACON, id, CLOSE.replace("\"score\":4", "\"score\":6")).statusCode(400).body("violations[0].field", equalTo("satisfaction.score"));
        close(BEACON, id, "{\"wellbeing\":{\"items\":[3,3,4,3,3,3,3]}}").statusCode(400).body("violations[0].field", equalTo("satisfaction"));
        send(BEACON, "PUT", "/api/v1/referrals/{id}/support-plan/case-manager", id, "{\"caseManager\":\" \"}").statusCode(400)
                .body("violations[0].field", equalTo("caseManager"));
        send(BEACON, "PUT", "/api/v1/referrals/{id}/support-plan/case-manager", id, "{\"caseManager\":\"Robert'); drop table\"}").statusCode(400)
                .body("violations[0].field", equalTo("caseManager"));
        send(BEACON, "POST", "/api/v1/referrals/{id}/support-plan/actions", id, ACTION.replace("2026-12-04", "soon")).statusCode(400);
        send(BEACON, "POST", "/api/v1/referrals/{id}/support-plan/actions", id, "{\"owner\":\"victim\",\"dueOn\":\"2026-12-04\"}")
                .statusCode(400).body("violations[0].field", equalTo("description"));
        given().auth().oauth2(BEACON).contentType(ContentType.JSON).body(ACTION.replace("}", ",\"status\":\"MAYBE\"}"))
                .put("/api/v1/referrals/{id}/support-plan/actions/{a}", id, UUID.randomUUID()).then().statusCode(400);
        given().auth().oauth2(BEACON).contentType(ContentType.JSON).body(ACTION.replace("}", ",\"status\":\"DONE\"}"))
                .put("/api/v1/referrals/{id}/support-plan/actions/{a}", id, UUID.randomUUID()).then().statusCode(404);
        given().auth().oauth2(BEACON).contentType(ContentType.JSON).header("If-Match", "\"abc\"").body(START)
                .put("/api/v1/referrals/{id}/support-plan/starting-wellbeing", id).then().statusCode(412);
    }

    @Test
    void anotherServiceSeesNothingOfTheSupportAndCannotChangeIt() {
        String id = VictimCareTestSupport.acceptedReferral();
        startingWellbeing(BEACON, id, START).statusCode(200);
        String actionId = send(BEACON, "POST", "/api/v1/referrals/{id}/support-plan/actions", id, ACTION).statusCode(201)
                .extract().path("actions[0].id");

        List<ValidatableResponse> galop = List.of(
                given().auth().oauth2(GALOP).get("/api/v1/referrals/{id}/support-plan", id).then(),
                send(GALOP, "PUT", "/api/v1/referrals/{id}/support-plan/case-manager", id, "{\"caseManager\":\"galop-worker\"}"),
                startingWellbeing(GALOP, id, START),
                send(GALOP, "POST", "/api/v1/referrals/{id}/support-plan/actions", id, ACTION),
                given().auth().oauth2(GALOP).contentType(ContentType.JSON).body(ACTION.replace("}", ",\"status\":\"DONE\"}"))
                        .put("/api/v1/referrals/{id}/support-plan/actions/{a}", id, actionId).then(),
                close(GALOP, id, CLOSE));
        galop.forEach(answer -> answer.statusCode(404).contentType("application/problem+json"));

        given().auth().oauth2(CENTRE).get("/api/v1/referrals/{id}/support-plan", id).then().statusCode(403);
        close(CENTRE, id, CLOSE).statusCode(403);
        startingWellbeing(CENTRE, id, START).statusCode(403);
        given().get("/api/v1/referrals/{id}/support-plan", id).then().statusCode(401);
        given().contentType(ContentType.JSON).body(CLOSE).post("/api/v1/referrals/{id}/support-closure", id).then().statusCode(401);
        given().auth().oauth2(BEACON).get("/api/v1/referrals/{id}/support-plan", id).then().statusCode(200)
                .body("actions[0].status", equalTo("OPEN")).body("caseManager", equalTo(null));
    }
}
