package org.hatecrime.systemtests.owasp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hatecrime.systemtests.Api;
import org.hatecrime.systemtests.LocalPlatform;
import org.hatecrime.systemtests.PlatformTest;
import org.hatecrime.systemtests.owasp.PublishedApi.Operation;
import org.junit.jupiter.api.Test;

/**
 * OWASP API4:2023 Unrestricted Resource Consumption: a body over the gateway's limit is refused by the
 * gateway (413) on the public and the authenticated intake alike; every list operation that
 * publishes a maximum page size refuses one above it (400 naming the parameter); and a burst of
 * requests on a normal API path meets the gateway's rate limit: 429 problem+json with Retry-After
 * (under a limit the test sets for itself, then restores).
 */
@PlatformTest
class Api4ResourceConsumptionTest {

    /** The limit this test sets for itself, and how many requests it sends at most to meet it. */
    static final String TEST_RATE = "1r/s";
    static final int TEST_BURST = 5;
    static final int BURST = 50;

    private final Api api;
    private final LocalPlatform platform;

    Api4ResourceConsumptionTest(LocalPlatform platform) {
        this.platform = platform;
        this.api = new Api(platform);
    }

    @Test
    void anOversizedBodyIsRefusedByTheGatewayOnPublicAndAuthenticatedIntake() {
        String huge = "{\"description\":\"" + "x".repeat((LocalPlatform.GATEWAY_MAX_BODY_KB + 16) * 1024) + "\"}";
        api.anonymous().contentType("application/json").body(huge).post("/api/v1/public/reports")
                .then().statusCode(413).contentType(Api.PROBLEM_JSON).body("status", equalTo(413));
        api.anonymous().contentType("application/json").body(huge).post("/api/v1/public/self-referrals")
                .then().statusCode(413).contentType(Api.PROBLEM_JSON);
        api.asUser("centre-stevenage").contentType("application/json").body(huge).post(Api.REPORTS)
                .then().statusCode(413).contentType(Api.PROBLEM_JSON);
    }

    @Test
    void everyPageSizeAboveThePublishedMaximumIsRefused() {
        List<Operation> lists = PublishedApi.operations(api).stream()
                .filter(operation -> operation.isRead() && operation.maximumOfQueryParameter().containsKey("size")).toList();
        assertThat(lists).as("list operations with a bounded page size").hasSizeGreaterThanOrEqualTo(8);
        List<String> unbounded = new ArrayList<>();
        for (Operation operation : lists) {
            int maximum = operation.maximumOfQueryParameter().get("size");
            assertThat(maximum).as(operation + " maximum page size").isLessThanOrEqualTo(100);
            String caller = Callers.BY_ROLE.get(operation.roles().isEmpty() ? "analyst" : operation.roles().get(0));
            var request = operation.isPublic() ? api.anonymous() : api.asUser(caller);
            var response = request.queryParam("size", maximum + 1).get(operation.concretePath(Map.of()));
            if (response.statusCode() != 400 || !response.jsonPath().getList("violations.field", String.class).stream()
                    .anyMatch(field -> field.endsWith("size"))) {
                unbounded.add(operation + ": " + response.statusCode() + " " + response.asString());
            }
        }
        assertThat(unbounded).as("list operations that accepted a page above their maximum").isEmpty();
        api.asUser("centre-stevenage").queryParam("size", 1_000_000).get(Api.REPORTS).then().statusCode(400)
                .body("violations.field", hasItem(org.hamcrest.Matchers.endsWith("size")));
    }

    @Test
    void aBurstOnANormalApiPathMeetsTheRateLimitWith429AndRetryAfter() {
        // The test platform runs with a limit no test reaches; this test lowers it for itself (the
        // gateway reloads, nothing else restarts), so the burst is small and the outcome certain
        // however busy the machine is.
        platform.reloadGatewayWithRate(TEST_RATE, TEST_BURST);
        try {
            io.restassured.response.Response limited = null;
            for (int i = 0; i < BURST && limited == null; i++) {
                io.restassured.response.Response response = api.asUser("centre-stevenage").get(Api.REPORTS);
                assertThat(response.statusCode()).isIn(200, 429);
                limited = response.statusCode() == 429 ? response : null;
            }
            assertThat(limited).as("a 429 within " + BURST + " requests at " + TEST_RATE + " with burst " + TEST_BURST).isNotNull();
            limited.then().contentType(Api.PROBLEM_JSON).body("status", equalTo(429))
                    .header("X-Content-Type-Options", "nosniff").header("Cache-Control", "no-store");
            assertThat(Integer.parseInt(limited.header("Retry-After"))).as("Retry-After").isPositive();
        } finally {
            platform.reloadGatewayWithRate(LocalPlatform.GATEWAY_RATE, LocalPlatform.GATEWAY_BURST);
        }
        await("the usual limit is back").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> api.asUser("centre-stevenage").get(Api.REPORTS).statusCode() == 200);
    }
}
