package org.hatecrime.victimcare.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hatecrime.victimcare.api.VictimCareTestSupport.BEACON;

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
 * Personal data victim care holds never leaves it: markers planted in needs notes, plan actions and
 * the satisfaction comment appear in no event, no log line and no column other than the sealed ones,
 * while the agency working the referral reads them back.
 */
@QuarkusTest
class PersonalDataTest {

    private static final Path LOG = Path.of("target", "victim-care-service-test.log");

    @Inject
    AgroalDataSource dataSource;

    @Test
    void markersInNotesActionsAndCommentsAppearNowhereButTheSealedColumns() throws Exception {
        String m = "mk" + UUID.randomUUID().toString().replace("-", "");
        String id = VictimCareTestSupport.acceptedReferral();

        NeedsAssessmentWorkTest.assess(BEACON, id, VictimCareTestSupport.assessment("HIGH", "VULNERABLE", "notes-" + m)).statusCode(201);
        SupportWorkTest.startingWellbeing(BEACON, id, SupportWorkTest.START).statusCode(200);
        given().auth().oauth2(BEACON).contentType(ContentType.JSON)
                .body("{\"description\":\"action-" + m + "\",\"owner\":\"victim\",\"dueOn\":\"2026-12-04\"}")
                .post("/api/v1/referrals/{id}/support-plan/actions", id).then().statusCode(201);
        SupportWorkTest.close(BEACON, id, "{\"wellbeing\":{\"items\":[3,3,4,3,3,3,3]},\"satisfaction\":{\"score\":2,\"comment\":\"comment-" + m
                + "\"}}").statusCode(201);

        assertThat(given().auth().oauth2(BEACON).get("/api/v1/referrals/{id}/needs-assessments", id).then().statusCode(200)
                .extract().asString()).contains("notes-" + m);
        assertThat(given().auth().oauth2(BEACON).get("/api/v1/referrals/{id}/support-plan", id).then().statusCode(200).extract().asString())
                .contains("action-" + m, "comment-" + m);

        TestEvents.awaitRecord(Topics.REFERRALS, r -> id.equals(r.key()) && r.value().contains("support.closed.v1"), Duration.ofSeconds(20));
        assertThat(TestEvents.readAll(Topics.REFERRALS, Duration.ofSeconds(1))).filteredOn(r -> id.equals(r.key()))
                .extracting(r -> r.value()).anySatisfy(v -> assertThat(v).contains("needs.assessed.v1"))
                .allSatisfy(v -> assertThat(v).doesNotContain(m));
        assertThat(Files.readString(LOG, StandardCharsets.UTF_8)).doesNotContain(m);
        assertThat(plainColumnsContaining(m)).isEmpty();
        assertThat(sealedColumnsContainingInPlain(m)).isEmpty();
    }

    /** Every text-like column of every table, searched for the marker. */
    private List<String> plainColumnsContaining(String marker) throws Exception {
        List<String> hits = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            for (String[] column : columns(connection, "('text','character varying','jsonb','json','ARRAY')")) {
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
            assertThat(binary).extracting(c -> c[0] + "." + c[1]).contains("needs_assessment.sealed_notes",
                    "support_action.sealed_description", "support.sealed_satisfaction_comment");
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
