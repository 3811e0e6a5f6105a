package org.hatecrime.systemtests.owasp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.response.Response;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.hatecrime.events.EventJson;
import org.hatecrime.systemtests.Api;
import org.hatecrime.systemtests.Api.Submission;
import org.hatecrime.systemtests.LocalPlatform;
import org.hatecrime.systemtests.PlatformTest;
import org.junit.jupiter.api.Test;

/**
 * OWASP API6:2023 Unrestricted Access to Sensitive Business Flows. Guessing a public report's or a
 * self-referral's follow-up code is slowed down: after a wrong code the reference waits, twice as
 * long after each further one, before its next attempt (even the right code is refused until then,
 * and works again afterwards, so guessers cannot lock the reporter out), and a wrong code looks
 * exactly like an unknown reference. Probing for repeat
 * victims across agencies gives no signal: a centre that submits the same person another centre
 * reported sees no match and no earlier report, while its own earlier report of that person counts.
 */
@PlatformTest
class Api6SensitiveBusinessFlowsTest {

    /** How many wrong codes a test tries in a row. */
    static final int MAX_FAILURES = 5;

    private final Api api;

    Api6SensitiveBusinessFlowsTest(LocalPlatform platform) {
        this.api = new Api(platform);
    }

    private Response statusCheck(String path, String reference, String code) {
        return api.anonymous().contentType("application/json").body("{\"code\":\"" + code + "\"}")
                .post(path + "/" + reference + "/status-check");
    }

    @Test
    void guessingAPublicReportsFollowUpCodeIsCutOff() throws Exception {
        Response receipt = api.anonymousWithProof("/api/v1/public/reports/challenges").contentType("application/json")
                .body(EventJson.mapper().writeValueAsString(Submission.typical().consents(false, false, true).asMap()))
                .post("/api/v1/public/reports").then().statusCode(201).extract().response();
        String reference = receipt.path("reference");
        String code = receipt.path("followUpCode");
        statusCheck("/api/v1/public/reports", reference, code).then().statusCode(200);

        // a wrong code and an unknown reference answer alike
        Response unknown = statusCheck("/api/v1/public/reports", "HC-ZZZZ-ZZZZ", "AAAAAAAAAAAA");
        Response wrong = statusCheck("/api/v1/public/reports", reference, "WRONG0CODE00");
        assertThat(wrong.statusCode()).as("a wrong code").isEqualTo(404);
        assertThat(unknown.statusCode()).as("an unknown reference").isEqualTo(404);
        assertThat(wrong.jsonPath().getString("type")).isEqualTo(unknown.jsonPath().getString("type"));
        // after a wrong code the reference waits before its next attempt: even the right code is refused until then
        statusCheck("/api/v1/public/reports", reference, code).then().statusCode(429).contentType(Api.PROBLEM_JSON);
        api.anonymous().contentType("application/json").body("{\"code\":\"" + code + "\",\"information\":\"more\"}")
                .post("/api/v1/public/reports/" + reference + "/follow-ups").then().statusCode(429);
        int refused = 0;
        for (int guess = 1; guess < MAX_FAILURES; guess++) {
            int status = statusCheck("/api/v1/public/reports", reference, "WRONG" + guess + "CODE00").statusCode();
            assertThat(status).as("wrong code " + guess).isIn(404, 429);
            refused += status == 429 ? 1 : 0;
        }
        assertThat(refused).as("guesses refused while the reference waits").isPositive();
    }

    @Test
    void guessingASelfReferralsFollowUpCodeIsCutOff() {
        Response receipt = api.anonymousWithProof("/api/v1/public/self-referrals/challenges").contentType("application/json").body("""
                {"district":"DACORUM","strands":["DISABILITY"],
                 "contact":{"name":"Probe Guessing","phone":"%s"},
                 "safeContact":{"safeToCall":true,"safeTimes":"any time","voicemailAllowed":false},
                 "consentToContact":true}""".formatted(phone()))
                .post("/api/v1/public/self-referrals").then().statusCode(201).extract().response();
        String reference = receipt.path("reference");
        String code = receipt.path("followUpCode");
        int refused = 0;
        for (int guess = 0; guess < 3 * MAX_FAILURES && refused == 0; guess++) {
            int status = statusCheck("/api/v1/public/self-referrals", reference, "WRONG" + guess + "CODE00").statusCode();
            assertThat(status).isIn(404, 429);
            refused += status == 429 ? 1 : 0;
        }
        assertThat(refused).as("wrong codes are cut off").isPositive();
        statusCheck("/api/v1/public/self-referrals", reference, code).then().statusCode(429);
    }

    @Test
    void probingForAnotherAgencysRepeatVictimGivesNoSignal() throws Exception {
        Map<String, Object> contact = Map.of("name", "Robin Probe-" + UUID.randomUUID(), "phone", phone());
        submitWithContact("centre-stevenage", contact);
        String stevenageAgain = submitWithContact("centre-stevenage", contact).path("id");
        // the control: within one agency the repeat is counted
        earlierReports("centre-stevenage", stevenageAgain, 1);

        Response probe = submitWithContact("centre-watford", contact);
        probe.then().body("possibleDuplicates", empty()).body("earlierReportsFromSameVictim", equalTo(0));
        api.asUser("centre-watford").get(Api.REPORTS + "/" + probe.path("id")).then().statusCode(200)
                .body("possibleDuplicates", empty()).body("earlierReportsFromSameVictim", equalTo(0));
        // the control on Watford's side: its own second report of the person is counted
        String watfordAgain = submitWithContact("centre-watford", contact).path("id");
        earlierReports("centre-watford", watfordAgain, 1);
        assertThat(api.asUser("centre-watford").get(Api.REPORTS + "/" + watfordAgain).asString()).doesNotContain(stevenageAgain)
                .doesNotContain("stevenage-centre");
    }

    /** Repeat counts may be settled just after the answer: wait, bounded, for the expected count. */
    private void earlierReports(String username, String id, int expected) {
        await("earlier reports of the same victim for " + username).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> api.asUser(username).get(Api.REPORTS + "/" + id).then().statusCode(200).extract()
                        .jsonPath().getInt("earlierReportsFromSameVictim"), count -> count == expected);
    }

    private Response submitWithContact(String username, Map<String, Object> contact) throws Exception {
        Map<String, Object> body = Submission.typical().asMap();
        body.put("contact", contact);
        return api.asUser(username).contentType("application/json").body(EventJson.mapper().writeValueAsString(body))
                .post(Api.REPORTS).then().statusCode(201).extract().response();
    }

    private static String phone() {
        return "07700 9" + String.format("%05d", ThreadLocalRandom.current().nextInt(100_000));
    }
}
