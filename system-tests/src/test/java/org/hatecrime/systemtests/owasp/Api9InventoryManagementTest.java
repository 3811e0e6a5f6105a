package org.hatecrime.systemtests.owasp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hatecrime.systemtests.Api;
import org.hatecrime.systemtests.LocalPlatform;
import org.hatecrime.systemtests.PlatformTest;
import org.hatecrime.systemtests.owasp.PublishedApi.Operation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * OWASP API9:2023 Improper Inventory Management: the gateway's routes (read from the configuration
 * the running gateway was started with) and the published documents describe the same API. Every
 * documented path is routed, to the service whose document holds it; every route serves at least one
 * documented path of that service; the services' unpublished routes (internal claim check, audit
 * verification, management endpoints) are not routed; and only version 1 exists.
 */
@PlatformTest
class Api9InventoryManagementTest {

    /** Which upstream of the gateway serves which published document. */
    static final Map<String, String> UPSTREAM_OF_DOCUMENT = Map.of(
            "/openapi/reporting", "reporting_service",
            "/openapi/victim-care", "victim_care_service",
            "/openapi/case", "case_service",
            "/openapi/analytics", "analytics_service");
    static final String GATEWAY_NO_ROUTE = "No API route matches this path.";
    private static final Pattern ROUTE = Pattern.compile("location\\s+(?:=\\s*)?(/api/\\S+)\\s*\\{\\s*proxy_pass\\s+http://([a-z_]+)\\s*;");

    private final Api api;
    private final LocalPlatform platform;
    private Map<String, String> routes;

    Api9InventoryManagementTest(LocalPlatform platform) {
        this.platform = platform;
        this.api = new Api(platform);
    }

    @BeforeEach
    void readTheGatewaysRoutes() throws IOException {
        String config = Files.readString(platform.home().resolve("gateway/nginx.conf"));
        routes = new LinkedHashMap<>();
        Matcher route = ROUTE.matcher(config);
        while (route.find()) {
            routes.put(route.group(1), route.group(2));
        }
        assertThat(routes).as("API routes of the running gateway").hasSizeGreaterThanOrEqualTo(8);
    }

    /** nginx's prefix match: the longest route the path starts with. */
    private Optional<String> routeOf(String path) {
        return routes.keySet().stream().filter(path::startsWith).max(Comparator.comparingInt(String::length));
    }

    @Test
    void everyDocumentedPathIsRoutedToTheServiceThatPublishesIt() {
        List<String> unrouted = new ArrayList<>();
        for (Operation operation : PublishedApi.operations(api)) {
            String expected = UPSTREAM_OF_DOCUMENT.get(operation.document());
            Optional<String> route = routeOf(operation.path());
            if (route.isEmpty() || !routes.get(route.get()).equals(expected)) {
                unrouted.add(operation + " of " + operation.document() + " → " + route.map(routes::get).orElse("no route"));
                continue;
            }
            String answer = api.anonymous().get(operation.concretePath(Map.of())).asString();
            if (answer.contains(GATEWAY_NO_ROUTE)) {
                unrouted.add(operation + ": the gateway answers that no route matches");
            }
        }
        assertThat(unrouted).as("documented operations the gateway does not route to their service").isEmpty();
    }

    @Test
    void everyGatewayRouteServesADocumentedPathOfItsService() {
        List<Operation> operations = PublishedApi.operations(api);
        List<String> undocumented = new ArrayList<>();
        routes.forEach((prefix, upstream) -> {
            boolean documented = operations.stream().anyMatch(operation -> routeOf(operation.path()).filter(prefix::equals).isPresent()
                    && UPSTREAM_OF_DOCUMENT.get(operation.document()).equals(upstream));
            if (!documented) {
                undocumented.add(prefix + " → " + upstream);
            }
        });
        assertThat(undocumented).as("gateway routes with no published operation").isEmpty();
    }

    @Test
    void unpublishedServiceRoutesAreNotRouted() {
        for (String path : List.of("/api/v1/internal/referral-packets/00000000-0000-0000-0000-000000000001", "/api/v1/internal/subject-access",
                "/api/v1/audit/verification",
                "/api/v2/reports", "/api/v0/reports", "/api/reports", "/api/v1/q/health")) {
            assertThat(routeOf(path)).as(path).isEmpty();
            api.asUser("admin-herts").get(path).then().statusCode(404).contentType(Api.PROBLEM_JSON)
                    .body("detail", org.hamcrest.Matchers.equalTo(GATEWAY_NO_ROUTE));
        }
        assertThat(PublishedApi.operations(api)).allSatisfy(operation -> assertThat(operation.path()).startsWith("/api/v1/")
                .doesNotStartWith("/api/v1/internal/").doesNotStartWith("/api/v1/audit/"));
    }
}
