package org.hatecrime.cases.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hatecrime.cases.api.CaseTestSupport.BEACON;
import static org.hatecrime.cases.api.CaseTestSupport.HERTS;
import static org.hatecrime.cases.api.CaseTestSupport.RECORD;
import static org.hatecrime.cases.api.CaseTestSupport.moved;
import static org.hatecrime.cases.api.CaseTestSupport.openCase;
import static org.hatecrime.cases.api.CaseTestSupport.reportOf;
import static org.hatecrime.cases.api.CaseTestSupport.to;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hatecrime.testkit.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Intake's subject access export asks case progression for everything it holds about a person: the
 * cases of their reports or keyed by their victim keys, with moves, victim updates and links to their
 * own other cases; never the suspect's reference or links through the suspect; nobody else's cases;
 * only for intake's own client; audited per case for its force.
 */
@QuarkusTest
class SubjectAccessTest {

    static final String INTAKE = TestTokens.system("reporting-service", "internal-service", "herts-csp");

    @Inject
    AgroalDataSource dataSource;

    private static String victimKey() {
        return (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "");
    }

    static ValidatableResponse ask(String token, List<UUID> reportIds, List<String> victimKeys) {
        String reports = String.join(",", reportIds.stream().map(id -> "\"" + id + "\"").toList());
        String keys = String.join(",", victimKeys.stream().map(key -> "\"" + key + "\"").toList());
        return given().auth().oauth2(token).contentType(ContentType.JSON).body("""
                {"requestId":"%s","requestedBy":"admin-herts","reportIds":[%s],"victimKeys":[%s]}"""
                .formatted(UUID.randomUUID(), reports, keys))
                .post("/api/v1/internal/subject-access").then();
    }

    @Test
    void intakeGetsThePersonsCasesWithoutTheSuspectAndNobodyElses() throws SQLException {
        String key = victimKey();
        UUID earlier = openCase("herts-police", HERTS, key);
        UUID caseId = openCase("herts-police", HERTS, key);
        String suspect = "S-41-" + UUID.randomUUID();
        moved(HERTS, caseId, RECORD);
        moved(HERTS, caseId, to("INVESTIGATING"));
        moved(HERTS, caseId, "{\"stage\": \"SUSPECT_IDENTIFIED\", \"suspectReference\": \"" + suspect + "\"}");
        UUID someoneElse = openCase("herts-police", HERTS, victimKey());
        moved(HERTS, someoneElse, "{\"stage\": \"RECORDED\", \"crimeReference\": \"41/99999/26\", \"recordedAs\": \"CRIME\", "
                + "\"recordingReason\": \"PUBLIC_ORDER_OFFENCE\"}");
        moved(HERTS, someoneElse, to("INVESTIGATING"));
        moved(HERTS, someoneElse, "{\"stage\": \"SUSPECT_IDENTIFIED\", \"suspectReference\": \"" + suspect + "\"}");

        String held = ask(INTAKE, List.of(reportOf(caseId)), List.of(key)).statusCode(200)
                .body("service", equalTo("case-service"))
                .body("cases.id", containsInAnyOrder(earlier.toString(), caseId.toString()))
                .body("cases.find { it.id == '" + caseId + "' }.crimeReference", equalTo("41/12345/26"))
                .body("cases.find { it.id == '" + caseId + "' }.moves.toStage", contains("OPENED", "RECORDED", "INVESTIGATING",
                        "SUSPECT_IDENTIFIED"))
                .body("cases.find { it.id == '" + caseId + "' }.linkedCasesOfTheSameVictim.linkedCaseId", contains(earlier.toString()))
                .body("receivedReports.reportId", containsInAnyOrder(reportOf(caseId).toString(), reportOf(earlier).toString()))
                .extract().asString();
        assertThat(held).as("the suspect is another person").doesNotContain(suspect).doesNotContain(someoneElse.toString())
                .as("no victim key").doesNotContain(key);
        assertThat(audits(caseId)).singleElement().asString().startsWith("client:reporting-service herts-police ").contains("admin-herts");
        assertThat(audits(someoneElse)).isEmpty();

        ask(INTAKE, List.of(reportOf(earlier)), List.of()).statusCode(200).body("cases", hasSize(1))
                .body("cases[0].id", equalTo(earlier.toString()));
        ask(INTAKE, List.of(UUID.randomUUID()), List.of(victimKey())).statusCode(200).body("cases", hasSize(0))
                .body("receivedReports", hasSize(0));
    }

    @Test
    void onlyIntakesOwnClientMayAsk() {
        UUID report = UUID.randomUUID();
        ask(TestTokens.system("victim-care-service", "internal-service", "beacon"), List.of(report), List.of()).statusCode(403)
                .contentType("application/problem+json");
        ask(TestTokens.user("admin-herts", "admin", "herts-csp"), List.of(report), List.of()).statusCode(403);
        ask(HERTS, List.of(report), List.of()).statusCode(403);
        ask(BEACON, List.of(report), List.of()).statusCode(403);
        given().contentType(ContentType.JSON).body("{}").post("/api/v1/internal/subject-access").then().statusCode(401);
        ask(INTAKE, List.of(report), List.of("' or 1=1 --")).statusCode(400).contentType("application/problem+json");
    }

    private List<String> audits(UUID caseId) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(
                "select actor || ' ' || agency || ' ' || purpose from audit_log where action = 'case.subject-access' and object_id = ?")) {
            statement.setString(1, caseId.toString());
            List<String> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(result.getString(1));
                }
            }
            return rows;
        }
    }
}
