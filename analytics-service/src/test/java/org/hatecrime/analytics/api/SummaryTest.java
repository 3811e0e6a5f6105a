package org.hatecrime.analytics.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import org.hatecrime.events.EventEnvelope;
import org.hatecrime.events.EventJson;
import org.hatecrime.events.Topics;
import org.hatecrime.testkit.SampleEvents;
import org.hatecrime.testkit.TestEvents;
import org.hatecrime.testkit.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SummaryTest {

    static final String ANALYST = TestTokens.user("analyst-herts", "analyst", "herts-csp");
    static final String POLICE = TestTokens.user("police-herts", "police", "herts-police");
    static final Duration WITHIN = Duration.ofSeconds(20);

    private static JsonPath summary() {
        return given().auth().oauth2(ANALYST).get("/api/v1/analytics/summary").then().statusCode(200).extract().jsonPath();
    }

    private static long count(JsonPath summary, String map, String key) {
        Number value = summary.get(map + "." + key);
        return value == null ? 0 : value.longValue();
    }

    /** Publishes under the given key; records with one key share a partition and arrive in order. */
    private static String publish(String key, UUID reportId, List<String> strands, String district) {
        String record = EventJson.write(SampleEvents.reportSubmitted(reportId, strands, district, false, false, true));
        TestEvents.publish(Topics.REPORTS, key, record);
        return record;
    }

    @Test
    void aMultiStrandReportCountsUnderEachStrandAndOnceInTheTotal() {
        JsonPath before = summary();

        UUID reportId = UUID.randomUUID();
        publish(reportId.toString(), reportId, List.of("RACE", "RELIGION_OR_BELIEF"), "HERTSMERE");

        Awaitility.await().atMost(WITHIN).until(() -> summary().getLong("totalReports") == before.getLong("totalReports") + 1);
        JsonPath after = summary();
        assertThat(count(after, "byStrand", "RACE")).isEqualTo(count(before, "byStrand", "RACE") + 1);
        assertThat(count(after, "byStrand", "RELIGION_OR_BELIEF")).isEqualTo(count(before, "byStrand", "RELIGION_OR_BELIEF") + 1);
        assertThat(count(after, "byDistrict", "HERTSMERE")).isEqualTo(count(before, "byDistrict", "HERTSMERE") + 1);
    }

    @Test
    void anEventDeliveredTwiceIsCountedOnce() {
        JsonPath before = summary();
        UUID reportId = UUID.randomUUID();
        String key = reportId.toString();
        String record = publish(key, reportId, List.of("TRANSGENDER_IDENTITY"), "BROXBOURNE");
        TestEvents.publish(Topics.REPORTS, key, record);
        UUID later = UUID.randomUUID();
        publish(key, later, List.of("DISABILITY"), "BROXBOURNE");

        // the later report follows the duplicate on the same partition: once it counts, the duplicate was handled
        Awaitility.await().atMost(WITHIN).until(() -> count(summary(), "byStrand", "DISABILITY") > count(before, "byStrand", "DISABILITY"));
        JsonPath after = summary();
        assertThat(count(after, "byStrand", "TRANSGENDER_IDENTITY")).isEqualTo(count(before, "byStrand", "TRANSGENDER_IDENTITY") + 1);
        assertThat(count(after, "byDistrict", "BROXBOURNE")).isEqualTo(count(before, "byDistrict", "BROXBOURNE") + 2);
    }

    @Test
    void aReportLinkedAsADuplicateIsNotCountedTwice() {
        UUID original = UUID.randomUUID();
        UUID duplicate = UUID.randomUUID();
        publish(original.toString(), original, List.of("DISABILITY"), "THREE_RIVERS");
        publish(duplicate.toString(), duplicate, List.of("DISABILITY"), "THREE_RIVERS");
        Awaitility.await().atMost(WITHIN).until(() -> count(summary(), "byDistrict", "THREE_RIVERS") >= 2);
        JsonPath before = summary();

        ObjectNode payload = EventJson.mapper().createObjectNode().put("reportId", duplicate.toString())
                .put("duplicateOf", original.toString()).put("agency", "watford-centre").put("linkedAt", "2026-11-21T09:00:00Z");
        TestEvents.publish(Topics.REPORTS, duplicate.toString(), EventJson.write(new EventEnvelope(UUID.randomUUID(),
                "report.duplicate-linked.v1", "reporting-service", duplicate.toString(), OffsetDateTime.now(), null, null, payload)));

        Awaitility.await().atMost(WITHIN).until(() -> summary().getLong("totalReports") == before.getLong("totalReports") - 1);
        assertThat(count(summary(), "byDistrict", "THREE_RIVERS")).isEqualTo(count(before, "byDistrict", "THREE_RIVERS") - 1);
    }

    @Test
    void withoutATokenItIsUnauthorised() {
        given().get("/api/v1/analytics/summary").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void thePoliceAreNotAnalysts() {
        given().auth().oauth2(POLICE).get("/api/v1/analytics/summary").then().statusCode(403);
    }
}
