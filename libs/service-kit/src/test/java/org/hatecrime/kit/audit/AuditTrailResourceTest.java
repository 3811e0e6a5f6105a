package org.hatecrime.kit.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.hatecrime.testkit.PlatformTestResource;
import org.hatecrime.testkit.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Administrators read their own agency's audit trail, and every read of it is itself in the trail. */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class AuditTrailResourceTest {

    private static final String STEVENAGE_ADMIN = TestTokens.user("admin-stevenage", "admin", "stevenage-centre");
    private static final String WATFORD_ADMIN = TestTokens.user("admin-watford", "admin", "watford-centre");

    @Inject
    AuditLog log;

    private String record;

    @BeforeEach
    void aReportReadAtStevenage() {
        record = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> log.record("j.smith", "stevenage-centre",
                new AuditEntry("report.read", "report", record, "follow-up by reporting centre")));
    }

    @Test
    void anAdministratorFindsWhoReadARecordOfTheirAgency() {
        given().auth().oauth2(STEVENAGE_ADMIN).queryParam("objectId", record)
                .when().get("/api/v1/audit")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("entries[0].actor", equalTo("j.smith"))
                .body("entries[0].action", equalTo("report.read"))
                .body("entries[0].objectType", equalTo("report"))
                .body("entries[0].agency", equalTo("stevenage-centre"));
    }

    @Test
    void readingTheAuditTrailIsItselfAudited() {
        given().auth().oauth2(STEVENAGE_ADMIN).queryParam("actor", "j.smith").get("/api/v1/audit").then().statusCode(200);

        given().auth().oauth2(STEVENAGE_ADMIN).queryParam("actor", "admin-stevenage").queryParam("objectType", "audit_log")
                .when().get("/api/v1/audit")
                .then().statusCode(200)
                .body("entries.action", hasItem("audit.read"))
                .body("entries.purpose", hasItem(org.hamcrest.Matchers.containsString("actor=j.smith")));
    }

    @Test
    void anotherAgencysAdministratorDoesNotSeeTheEntries() {
        given().auth().oauth2(WATFORD_ADMIN).queryParam("objectId", record)
                .when().get("/api/v1/audit")
                .then().statusCode(200)
                .body("total", equalTo(0));
        given().auth().oauth2(WATFORD_ADMIN)
                .when().get("/api/v1/audit")
                .then().statusCode(200)
                .body("entries.agency", everyItem(equalTo("watford-centre")))
                .body("entries.objectId", not(hasItem(record)));
    }

    @Test
    void askingForAnotherAgencysEntriesIsRefusedNamingTheField() {
        given().auth().oauth2(WATFORD_ADMIN).queryParam("agency", "stevenage-centre")
                .when().get("/api/v1/audit")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("agency"));
    }

    @Test
    void badFiltersAreRefusedNamingTheField() {
        expectInvalid("from", "from", "yesterday");
        expectInvalid("to", "to", "2026-11-01T00:00:00");
        expectInvalid("size", "size", "101");
        expectInvalid("size", "size", "0");
        expectInvalid("page", "page", "-1");
        expectInvalid("actor", "actor", "x".repeat(201));
        given().auth().oauth2(STEVENAGE_ADMIN).queryParam("from", "2026-11-02T00:00:00Z").queryParam("to", "2026-11-01T00:00:00Z")
                .when().get("/api/v1/audit")
                .then().statusCode(400).body("violations[0].field", equalTo("from"));
    }

    @Test
    void aPeriodAndPagingNarrowTheEntries() {
        given().auth().oauth2(STEVENAGE_ADMIN).queryParam("from", "2000-01-01T00:00:00Z").queryParam("to", "2000-12-31T23:59:59Z")
                .when().get("/api/v1/audit")
                .then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(STEVENAGE_ADMIN).queryParam("size", "1").queryParam("page", "0")
                .when().get("/api/v1/audit")
                .then().statusCode(200).body("entries.size()", equalTo(1)).body("size", equalTo(1));
    }

    @Test
    void onlyAdministratorsWithAnAgencyMayRead() {
        given().when().get("/api/v1/audit").then().statusCode(401);
        given().auth().oauth2(TestTokens.user("j.smith", "reporting-centre", "stevenage-centre"))
                .when().get("/api/v1/audit").then().statusCode(403);
        given().auth().oauth2(TestTokens.withoutAgency("admin-nowhere", "admin"))
                .when().get("/api/v1/audit").then().statusCode(403).contentType("application/problem+json");
    }

    private static void expectInvalid(String field, String parameter, String value) {
        given().auth().oauth2(STEVENAGE_ADMIN).queryParam(parameter, value)
                .when().get("/api/v1/audit")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo(field));
    }
}
