package org.hatecrime.victimcare.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.hatecrime.testkit.TestTokens;
import org.junit.jupiter.api.Test;

/** A victim service follows its Victims' Code clocks, records evidence per right and reads its compliance. */
@QuarkusTest
class VictimsCodeTest {

    static final String BEACON = TestTokens.user("beacon-worker", "victim-care", "beacon");
    static final String GALOP = TestTokens.user("galop-worker", "victim-care", "galop");
    static final String CST = TestTokens.user("cst-worker", "victim-care", "cst");
    static final String CENTRE = TestTokens.user("centre-stevenage", "reporting-centre", "stevenage-centre");

    static String opened(String token, String consentedAt) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"consentedAt\":\"" + consentedAt + "\"}")
                .post("/api/v1/referrals").then().statusCode(201).extract().path("id");
    }

    static String now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    static String daysAgo(int days) {
        return OffsetDateTime.now(ZoneOffset.UTC).minusDays(days).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    static JsonPath clocksOf(String token, String referralId) {
        return given().auth().oauth2(token).get("/api/v1/referrals/{id}/victims-code", referralId).then().statusCode(200).extract().jsonPath();
    }

    static String stateOf(JsonPath clocks, String clock) {
        return clocks.getString("clocks.find { it.clock == '" + clock + "' }.state");
    }

    static List<Map<String, Object>> listed(String token, String state) {
        var request = given().auth().oauth2(token).queryParam("size", 100);
        if (state != null) {
            request = request.queryParam("state", state);
        }
        return request.get("/api/v1/victims-code/clocks").then().statusCode(200).extract().jsonPath().getList("$");
    }

    static boolean holds(List<Map<String, Object>> items, String referralId, String clock) {
        return items.stream().anyMatch(item -> referralId.equals(item.get("referralId")) && clock.equals(item.get("clock")));
    }

    static ValidatableResponse evidence(String token, String referralId, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/v1/referrals/{id}/victims-code-evidence", referralId).then();
    }

    @Test
    void aNewReferralIsPassedOnInTimeAndItsFirstContactIsDue() {
        String id = opened(BEACON, now());

        JsonPath clocks = clocksOf(BEACON, id);
        assertThat(stateOf(clocks, "REFERRAL_PASSED_ON")).isEqualTo("MET");
        assertThat(stateOf(clocks, "FIRST_CONTACT_ATTEMPT")).isEqualTo("DUE");
        assertThat(clocks.getInt("clocks.find { it.clock == 'FIRST_CONTACT_ATTEMPT' }.targetWorkingDays")).isEqualTo(5);
        assertThat(clocks.getInt("clocks.find { it.clock == 'FIRST_CONTACT_ATTEMPT' }.right")).isEqualTo(4);
        assertThat(holds(listed(BEACON, "DUE"), id, "FIRST_CONTACT_ATTEMPT")).isTrue();
        assertThat(holds(listed(BEACON, null), id, "FIRST_CONTACT_ATTEMPT")).isTrue();
        assertThat(holds(listed(BEACON, "MET"), id, "REFERRAL_PASSED_ON")).isTrue();
        assertThat(holds(listed(BEACON, "OVERDUE"), id, "FIRST_CONTACT_ATTEMPT")).isFalse();
    }

    @Test
    void aReferralConsentedWeeksAgoIsOverdueForContactAndWasPassedOnLate() {
        String id = opened(BEACON, daysAgo(20));

        JsonPath clocks = clocksOf(BEACON, id);
        assertThat(stateOf(clocks, "REFERRAL_PASSED_ON")).isEqualTo("MISSED");
        assertThat(stateOf(clocks, "FIRST_CONTACT_ATTEMPT")).isEqualTo("OVERDUE");
        assertThat(holds(listed(BEACON, "OVERDUE"), id, "FIRST_CONTACT_ATTEMPT")).isTrue();
        assertThat(holds(listed(BEACON, "MISSED"), id, "REFERRAL_PASSED_ON")).isTrue();
        assertThat(holds(listed(BEACON, "DUE"), id, "FIRST_CONTACT_ATTEMPT")).isFalse();
    }

    @Test
    void theFirstContactAttemptMeetsTheContactClock() {
        String id = opened(BEACON, now());
        for (String status : List.of("ACKNOWLEDGED", "CONTACT_ATTEMPTED")) {
            given().auth().oauth2(BEACON).contentType(ContentType.JSON).body("{\"status\":\"" + status + "\"}")
                    .post("/api/v1/referrals/{id}/status-changes", id).then().statusCode(200);
        }

        assertThat(stateOf(clocksOf(BEACON, id), "FIRST_CONTACT_ATTEMPT")).isEqualTo("MET");
        assertThat(holds(listed(BEACON, "MET"), id, "FIRST_CONTACT_ATTEMPT")).isTrue();
        assertThat(holds(listed(BEACON, null), id, "FIRST_CONTACT_ATTEMPT")).isFalse();
    }

    @Test
    void evidenceIsRecordedPerRightAsACodeOfThatRight() {
        String id = opened(BEACON, now());

        evidence(BEACON, id, "{\"right\":1,\"evidenceCode\":\"INTERPRETER_ARRANGED\",\"recordedAt\":\"" + daysAgo(1) + "\"}").statusCode(201)
                .body("right", equalTo(1)).body("evidenceCode", equalTo("INTERPRETER_ARRANGED")).body("recordedBy", equalTo("beacon-worker"));
        evidence(BEACON, id, "{\"right\":7,\"evidenceCode\":\"PERSONAL_STATEMENT_OFFERED\",\"recordedAt\":\"" + now() + "\"}").statusCode(201);

        given().auth().oauth2(BEACON).get("/api/v1/referrals/{id}/victims-code", id).then().statusCode(200)
                .body("evidence.evidenceCode", equalTo(List.of("INTERPRETER_ARRANGED", "PERSONAL_STATEMENT_OFFERED")))
                .body("evidence.right", equalTo(List.of(1, 7)));
    }

    @Test
    void badEvidenceIsRefusedNamingTheField() {
        String id = opened(BEACON, now());
        String at = now();

        evidence(BEACON, id, "{\"right\":2,\"evidenceCode\":\"INFORMATION_GIVEN\",\"recordedAt\":\"" + at + "\"}").statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("right"));
        evidence(BEACON, id, "{\"right\":13,\"evidenceCode\":\"INFORMATION_GIVEN\",\"recordedAt\":\"" + at + "\"}").statusCode(400)
                .body("violations[0].field", equalTo("right"));
        evidence(BEACON, id, "{\"right\":\"three\",\"evidenceCode\":\"INFORMATION_GIVEN\",\"recordedAt\":\"" + at + "\"}").statusCode(400)
                .body("violations[0].field", equalTo("right"));
        evidence(BEACON, id, "{\"right\":3,\"evidenceCode\":\"TEA_OFFERED\",\"recordedAt\":\"" + at + "\"}").statusCode(400)
                .body("violations[0].field", equalTo("evidenceCode"));
        evidence(BEACON, id, "{\"right\":3,\"evidenceCode\":\"INTERPRETER_ARRANGED\",\"recordedAt\":\"" + at + "\"}").statusCode(400)
                .body("violations[0].field", equalTo("evidenceCode"));
        evidence(BEACON, id, "{\"right\":3,\"evidenceCode\":\"she was upset\",\"recordedAt\":\"" + at + "\"}").statusCode(400)
                .body("violations[0].field", equalTo("evidenceCode"));
        evidence(BEACON, id, "{\"right\":3,\"evidenceCode\":\"INFORMATION_GIVEN\"}").statusCode(400)
                .body("violations[0].field", equalTo("recordedAt"));
        evidence(BEACON, id, "{\"right\":3,\"evidenceCode\":\"INFORMATION_GIVEN\",\"recordedAt\":\"2999-01-01T00:00:00Z\"}").statusCode(400)
                .body("violations[0].field", equalTo("recordedAt"));
        evidence(BEACON, id, "{\"right\":3,\"evidenceCode\":\"INFORMATION_GIVEN\",\"recordedAt\":\"yesterday\"}").statusCode(400)
                .body("violations[0].field", equalTo("recordedAt"));
        given().auth().oauth2(BEACON).get("/api/v1/referrals/{id}/victims-code", id).then().body("evidence", equalTo(List.of()));
    }

    @Test
    void anotherServiceSeesNothingOfTheReferralsClocksOrEvidence() {
        String id = opened(BEACON, daysAgo(20));
        String body = "{\"right\":3,\"evidenceCode\":\"INFORMATION_GIVEN\",\"recordedAt\":\"" + now() + "\"}";

        given().auth().oauth2(GALOP).get("/api/v1/referrals/{id}/victims-code", id).then().statusCode(404)
                .contentType("application/problem+json");
        evidence(GALOP, id, body).statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(BEACON).get("/api/v1/referrals/{id}/victims-code", "0b6a2f1e-1111-4c3d-9e8f-0a1b2c3d4e5f").then().statusCode(404);
        assertThat(holds(listed(GALOP, "OVERDUE"), id, "FIRST_CONTACT_ATTEMPT")).isFalse();
        assertThat(holds(listed(GALOP, "MISSED"), id, "REFERRAL_PASSED_ON")).isFalse();

        given().auth().oauth2(CENTRE).get("/api/v1/referrals/{id}/victims-code", id).then().statusCode(403);
        evidence(CENTRE, id, body).statusCode(403);
        given().get("/api/v1/referrals/{id}/victims-code", id).then().statusCode(401);
        given().contentType(ContentType.JSON).body(body).post("/api/v1/referrals/{id}/victims-code-evidence", id).then().statusCode(401);
        given().auth().oauth2(BEACON).get("/api/v1/referrals/{id}/victims-code", "not-an-id").then().statusCode(404);
    }

    @Test
    void theListRefusesAnUnknownStateAndUnboundedPages() {
        given().auth().oauth2(BEACON).queryParam("state", "SOON").get("/api/v1/victims-code/clocks").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("state"));
        given().auth().oauth2(BEACON).queryParam("size", 101).get("/api/v1/victims-code/clocks").then().statusCode(400)
                .body("violations[0].field", equalTo("size"));
        given().auth().oauth2(CENTRE).get("/api/v1/victims-code/clocks").then().statusCode(403);
        given().get("/api/v1/victims-code/clocks").then().statusCode(401);
    }

    @Test
    void complianceCountsEvidenceAndClocksPerRightForTheAgencysReferralsOnly() {
        // cst's own referrals, consented in October: both passed on late (today), neither contacted
        String first = opened(CST, "2026-10-05T09:00:00Z");
        String second = opened(CST, "2026-10-06T09:00:00Z");
        opened(CST, "2026-09-30T09:00:00Z");
        evidence(CST, first, "{\"right\":3,\"evidenceCode\":\"INFORMATION_GIVEN\",\"recordedAt\":\"2026-10-05T10:00:00Z\"}").statusCode(201);
        evidence(CST, first, "{\"right\":3,\"evidenceCode\":\"NEXT_STEPS_EXPLAINED\",\"recordedAt\":\"2026-10-05T10:05:00Z\"}").statusCode(201);
        evidence(CST, second, "{\"right\":12,\"evidenceCode\":\"COMPLAINT_RECORDED\",\"recordedAt\":\"2026-10-07T10:00:00Z\"}").statusCode(201);

        JsonPath compliance = given().auth().oauth2(CST).queryParam("from", "2026-10-01").queryParam("to", "2026-10-31")
                .get("/api/v1/victims-code/compliance").then().statusCode(200).extract().jsonPath();

        assertThat(compliance.getLong("referrals")).isEqualTo(2);
        assertThat(compliance.getList("rights.right", Integer.class)).containsExactly(1, 3, 4, 7, 12);
        assertThat(compliance.getLong("rights.find { it.right == 3 }.referralsWithEvidence")).isEqualTo(1);
        assertThat(compliance.getLong("rights.find { it.right == 12 }.referralsWithEvidence")).isEqualTo(1);
        assertThat(compliance.getLong("rights.find { it.right == 1 }.referralsWithEvidence")).isZero();
        Map<String, Object> passedOn = compliance.getMap("rights.find { it.right == 4 }.clocks.find { it.clock == 'REFERRAL_PASSED_ON' }");
        assertThat(passedOn).containsEntry("met", 0).containsEntry("missed", 2).containsEntry("breached", 2);
        Map<String, Object> contact = compliance.getMap("rights.find { it.right == 4 }.clocks.find { it.clock == 'FIRST_CONTACT_ATTEMPT' }");
        assertThat(contact).containsEntry("overdue", 2).containsEntry("breached", 2).containsEntry("met", 0);

        given().auth().oauth2(BEACON).queryParam("from", "2026-10-01").queryParam("to", "2026-10-31")
                .get("/api/v1/victims-code/compliance").then().statusCode(200)
                .body("rights.find { it.right == 12 }.referralsWithEvidence", equalTo(0));
    }

    @Test
    void complianceRefusesAPeriodThatIsNotOneNamingTheField() {
        given().auth().oauth2(CST).queryParam("from", "2026-02-30").queryParam("to", "2026-03-31").get("/api/v1/victims-code/compliance")
                .then().statusCode(400).contentType("application/problem+json").body("violations[0].field", equalTo("from"));
        given().auth().oauth2(CST).queryParam("from", "2026-03-01").queryParam("to", "2026-02-01").get("/api/v1/victims-code/compliance")
                .then().statusCode(400).body("violations[0].field", equalTo("to"));
        given().auth().oauth2(CST).queryParam("from", "March").queryParam("to", "2026-02-01").get("/api/v1/victims-code/compliance")
                .then().statusCode(400).body("violations.field", hasItem("from"));
        given().auth().oauth2(CST).queryParam("to", "2026-02-01").get("/api/v1/victims-code/compliance")
                .then().statusCode(400).body("violations[0].field", equalTo("from"));
        given().auth().oauth2(CENTRE).queryParam("from", "2026-03-01").queryParam("to", "2026-03-31").get("/api/v1/victims-code/compliance")
                .then().statusCode(403);
        given().queryParam("from", "2026-03-01").queryParam("to", "2026-03-31").get("/api/v1/victims-code/compliance").then().statusCode(401);
    }
}
