package org.hatecrime.analytics.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.function.Consumer;
import org.awaitility.Awaitility;
import org.hatecrime.events.Topics;
import org.hatecrime.kit.db.Sql;
import org.hatecrime.testkit.TestTokens;
import org.junit.jupiter.api.Test;

/** Victim care's events, as victim care publishes them, for referrals consented in May 2016 (no other test's month). */
@QuarkusTest
class VictimCareMeasuresTest {

    static final String ANALYST = TestTokens.user("analyst-herts", "analyst", "herts-csp");
    static final OffsetDateTime CONSENTED = OffsetDateTime.parse("2016-05-10T10:00:00Z");

    @Inject
    Sql sql;

    /** Publishes the contract's example of {@code type} about the referral, consented in May 2016, changed as given. */
    private static void publish(String type, UUID referralId, Consumer<ObjectNode> change) {
        ContractExamples.publish(Topics.REFERRALS, type, referralId, "referralId", "victim-care-service", payload -> {
            if (payload.has("consentedAt")) {
                payload.put("consentedAt", CONSENTED.toString());
                payload.put("changedAt", CONSENTED.plusDays(1).toString());
            }
            change.accept(payload);
        });
    }

    private static void publish(String type, UUID referralId) {
        publish(type, referralId, payload -> {
        });
    }

    @Test
    void uptakeTheVictimsCodeWellbeingAndSatisfactionOfTheMonthsReferrals() {
        UUID supported = UUID.randomUUID();
        UUID alsoSupported = UUID.randomUUID();
        UUID unreachable = UUID.randomUUID();
        UUID waiting = UUID.randomUUID();
        for (UUID referral : new UUID[] {supported, alsoSupported, unreachable, waiting}) {
            publish("referral.created.v1", referral);
        }
        publish("referral.accepted.v1", supported);
        publish("support.closed.v1", supported, p -> p.put("wellbeingChange", 4.0).put("satisfaction", 5));
        publish("referral.closed.v1", supported);
        publish("referral.accepted.v1", alsoSupported);
        publish("support.closed.v1", alsoSupported, p -> p.put("wellbeingChange", 2.0).put("satisfaction", 4));
        publish("referral.declined.v1", unreachable);
        publish("victims-code.breach-detected.v1", unreachable, p -> p.put("clock", "FIRST_CONTACT_ATTEMPT"));
        publish("needs.assessed.v1", waiting, p -> p.put("enhancedRights", true));
        publish("victims-code.breach-detected.v1", waiting, p -> p.put("clock", "REFERRAL_PASSED_ON"));
        publish("victims-code.breach-detected.v1", waiting, p -> p.put("clock", "FIRST_CONTACT_ATTEMPT"));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                sql.number("select count(*) from victims_code_breach_fact where referral_id = ?", waiting) == 2
                        && sql.number("select count(*) from referral_fact where referral_id = ? and closed_at is not null", supported) == 1
                        && sql.number("select count(*) from referral_fact where satisfaction is not null and referral_id = ?", alsoSupported) == 1
                        && sql.number("select count(*) from referral_fact where enhanced_rights and referral_id = ?", waiting) == 1);

        JsonPath measures = given().auth().oauth2(ANALYST).queryParam("from", "2016-05").queryParam("to", "2016-05")
                .get("/api/v1/analytics/victim-care").then().statusCode(200).extract().jsonPath();
        assertThat(measures.getLong("referrals")).isEqualTo(4);
        assertThat(measures.getDouble("uptake")).isEqualTo(0.5);
        assertThat(measures.getDouble("acceptanceRate")).as("2 accepted of 3 decided").isEqualTo(0.667);
        assertThat(measures.getDouble("enhancedRightsShare")).isEqualTo(0.25);
        assertThat(measures.getLong("breachedByRight.RIGHT_4")).as("referrals with a breach, not breaches").isEqualTo(2);
        assertThat(measures.getDouble("complianceByRight.RIGHT_4")).isEqualTo(0.5);
        assertThat(measures.getDouble("complianceByAgency.beacon")).isEqualTo(0.5);
        assertThat(measures.getLong("wellbeingChange.closed")).isEqualTo(2);
        assertThat(measures.getDouble("wellbeingChange.mean")).isEqualTo(3.0);
        assertThat(measures.getDouble("wellbeingChange.median")).isEqualTo(3.0);
        assertThat(measures.getLong("satisfaction.'4'")).isEqualTo(1);
        assertThat(measures.getLong("satisfaction.'5'")).isEqualTo(1);
        assertThat(measures.getMap("bySource")).containsOnlyKeys("REPORT");
    }

    @Test
    void aMonthWithoutReferralsStillReportsEveryRightWithClocks() {
        JsonPath measures = given().auth().oauth2(ANALYST).queryParam("from", "2015-01").queryParam("to", "2015-01")
                .get("/api/v1/analytics/victim-care").then().statusCode(200).extract().jsonPath();
        assertThat(measures.getLong("referrals")).isZero();
        assertThat(measures.getMap("complianceByRight")).containsOnlyKeys("RIGHT_4");
    }

    @Test
    void onlyAnalystsWithAnAgencyAndWellFormedMonths() {
        given().auth().oauth2(TestTokens.user("beacon-worker", "victim-care", "beacon")).get("/api/v1/analytics/victim-care")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.withoutAgency("analyst-nowhere", "analyst")).get("/api/v1/analytics/victim-care")
                .then().statusCode(403);
        given().auth().oauth2(ANALYST).queryParam("to", "May").get("/api/v1/analytics/victim-care")
                .then().statusCode(400).body("violations[0].field", equalTo("to"));
    }
}
