package org.hatecrime.reporting.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;

/** Anyone may report without an account, and follow up with the reference and the code shown once. */
@QuarkusTest
class PublicReportingTest {

    static final String REPORT = """
            {"strands":["SEXUAL_ORIENTATION"],"description":"Abuse shouted from a car","occurredAt":"2026-11-18T22:00:00Z",
             "district":"ST_ALBANS","anonymous":true,"consents":{"shareWithPolice":false,"referToSupport":false,"statistics":true}}""";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    AuditRows audit;

    static JsonPath submit() {
        return given().contentType(ContentType.JSON).body(REPORT).when().post("/api/v1/public/reports")
                .then().statusCode(201)
                .body("reference", matchesPattern("HC-[0-9A-Z]{4}-[0-9A-Z]{4}"))
                .body("followUpCode", matchesPattern("[0-9A-Z]{12}"))
                .extract().jsonPath();
    }

    static io.restassured.response.ValidatableResponse statusCheck(String reference, String code) {
        return given().contentType(ContentType.JSON).body("{\"code\":\"" + code + "\"}")
                .when().post("/api/v1/public/reports/{ref}/status-check", reference).then();
    }

    @Test
    void theReporterGetsAReferenceAndCodeAndCanCheckTheStatusInPlainWords() {
        JsonPath receipt = submit();

        statusCheck(receipt.getString("reference"), receipt.getString("followUpCode"))
                .statusCode(200)
                .body("status", containsString("received your report"));
    }

    @Test
    void theCodeIsStoredOnlyAsAHash() throws Exception {
        JsonPath receipt = submit();
        String code = receipt.getString("followUpCode");

        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select follow_up_code_hash, channel, agency from report where reference = ?")) {
            select.setString(1, receipt.getString("reference"));
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString(1)).doesNotContain(code).hasSize(64);
                assertThat(row.getString(2)).isEqualTo("PUBLIC_ONLINE");
                assertThat(row.getString(3)).isEqualTo("stevenage-centre");
            }
        }
    }

    @Test
    void whatTheReporterAddsLaterReachesTheTriagingCentreAndTheReporterIsToldItArrived() throws Exception {
        JsonPath receipt = submit();
        String reference = receipt.getString("reference");
        String code = receipt.getString("followUpCode");

        given().contentType(ContentType.JSON).body("{\"code\":\"" + code + "\",\"information\":\"The car was a red hatchback\"}")
                .when().post("/api/v1/public/reports/{ref}/follow-ups", reference)
                .then().statusCode(201).body("followUpsReceived", equalTo(1));
        statusCheck(reference, code).statusCode(200).body("followUpsReceived", equalTo(1)).body("lastFollowUpAt", notNullValue());

        String id = idOf(reference);
        given().auth().oauth2(ReportSubmissionTestSupport.STEVENAGE).get("/api/v1/reports/{id}/follow-ups", id)
                .then().statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].information", equalTo("The car was a red hatchback"));
        assertThat(audit.about(id)).anySatisfy(row -> {
            assertThat(row.actor()).isEqualTo("centre-stevenage");
            assertThat(row.purpose()).contains("follow-up");
        });
        // nobody else reads them: another centre, nor the police
        given().auth().oauth2(ReportSubmissionTestSupport.WATFORD).get("/api/v1/reports/{id}/follow-ups", id).then().statusCode(404);
        given().auth().oauth2(ReportSubmissionTestSupport.POLICE).get("/api/v1/reports/{id}/follow-ups", id).then().statusCode(404);
    }

    @Test
    void aPublicReporterCannotClaimConsentWasGivenInWritingOrInPerson() throws Exception {
        String reference = given().contentType(ContentType.JSON)
                .body(REPORT.replace("\"statistics\":true}", "\"statistics\":true,\"method\":\"WRITTEN\"}"))
                .when().post("/api/v1/public/reports").then().statusCode(201).extract().path("reference");

        given().auth().oauth2(ReportSubmissionTestSupport.STEVENAGE).get("/api/v1/reports/{id}", idOf(reference))
                .then().statusCode(200)
                .body("consentHistory.method", everyItem(equalTo("ONLINE")))
                .body("consentHistory.size()", equalTo(3));
    }

    private String idOf(String reference) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select id from report where reference = ?")) {
            select.setString(1, reference);
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getString(1);
            }
        }
    }

    @Test
    void aWrongCodeAndAnUnknownReferenceGetTheSameAnswer() {
        JsonPath receipt = submit();

        String wrongCode = statusCheck(receipt.getString("reference"), "AAAAAAAAAAAA").statusCode(404).extract().path("detail");
        String unknownReference = statusCheck("HC-0000-0000", "AAAAAAAAAAAA").statusCode(404).extract().path("detail");

        assertThat(wrongCode).isEqualTo(unknownReference);
    }

    @Test
    void repeatedWrongCodesLockTheReferenceEvenForTheRightCode() {
        JsonPath receipt = submit();
        String reference = receipt.getString("reference");
        for (int i = 0; i < 5; i++) {
            statusCheck(reference, "WRONGWRONG" + i).statusCode(404);
        }

        statusCheck(reference, receipt.getString("followUpCode")).statusCode(429).contentType("application/problem+json");
    }

    @Test
    void guessingAtAReferenceThatDoesNotExistIsLockedTheSameWay() {
        String reference = "HC-ZZZZ-" + receiptSuffix();
        for (int i = 0; i < 5; i++) {
            statusCheck(reference, "WRONGWRONG" + i).statusCode(404);
        }

        statusCheck(reference, "WRONGWRONGX").statusCode(429);
    }

    @Test
    void aPublicReportIsTriagedByTheCentreForItsDistrict() throws Exception {
        String reference = given().contentType(ContentType.JSON).body(REPORT.replace("ST_ALBANS", "WATFORD"))
                .when().post("/api/v1/public/reports").then().statusCode(201).extract().path("reference");

        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select agency from report where reference = ?")) {
            select.setString(1, reference);
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString(1)).isEqualTo("watford-centre");
            }
        }
    }

    @Test
    void aMalformedReferenceIsNamed() {
        statusCheck("not-a-reference", "AAAAAAAAAAAA").statusCode(400).body("violations[0].field", equalTo("reference"));
    }

    @Test
    void anAnonymousReportTakesNoContactDetails() {
        given().contentType(ContentType.JSON)
                .body(REPORT.replace("\"anonymous\":true", "\"anonymous\":true,\"contact\":{\"name\":\"Jo\"}"))
                .when().post("/api/v1/public/reports")
                .then().statusCode(400).body("violations[0].field", equalTo("contact"));
    }

    private static String receiptSuffix() {
        String alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
        StringBuilder suffix = new StringBuilder();
        java.util.Random random = new java.util.Random();
        for (int i = 0; i < 4; i++) {
            suffix.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return suffix.toString();
    }
}
