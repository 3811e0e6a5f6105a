package org.hatecrime.victimcare.api;

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
 * Contact details never leave their seal: markers planted in every personal field, by intake's
 * packet and by a self-referral, appear in no event, no log line and no column but the sealed one.
 */
@QuarkusTest
class ContactPersonalDataTest {

    private static final Path LOG = Path.of("target", "victim-care-service-test.log");

    @Inject
    AgroalDataSource dataSource;

    @Test
    void markersInContactDetailsAppearNowhereButTheSealedColumn() throws Exception {
        String m = "mk" + UUID.randomUUID().toString().replace("-", "");
        String contact = """
                {"name":"name-%1$s","email":"%1$s@example.org","phone":"07700 900777","address":"address-%1$s","postcode":"SG1 1AA"}"""
                .formatted(m);
        String safe = """
                {"safeToCall":true,"safeTimes":"times-%1$s","voicemailAllowed":true,"language":"lang-%1$s","interpreterNeeded":true,
                 "accessibilityNeeds":"access-%1$s","notes":"notes-%1$s"}""".formatted(m);
        UUID reportId = UUID.randomUUID();
        Intake.holdsPacket(reportId, contact, safe);
        Intake.Referred referral = Intake.referredFrom(reportId);
        String beacon = ReferralWorkTest.BEACON;
        ReferralWorkTest.change(beacon, referral.id(), "{\"status\":\"ACKNOWLEDGED\"}").statusCode(200);
        given().auth().oauth2(beacon).get("/api/v1/referrals/{id}/contact-details", referral.id()).then().statusCode(200);
        ContactLogTest.log(beacon, referral.id(), "PHONE", ContactLogTest.MONDAY_EVENING, "VICTIM_CONFIRMED_TIME").statusCode(201);
        ContactLogTest.log(beacon, referral.id(), "PHONE", ContactLogTest.MONDAY_EVENING, null).statusCode(409);
        given().auth().oauth2(beacon).get("/api/v1/referrals/{id}/contacts", referral.id()).then().statusCode(200);
        String self = given().contentType(ContentType.JSON).body("""
                {"contact":%s,"safeContact":%s,"consentToContact":true}""".formatted(contact.replace("07700 900777", "07700 900778"), safe))
                .post("/api/v1/public/self-referrals").then().statusCode(201).extract().path("reference");

        TestEvents.awaitRecord(Topics.REFERRALS, r -> referral.id().equals(r.key()) && r.value().contains("referral.acknowledged.v1"),
                Duration.ofSeconds(20));
        assertThat(TestEvents.readAll(Topics.REFERRALS, Duration.ofSeconds(2)))
                .allSatisfy(r -> assertThat(r.value()).doesNotContain(m).doesNotContain("900777").doesNotContain("900778"));
        assertThat(Files.readString(LOG, StandardCharsets.UTF_8)).doesNotContain(m).doesNotContain("900777");
        assertThat(plainColumnsContaining(m)).isEmpty();
        assertThat(plainColumnsContaining("900777")).isEmpty();
        assertThat(sealedColumnsContainingInPlain(m)).isEmpty();
        assertThat(self).startsWith("SR-");
    }

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

    private List<String> sealedColumnsContainingInPlain(String marker) throws Exception {
        List<String> hits = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            List<String[]> binary = columns(connection, "('bytea')");
            assertThat(binary).extracting(c -> c[0] + "." + c[1]).contains("victim_contact.sealed_details");
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
