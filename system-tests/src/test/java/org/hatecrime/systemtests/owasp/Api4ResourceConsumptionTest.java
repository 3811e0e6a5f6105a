package org.hatecrime.systemtests.owasp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;
import org.hatecrime.systemtests.Api;
import org.hatecrime.systemtests.LocalPlatform;
import org.hatecrime.systemtests.PlatformTest;
import org.hatecrime.systemtests.owasp.PublishedApi.Operation;
import org.junit.jupiter.api.Test;

/**
 * OWASP API4:2023 Unrestricted Resource Consumption: a body over the gateway's limit is refused by the
 * gateway (413) on the public and the authenticated intake alike; every list operation that
 * publishes a maximum page size refuses one above it (400 naming the parameter); and a burst of
 * requests on a normal API path meets the gateway's rate limit: 429 problem+json with Retry-After.
 */
@PlatformTest
class Api4ResourceConsumptionTest {

    /** Upper bound of the burst: far above any rate the test platform is given. */
    static final int MAX_BURST = 30_000;
    static final int CONCURRENCY = 128;

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
    void aBurstOnANormalApiPathMeetsTheRateLimitWith429AndRetryAfter() throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        URI target = URI.create(platform.gatewayUrl() + "/api/v1/analytics/summary");
        AtomicReference<HttpResponse<String>> limited = new AtomicReference<>();
        Semaphore inFlight = new Semaphore(CONCURRENCY);
        List<CompletableFuture<?>> sent = new ArrayList<>();
        for (int i = 0; i < MAX_BURST && limited.get() == null; i++) {
            inFlight.acquire();
            sent.add(client.sendAsync(HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(10)).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).whenComplete((response, error) -> {
                        inFlight.release();
                        if (response != null && response.statusCode() == 429) {
                            limited.compareAndSet(null, response);
                        }
                    }));
        }
        CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).exceptionally(error -> null).join();

        HttpResponse<String> response = limited.get();
        assertThat(response).as("a 429 within " + MAX_BURST + " requests").isNotNull();
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith(Api.PROBLEM_JSON));
        Optional<String> retryAfter = response.headers().firstValue("Retry-After");
        assertThat(retryAfter).as("Retry-After").hasValueSatisfying(value -> assertThat(Integer.parseInt(value)).isPositive());
        assertThat(response.body()).contains("\"status\":429");

        // the bucket drains: normal work goes on (and later tests are not limited)
        await("the rate limit lifts").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> api.anonymous().get("/api/v1/analytics/summary").statusCode() == 401);
    }
}
