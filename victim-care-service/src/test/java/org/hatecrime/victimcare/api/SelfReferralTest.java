package org.hatecrime.victimcare.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hatecrime.events.EventJson;
import org.hatecrime.events.Topics;
import org.hatecrime.testkit.ProofOfWorkClient;
import org.hatecrime.testkit.TestEvents;
import org.junit.jupiter.api.Test;

/** A victim refers themselves: no account, no police report, contact details sealed, a reference and a code shown once. */
@QuarkusTest
class SelfReferralTest {

    static final String BEACON = ReferralWorkTest.BEACON;
    static final String GALOP = ReferralWorkTest.GALOP;
    /** Retry-After after one wrong code: the test profile's first delay (4 s) or less, in whole seconds, never 0. */
    private static final String WITHIN_FIRST_DELAY = "[1-4]";

    static String body(String phone, String extra) {
        return """
                {%s"contact":{"name":"Alex Example","phone":"%s"},
                 "safeContact":{"safeToCall":true,"safeTimes":"weekdays after 6pm","voicemailAllowed":false,"language":"Arabic","interpreterNeeded":true},
                 "consentToContact":true}""".formatted(extra, phone);
    }

    static ValidatableResponse submit(String body) {
        return given().header(ProofOfWorkClient.HEADER, proofOfWork()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/public/self-referrals").then();
    }

    /** What the person's browser does first: fetch a challenge and find the counter that solves it. */
    static String proofOfWork() {
        return ProofOfWorkClient.solvedFrom("/api/v1/public/self-referrals/challenges");
    }

    static ValidatableResponse check(String reference, String code) {
        return given().contentType(ContentType.JSON).body("{\"code\":\"" + code + "\"}")
                .post("/api/v1/public/self-referrals/{reference}/status-check", reference).then();
    }

    static String phone() {
        return "07700 " + (100000 + (int) (Math.random() * 899999));
    }

    /** The referral a receipt is about, as the service sees it. */
    static String referralOf(String reference) {
        List<String> ids = given().auth().oauth2(BEACON).queryParam("size", 100).queryParam("status", "SENT").get("/api/v1/referrals")
                .then().extract().jsonPath().getList("findAll { it.source == 'SELF_REFERRAL' }.id");
        return ids.get(0);
    }

    @Test
    void aVictimRefersThemselvesWithoutAnAccountAndTheServiceCanContactThemSafely() {
        ValidatableResponse receipt = submit(body(phone(), "\"district\":\"WATFORD\",\"strands\":[\"RELIGION_OR_BELIEF\"],")).statusCode(201)
                .body("reference", matchesPattern("SR-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}"))
                .body("followUpCode", matchesPattern("[2-9A-HJKMNP-TV-Z]{12}"))
                .body("provider", equalTo("Beacon"))
                .body("status", equalTo("Received: a support worker will contact you in the way you asked"));
        String reference = receipt.extract().path("reference");
        String code = receipt.extract().path("followUpCode");

        String id = referralOf(reference);
        given().auth().oauth2(BEACON).get("/api/v1/referrals/{id}", id).then().statusCode(200)
                .body("source", equalTo("SELF_REFERRAL")).body("district", equalTo("WATFORD")).body("reportId", equalTo(null))
                .body("strands", equalTo(List.of("RELIGION_OR_BELIEF")));
        given().auth().oauth2(BEACON).get("/api/v1/referrals/{id}/contact-details", id).then().statusCode(200)
                .body("obtainedFrom", equalTo("SELF_REFERRAL")).body("contact.name", equalTo("Alex Example"))
                .body("safeContact.language", equalTo("Arabic")).body("safeTimesReadAs", equalTo("weekdays 18:00–24:00"));
        given().auth().oauth2(GALOP).get("/api/v1/referrals/{id}/contact-details", id).then().statusCode(404);

        check(reference, code).statusCode(200).body("reference", equalTo(reference)).body("provider", equalTo("Beacon"))
                .body("status", equalTo("Received: a support worker will contact you in the way you asked"));
        check(reference.toLowerCase(), code.toLowerCase()).statusCode(200);
        ReferralWorkTest.change(BEACON, id, "{\"status\":\"ACKNOWLEDGED\"}").statusCode(200);
        ContactLogTest.log(BEACON, id, "SMS", ContactLogTest.MONDAY_EVENING, null).statusCode(201);
        check(reference, code).statusCode(200).body("status", equalTo("A support worker has tried to contact you in the way you asked"));

        String created = TestEvents.awaitRecord(Topics.REFERRALS, r -> id.equals(r.key()) && r.value().contains("referral.created.v1"),
                ReferralWorkTest.WITHIN).value();
        assertThat(EventJson.read(created).payload().get("source").asText()).isEqualTo("SELF_REFERRAL");
        assertThat(created).doesNotContain("Alex").doesNotContain("07700").doesNotContain("Arabic");
    }

    @Test
    void theChosenServiceGetsTheSelfReferralAndNoOtherSeesIt() {
        String reference = submit(body(phone(), "\"provider\":\"galop\",")).statusCode(201).body("provider", equalTo("Galop"))
                .extract().path("reference");
        List<String> galops = given().auth().oauth2(GALOP).queryParam("size", 100).get("/api/v1/referrals").then()
                .extract().jsonPath().getList("findAll { it.source == 'SELF_REFERRAL' }.id");
        assertThat(galops).isNotEmpty();
        given().auth().oauth2(BEACON).get("/api/v1/referrals/{id}", galops.get(0)).then().statusCode(404);
        assertThat(reference).startsWith("SR-");
    }

    @Test
    void aSecondSelfReferralOfTheSamePersonJoinsTheOpenReferralWithTheirLatestPreferences() {
        String phone = phone();
        submit(body(phone, "")).statusCode(201);
        String first = referralOf(null);
        String second = submit(body(phone.replace("07700 ", "+44 7700 "), "").replace("weekdays after 6pm", "weekends"))
                .statusCode(201).extract().path("reference");

        given().auth().oauth2(BEACON).get("/api/v1/referrals/{id}/contact-details", first).then().statusCode(200)
                .body("safeContact.safeTimes", equalTo("weekends"));
        assertThat(referralOf(null)).isEqualTo(first);
        assertThat(second).startsWith("SR-");
    }

    @Test
    void aWrongCodeMakesTheNextAttemptWaitWhetherOrNotTheReferenceExists() {
        String reference = submit(body(phone(), "")).statusCode(201).extract().path("reference");
        String code = submit(body(phone(), "")).statusCode(201).extract().path("followUpCode"); // another referral's code

        check(reference, code).statusCode(404).contentType("application/problem+json");
        check(reference, code).statusCode(429).contentType("application/problem+json")
                .header("Retry-After", matchesPattern(WITHIN_FIRST_DELAY));
        check("SR-2222-2222", "ABCDEFGHJKMN").statusCode(404);
        check("SR-2222-2222", "ABCDEFGHJKMN").statusCode(429).contentType("application/problem+json")
                .header("Retry-After", matchesPattern(WITHIN_FIRST_DELAY));
    }

    @Test
    void aGuesserCannotLockThePersonOut() {
        ValidatableResponse receipt = submit(body(phone(), "")).statusCode(201);
        String reference = receipt.extract().path("reference");
        String code = receipt.extract().path("followUpCode");
        check(reference, "WRONGWRONG22").statusCode(404);

        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> check(reference, code).statusCode(200));
    }

    @Test
    void aWrongCodeAndAnUnknownReferenceGetTheSameAnswer() {
        String reference = submit(body(phone(), "")).statusCode(201).extract().path("reference");

        Map<String, Object> wrongCode = check(reference, "WRONGWRONG22").statusCode(404).extract().jsonPath().getMap("");
        Map<String, Object> unknown = check("SR-3333-3333", "WRONGWRONG22").statusCode(404).extract().jsonPath().getMap("");

        assertThat(unknown.keySet()).isEqualTo(wrongCode.keySet());
        for (String field : List.of("type", "title", "status", "detail")) {
            assertThat(unknown.get(field)).as(field).isEqualTo(wrongCode.get(field));
        }
    }

    @Test
    void aSelfReferralNeedsASolvedUnusedChallenge() {
        given().contentType(ContentType.JSON).body(body(phone(), "")).post("/api/v1/public/self-referrals").then()
                .statusCode(400).contentType("application/problem+json").body("violations[0].field", equalTo("Proof-Of-Work"));
        String proof = proofOfWork();
        given().header(ProofOfWorkClient.HEADER, proof).contentType(ContentType.JSON).body(body(phone(), ""))
                .post("/api/v1/public/self-referrals").then().statusCode(201);
        given().header(ProofOfWorkClient.HEADER, proof).contentType(ContentType.JSON).body(body(phone(), ""))
                .post("/api/v1/public/self-referrals").then().statusCode(400).body("violations[0].field", equalTo("Proof-Of-Work"));
        // a challenge of intake's public reports is not one of ours
        String challenge = proofOfWork();
        String other = challenge.replaceFirst("^v1\\.self-referral\\.", "v1.public-report.");
        given().header(ProofOfWorkClient.HEADER, other).contentType(ContentType.JSON).body(body(phone(), ""))
                .post("/api/v1/public/self-referrals").then().statusCode(400).body("violations[0].field", equalTo("Proof-Of-Work"));
    }

    @Test
    void badInputIsAProblemNamingTheFieldNeverA5xx() {
        submit("{\"contact\":{\"name\":\"Alex\"},\"safeContact\":{},\"consentToContact\":true}").statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("contact"));
        submit(body(phone(), "").replace("\"consentToContact\":true", "\"consentToContact\":false")).statusCode(400)
                .body("violations[0].field", equalTo("consentToContact"));
        submit(body(phone(), "").replace(",\n \"safeContact\"", ",\"x\":1,\"safeContact\"")).statusCode(400);
        submit(body(phone(), "\"provider\":\"astrologers\",")).statusCode(400).body("violations[0].field", equalTo("provider"));
        submit(body(phone(), "\"strands\":[\"ASTROLOGY\"],")).statusCode(400);
        submit(body("not a phone", "")).statusCode(400).body("violations[0].field", equalTo("contact.phone"));
        submit("{\"contact\":{\"email\":\"x@example.org\"},\"consentToContact\":true}").statusCode(400)
                .body("violations[0].field", equalTo("safeContact"));
        submit("{\"contact\":").statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.TEXT).body("hello").post("/api/v1/public/self-referrals").then().statusCode(415);
        check("HC-7K3M-9QXD", "ABC").statusCode(400).body("violations[0].field", equalTo("reference"));
        given().contentType(ContentType.JSON).body("{}").post("/api/v1/public/self-referrals/{reference}/status-check", "SR-2222-2223")
                .then().statusCode(400).body("violations[0].field", equalTo("code"));
        assertThat(UUID.randomUUID()).isNotNull();
    }
}
