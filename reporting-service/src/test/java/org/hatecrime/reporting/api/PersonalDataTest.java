package org.hatecrime.reporting.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hatecrime.events.Topics;
import org.hatecrime.testkit.TestEvents;
import org.junit.jupiter.api.Test;

/**
 * Personal data never leaves the service: unique markers planted in every personal field appear in
 * no event, no log line and no column other than the sealed ones, even after the whole lifecycle.
 */
@QuarkusTest
class PersonalDataTest {

    private static final Path LOG = Path.of("target", "reporting-service-test.log");

    @Inject
    AgroalDataSource dataSource;

    @Test
    void markersInPersonalFieldsAppearNowhereButTheSealedColumns() throws Exception {
        String m = "mk" + UUID.randomUUID().toString().replace("-", "");
        String body = """
                {"strands":["RACE","OTHER"],"otherStrand":"other-%1$s","description":"description-%1$s",
                 "occurredAt":"2026-11-19T08:10:00Z","district":"STEVENAGE","harm":"harm-%1$s",
                 "location":{"description":"location-%1$s","latitude":51.9,"longitude":-0.2},
                 "suspects":{"count":1,"description":"suspect-%1$s","name":"name-%1$s","knownToVictim":true,"relationshipToVictim":"rel-%1$s"},
                 "witnesses":{"count":1,"contactDetails":"witness-%1$s"},
                 "online":{"platform":"platform-%1$s","links":["https://x.example/%1$s"],"handles":["@h%1$s"]},
                 "contact":{"name":"victim-%1$s","email":"%1$s@example.org","phone":"07700 900555","address":"address-%1$s"},
                 "safeContact":{"safeToCall":false,"safeTimes":"times-%1$s","notes":"notes-%1$s"},
                 "consents":{"shareWithPolice":true,"referToSupport":true,"statistics":true}}""".formatted(m);
        String id = given().auth().oauth2(ReportSubmissionTestSupport.STEVENAGE).contentType(ContentType.JSON).body(body)
                .post("/api/v1/reports").then().statusCode(201).extract().path("id");
        String centre = ReportSubmissionTestSupport.STEVENAGE;
        given().auth().oauth2(centre).contentType(ContentType.JSON).body("{}").post("/api/v1/reports/{id}/triage", id).then().statusCode(200);
        given().auth().oauth2(centre).contentType(ContentType.JSON).body("{}").post("/api/v1/reports/{id}/police-share", id).then().statusCode(200);
        given().auth().oauth2(centre).contentType(ContentType.JSON).body("{}").post("/api/v1/reports/{id}/referral-request", id).then().statusCode(200);
        given().auth().oauth2(centre).get("/api/v1/reports/{id}", id).then().statusCode(200);

        TestEvents.awaitRecord(Topics.REPORTS, r -> id.equals(r.key()) && r.value().contains("report.referral-requested.v1"), Duration.ofSeconds(20));
        assertThat(TestEvents.readAll(Topics.REPORTS, Duration.ofSeconds(1))).filteredOn(r -> id.equals(r.key()))
                .hasSize(4)
                .allSatisfy(r -> assertThat(r.value()).doesNotContain(m).doesNotContain("07700"));
        assertThat(Files.readString(LOG, StandardCharsets.UTF_8)).doesNotContain(m);
        assertThat(plainColumnsContaining(m)).isEmpty();
        assertThat(sealedColumnsContainingInPlain(m)).isEmpty();
    }

    /** Every text-like column of every table, searched for the marker. */
    private List<String> plainColumnsContaining(String marker) throws Exception {
        List<String> hits = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            for (String[] column : columns(connection, "('text','character varying','jsonb','ARRAY')")) {
                try (PreparedStatement search = connection.prepareStatement(
                        "select count(*) from " + column[0] + " where cast(" + column[1] + " as text) like ?")) {
                    search.setString(1, "%" + marker + "%");
                    try (ResultSet result = search.executeQuery()) {
                        result.next();
                        if (result.getLong(1) > 0) {
                            hits.add(column[0] + "." + column[1]);
                        }
                    }
                }
            }
        }
        return hits;
    }

    /** The binary columns hold the data only encrypted: the marker's bytes must not be in them. */
    private List<String> sealedColumnsContainingInPlain(String marker) throws Exception {
        List<String> hits = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            List<String[]> binary = columns(connection, "('bytea')");
            assertThat(binary).extracting(c -> c[0] + "." + c[1]).contains("report.sealed_details");
            for (String[] column : binary) {
                try (PreparedStatement search = connection.prepareStatement(
                        "select count(*) from " + column[0] + " where position(convert_to(?, 'UTF8') in " + column[1] + ") > 0")) {
                    search.setString(1, marker);
                    try (ResultSet result = search.executeQuery()) {
                        result.next();
                        if (result.getLong(1) > 0) {
                            hits.add(column[0] + "." + column[1]);
                        }
                    }
                }
            }
        }
        return hits;
    }

    private static List<String[]> columns(Connection connection, String types) throws Exception {
        List<String[]> columns = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("""
                        select c.table_name, c.column_name from information_schema.columns c
                          join information_schema.tables t on t.table_name = c.table_name and t.table_schema = c.table_schema
                         where c.table_schema = 'public' and t.table_type = 'BASE TABLE' and c.data_type in """ + types)) {
            while (rows.next()) {
                columns.add(new String[] {rows.getString(1), rows.getString(2)});
            }
        }
        return columns;
    }
}
