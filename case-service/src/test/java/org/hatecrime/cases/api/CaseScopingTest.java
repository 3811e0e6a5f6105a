package org.hatecrime.cases.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hatecrime.cases.api.CaseTestSupport.BEACON;
import static org.hatecrime.cases.api.CaseTestSupport.BEDS;
import static org.hatecrime.cases.api.CaseTestSupport.CENTRE;
import static org.hatecrime.cases.api.CaseTestSupport.CPS;
import static org.hatecrime.cases.api.CaseTestSupport.CPS_ELSEWHERE;
import static org.hatecrime.cases.api.CaseTestSupport.HERTS;
import static org.hatecrime.cases.api.CaseTestSupport.RECORD;
import static org.hatecrime.cases.api.CaseTestSupport.filedWithCps;
import static org.hatecrime.cases.api.CaseTestSupport.openCase;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * Another force, a CPS area that does not prosecute for the force, or the CPS before the file
 * reaches it: each is told the case does not exist, on every endpoint that takes a case id, and
 * changes nothing.
 */
@QuarkusTest
class CaseScopingTest {

    /** Every endpoint that takes a case id, as a caller would use it. */
    private static final List<BiFunction<String, UUID, Response>> EVERY_ID_ENDPOINT = List.of(
            (token, id) -> given().auth().oauth2(token).get("/api/v1/cases/{id}", id),
            (token, id) -> given().auth().oauth2(token).get("/api/v1/cases/{id}/victim-updates", id),
            (token, id) -> given().auth().oauth2(token).contentType(ContentType.JSON).body(RECORD)
                    .post("/api/v1/cases/{id}/stage-changes", id),
            (token, id) -> given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"evidence\": [\"HOSTILE_WORDS\"]}")
                    .put("/api/v1/cases/{id}/hostility-evidence", id),
            (token, id) -> given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"officerId\": \"PC-1\"}")
                    .put("/api/v1/cases/{id}/officer", id),
            (token, id) -> given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body("{\"flagged\": false, \"reasonCode\": \"NO_HOSTILITY\"}").put("/api/v1/cases/{id}/hate-crime-flag", id),
            (token, id) -> given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body("{\"method\": \"PHONE\", \"toldAt\": \"2026-11-01T10:00:00Z\"}")
                    .post("/api/v1/cases/{id}/victim-updates/{u}/told", id, UUID.randomUUID()),
            (token, id) -> given().auth().oauth2(token).post("/api/v1/cases/{id}/review-requests", id),
            (token, id) -> given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"outcome\": \"DECISION_UPHELD\"}")
                    .put("/api/v1/cases/{id}/review-outcome", id));

    /** Indexes in {@link #EVERY_ID_ENDPOINT} of the endpoints only the police may call (hostility evidence, officer). */
    private static final List<Integer> POLICE_ONLY = List.of(3, 4);

    private static void everyEndpointAnswers(String token, UUID caseId, int status) {
        for (int i = 0; i < EVERY_ID_ENDPOINT.size(); i++) {
            Response response = EVERY_ID_ENDPOINT.get(i).apply(token, caseId);
            // the CPS's role does not reach a police-only endpoint at all: 403 before any case is looked up
            int expected = (token.equals(CPS) || token.equals(CPS_ELSEWHERE)) && POLICE_ONLY.contains(i) ? 403 : status;
            assertThat(response.statusCode()).as("endpoint %d", i).isEqualTo(expected);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void theCpsIsRefusedPoliceOnlyEndpointsWhetherOrNotTheCaseExists() {
        UUID filed = filedWithCps();
        for (UUID id : List.of(filed, UUID.randomUUID())) {
            given().auth().oauth2(CPS).contentType(ContentType.JSON).body("{\"evidence\": [\"HOSTILE_WORDS\"]}")
                    .put("/api/v1/cases/{id}/hostility-evidence", id).then().statusCode(403);
            given().auth().oauth2(CPS).contentType(ContentType.JSON).body("{\"officerId\": \"PC-1\"}")
                    .put("/api/v1/cases/{id}/officer", id).then().statusCode(403);
        }
    }

    @Test
    void anotherForceIsToldTheCaseDoesNotExist() {
        UUID caseId = openCase("herts-police", HERTS, null);
        everyEndpointAnswers(BEDS, caseId, 404);
        given().auth().oauth2(HERTS).get("/api/v1/cases/{id}", caseId).then().statusCode(200)
                .body("stage", org.hamcrest.Matchers.equalTo("OPENED"));
        List<String> bedsSees = given().auth().oauth2(BEDS).queryParam("size", 100).get("/api/v1/cases").then().statusCode(200)
                .extract().path("id");
        assertThat(bedsSees).doesNotContain(caseId.toString());
    }

    @Test
    void theCpsSeesNothingBeforeTheFileReachesIt() {
        UUID caseId = openCase("herts-police", HERTS, null);
        everyEndpointAnswers(CPS, caseId, 404);
        List<String> cpsSees = given().auth().oauth2(CPS).queryParam("size", 100).get("/api/v1/cases").then().statusCode(200)
                .extract().path("id");
        assertThat(cpsSees).doesNotContain(caseId.toString());
    }

    @Test
    void aCpsAreaThatDoesNotProsecuteForTheForceIsToldTheCaseDoesNotExist() {
        UUID caseId = filedWithCps();
        everyEndpointAnswers(CPS_ELSEWHERE, caseId, 404);
        given().auth().oauth2(CPS).get("/api/v1/cases/{id}", caseId).then().statusCode(200);
        List<String> cpsSees = given().auth().oauth2(CPS).queryParam("size", 100).queryParam("stage", "FILED_WITH_CPS")
                .get("/api/v1/cases").then().statusCode(200).extract().path("id");
        assertThat(cpsSees).contains(caseId.toString());
    }

    @Test
    void anUnknownCaseIsNotFound() {
        everyEndpointAnswers(HERTS, UUID.randomUUID(), 404);
    }

    @Test
    void aReportingCentreHasNoCaseApiAndAVictimServiceOnlyTheTimeline() {
        UUID caseId = openCase("herts-police", HERTS, null);
        given().auth().oauth2(CENTRE).get("/api/v1/cases").then().statusCode(403);
        given().auth().oauth2(CENTRE).get("/api/v1/cases/{id}", caseId).then().statusCode(403);
        given().auth().oauth2(CENTRE).get("/api/v1/cases/{id}/victim-updates", caseId).then().statusCode(403);
        given().auth().oauth2(BEACON).get("/api/v1/cases/{id}", caseId).then().statusCode(403);
        given().auth().oauth2(BEACON).contentType(ContentType.JSON).body(RECORD).post("/api/v1/cases/{id}/stage-changes", caseId)
                .then().statusCode(403);
    }

    @Test
    void withoutATokenItIsUnauthorised() {
        given().get("/api/v1/cases").then().statusCode(401);
        given().get("/api/v1/cases/{id}", UUID.randomUUID()).then().statusCode(401);
        given().contentType(ContentType.JSON).body(RECORD).post("/api/v1/cases/{id}/stage-changes", UUID.randomUUID()).then().statusCode(401);
    }
}
