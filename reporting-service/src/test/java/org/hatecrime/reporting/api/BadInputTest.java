package org.hatecrime.reporting.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bad input gets a problem naming the field, and nothing is stored or published. */
@QuarkusTest
class BadInputTest {

    private static final String TOKEN = ReportSubmissionTest.STEVENAGE;

    @Inject
    AgroalDataSource dataSource;

    private long reportsBefore;
    private long eventsBefore;

    @BeforeEach
    void count() throws Exception {
        reportsBefore = count("report");
        eventsBefore = count("outbox_event");
    }

    @AfterEach
    void nothingWasStoredOrPublished() throws Exception {
        assertThat(count("report")).as("reports stored").isEqualTo(reportsBefore);
        assertThat(count("outbox_event")).as("events queued").isEqualTo(eventsBefore);
    }

    private static String body(String strands, String occurredAt, String district) {
        return """
                {"strands":%s,"description":"x","occurredAt":"%s","district":"%s",
                 "consents":{"shareWithPolice":false,"referToSupport":false,"statistics":true}}"""
                .formatted(strands, occurredAt, district);
    }

    private static io.restassured.response.ValidatableResponse post(String contentType, String body) {
        return given().auth().oauth2(TOKEN).contentType(contentType).body(body)
                .when().post("/api/v1/reports")
                .then().contentType("application/problem+json");
    }

    @Test
    void malformedJsonIsRefused() {
        post("application/json", "{\"strands\": [\"RACE\"")
                .statusCode(400)
                .body("type", equalTo("https://hatecrime.example/problems/malformed-json"));
    }

    @Test
    void anUnknownStrandIsNamed() {
        post("application/json", body("[\"ASTROLOGY\"]", "2026-11-20T18:30:00Z", "STEVENAGE"))
                .statusCode(400)
                .body("violations.field", hasItem("strands[0]"))
                .body("detail", containsString("RACE"));
    }

    @Test
    void aMissingFieldIsNamed() {
        post("application/json", """
                {"strands":["RACE"],"occurredAt":"2026-11-20T18:30:00Z","district":"STEVENAGE",
                 "consents":{"shareWithPolice":false,"referToSupport":false,"statistics":true}}""")
                .statusCode(400)
                .body("violations.field", hasItem("description"));
    }

    @Test
    void aMissingConsentIsNamed() {
        post("application/json", """
                {"strands":["RACE"],"description":"x","occurredAt":"2026-11-20T18:30:00Z","district":"STEVENAGE",
                 "consents":{"shareWithPolice":false,"statistics":true}}""")
                .statusCode(400)
                .body("violations.field", hasItem("consents.referToSupport"));
    }

    @Test
    void noStrandsAtAllIsRefused() {
        post("application/json", body("[]", "2026-11-20T18:30:00Z", "STEVENAGE"))
                .statusCode(400)
                .body("violations.field", hasItem("strands"));
    }

    @Test
    void aFutureDateIsRefused() {
        String tomorrow = OffsetDateTime.now(ZoneOffset.UTC).plusDays(1).toString();
        post("application/json", body("[\"RACE\"]", tomorrow, "STEVENAGE"))
                .statusCode(400)
                .body("violations.field", hasItem("occurredAt"));
    }

    @Test
    void aDateThatIsNotADateIsNamed() {
        post("application/json", body("[\"RACE\"]", "last tuesday", "STEVENAGE"))
                .statusCode(400)
                .body("violations.field", hasItem("occurredAt"));
    }

    @Test
    void aDistrictOutsideTheConfiguredListIsRefused() {
        post("application/json", body("[\"RACE\"]", "2026-11-20T18:30:00Z", "MANCHESTER"))
                .statusCode(400)
                .body("violations.field", hasItem("district"));
    }

    @Test
    void aMisspeltFieldIsNamedRatherThanDropped() {
        post("application/json", """
                {"strands":["RACE"],"descripton":"x","description":"x","occurredAt":"2026-11-20T18:30:00Z","district":"STEVENAGE",
                 "consents":{"shareWithPolice":false,"referToSupport":false,"statistics":true}}""")
                .statusCode(400)
                .body("violations.field", hasItem("descripton"));
    }

    @Test
    void anOversizedDescriptionIsNamed() {
        String huge = "a".repeat(10_001);
        post("application/json", """
                {"strands":["RACE"],"description":"%s","occurredAt":"2026-11-20T18:30:00Z","district":"STEVENAGE",
                 "consents":{"shareWithPolice":false,"referToSupport":false,"statistics":true}}""".formatted(huge))
                .statusCode(400)
                .body("violations.field", hasItem("description"));
    }

    private static String withExtra(String extra) {
        return """
                {"strands":["RACE"],"description":"x","occurredAt":"2026-11-20T18:30:00Z","district":"STEVENAGE",%s
                 "consents":{"shareWithPolice":false,"referToSupport":false,"statistics":true}}""".formatted(extra);
    }

    @Test
    void coordinatesOutsideTheAreaAreRefused() {
        post("application/json", withExtra("\"location\":{\"latitude\":53.48,\"longitude\":-2.24},"))
                .statusCode(400).body("violations.field", hasItem("location"));
    }

    @Test
    void coordinatesThatAreNotOnEarthAreNamed() {
        post("application/json", withExtra("\"location\":{\"latitude\":123.0,\"longitude\":0.0},"))
                .statusCode(400).body("violations.field", hasItem("location.latitude"));
    }

    @Test
    void anEndBeforeTheStartIsRefused() {
        post("application/json", withExtra("\"occurredUntil\":\"2026-11-19T18:30:00Z\","))
                .statusCode(400).body("violations.field", hasItem("occurredUntil"));
    }

    @Test
    void anotherStrandNeedsWords() {
        post("application/json", body("[\"OTHER\"]", "2026-11-20T18:30:00Z", "STEVENAGE"))
                .statusCode(400).body("violations.field", hasItem("otherStrand"));
    }

    @Test
    void anUnknownIncidentTypeIsNamed() {
        post("application/json", withExtra("\"incidentTypes\":[\"VERBAL_ABUSE\",\"TELEPATHY\"],"))
                .statusCode(400).body("violations.field", hasItem("incidentTypes[1]"));
    }

    @Test
    void aBadEmailAndPostcodeAreBothNamed() {
        post("application/json", withExtra("\"contact\":{\"email\":\"not-an-email\",\"postcode\":\"12345\"},"))
                .statusCode(400).body("violations.field", hasItem("contact.email")).body("violations.field", hasItem("contact.postcode"));
    }

    @Test
    void tooManyLinksAreRefused() {
        String links = String.join(",", java.util.Collections.nCopies(21, "\"https://x.example\""));
        post("application/json", withExtra("\"online\":{\"links\":[" + links + "]},"))
                .statusCode(400).body("violations.field", hasItem("online.links"));
    }

    @Test
    void aBodyThatIsNotJsonIsUnsupported() {
        given().auth().oauth2(TOKEN).contentType(ContentType.TEXT).body("strands=RACE")
                .when().post("/api/v1/reports")
                .then().statusCode(415)
                .contentType("application/problem+json");
    }

    @Test
    void anIdThatIsNotAnIdIsNotFound() {
        given().auth().oauth2(TOKEN).when().get("/api/v1/reports/not-a-uuid")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    private long count(String table) throws Exception {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("select count(*) from " + table)) {
            result.next();
            return result.getLong(1);
        }
    }
}
