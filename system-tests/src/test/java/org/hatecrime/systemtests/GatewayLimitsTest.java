package org.hatecrime.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The gateway's rate limits: each anonymous door has a budget of its own, and a client cannot buy a
 * fresh one by writing a different address into X-Forwarded-For (no load balancer is trusted here).
 */
@PlatformTest
class GatewayLimitsTest {

    private static final String RATE_LIMITED = "https://hatecrime.example/problems/rate-limited";

    private final Api api;

    GatewayLimitsTest(LocalPlatform platform) {
        this.api = new Api(platform);
    }

    @Test
    void floodingFollowUpsUsesUpOnlyTheFollowUpBudgetAndForgedAddressesDoNotHelp() {
        int sent = LocalPlatform.FOLLOW_UP_BURST + 5;
        List<Response> answers = new ArrayList<>();
        for (int i = 0; i < sent; i++) {
            // a new forged address every time: if it were believed, every request would get a fresh budget
            answers.add(api.anonymous().header("X-Forwarded-For", "203.0.113." + (i + 1)).contentType(ContentType.JSON)
                    .body("{\"code\":\"2345678923AB\",\"information\":\"flood\"}")
                    .post("/api/v1/public/reports/HC-ZZZZ-ZZ2" + (i % 10) + "/follow-ups"));
        }
        assertThat(answers).as("the gateway refuses the flood beyond the follow-up burst, whatever address is claimed")
                .anySatisfy(answer -> {
                    assertThat(answer.statusCode()).isEqualTo(429);
                    assertThat(answer.contentType()).startsWith(Api.PROBLEM_JSON);
                    assertThat(answer.<String>path("type")).isEqualTo(RATE_LIMITED);
                });

        // the other budgets are untouched: status checks, new public reports and the agencies' work
        Response status = api.anonymous().contentType(ContentType.JSON).body("{\"code\":\"2345678923AB\"}")
                .post("/api/v1/public/reports/HC-ZZZZ-ZZZY/status-check");
        assertThat(status.statusCode()).as("status check after the flood").isEqualTo(404);
        api.anonymousWithProof("/api/v1/public/reports/challenges").contentType(ContentType.JSON).body("""
                {"strands":["RACE"],"description":"Shouted at on the bus","occurredAt":"2026-11-20T18:30:00Z",
                 "district":"STEVENAGE","anonymous":true,"consents":{"shareWithPolice":false,"referToSupport":false,"statistics":true}}""")
                .post("/api/v1/public/reports").then().statusCode(201);
        Api.SubmittedReport report = api.submitAs(Tokens.CENTRE_STEVENAGE, Api.Submission.typical());
        api.asUser(Tokens.CENTRE_STEVENAGE).get(report.location()).then().statusCode(200);
    }
}
