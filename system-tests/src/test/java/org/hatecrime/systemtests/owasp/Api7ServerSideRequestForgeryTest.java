package org.hatecrime.systemtests.owasp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.hatecrime.events.EventJson;
import org.hatecrime.systemtests.Api;
import org.hatecrime.systemtests.Api.Submission;
import org.hatecrime.systemtests.LocalPlatform;
import org.hatecrime.systemtests.PlatformTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * OWASP API7:2023 Server Side Request Forgery. No operation takes an address to call: the only
 * URL-like input of the published documents is the links of an online incident, which are evidence
 * kept as text and never fetched. A report whose links (and description) point at a listener on the
 * test machine travels through intake, the police, victim care (which fetches the contact details by
 * claim check) and analytics without a single request reaching the listener; callback or webhook
 * fields are refused as unknown fields.
 */
@PlatformTest
class Api7ServerSideRequestForgeryTest {

    /** Request properties that hold a URL, each stored as text and never dereferenced. */
    static final List<String> URL_FIELDS_KEPT_AS_TEXT = List.of("OnlineInput.links");
    private static final Pattern URL_LIKE = Pattern.compile("(?i).*(url|uri|link|callback|webhook|endpoint|href|redirect).*");

    private final Api api;

    Api7ServerSideRequestForgeryTest(LocalPlatform platform) {
        this.api = new Api(platform);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theOnlyUrlLikeInputOfThePublishedDocumentsIsEvidenceKeptAsText() {
        List<String> found = new ArrayList<>();
        for (String document : PublishedApi.DOCUMENTS) {
            Map<String, Object> openApi = api.anonymous().get(document).then().statusCode(200).extract().as(Map.class);
            Map<String, Map<String, Object>> schemas = (Map<String, Map<String, Object>>) ((Map<String, Object>) openApi.get("components")).get("schemas");
            schemas.forEach((name, schema) -> {
                if (!name.endsWith("Request") && !name.endsWith("Input")) {
                    return;
                }
                ((Map<String, Object>) schema.getOrDefault("properties", Map.of())).keySet().stream()
                        .filter(property -> URL_LIKE.matcher(property).matches()).forEach(property -> found.add(name + "." + property));
            });
        }
        assertThat(found).as("URL-like request properties").containsExactlyInAnyOrderElementsOf(URL_FIELDS_KEPT_AS_TEXT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"callbackUrl", "webhook", "notifyUrl", "imageUrl"})
    void aCallbackFieldIsRefused(String field) throws Exception {
        Map<String, Object> body = Submission.typical().asMap();
        body.put(field, "http://127.0.0.1:1/");
        api.asUser("centre-stevenage").contentType("application/json").body(EventJson.mapper().writeValueAsString(body))
                .post(Api.REPORTS).then().statusCode(400).body("violations.field", hasItem(field));
    }

    @Test
    void linksInAReportAreNeverFetchedAnywhereOnThePlatform() throws Exception {
        AtomicInteger requests = new AtomicInteger();
        HttpServer listener = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        listener.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        listener.start();
        try {
            String address = "http://127.0.0.1:" + listener.getAddress().getPort();
            Submission submission = Submission.typical();
            Map<String, Object> body = submission.asMap();
            body.put("offenceCategory", "ONLINE");
            body.put("online", Map.of("platform", "a social network", "links", List.of(address + "/post/1", address + "/favicon.ico"),
                    "handles", List.of("@someone")));
            body.put("description", "Abuse posted at " + address + "/post/1");
            body.put("contact", Map.of("name", "Kim Probe", "phone", "07700 900998"));
            String id = api.asUser("centre-stevenage").contentType("application/json").body(EventJson.mapper().writeValueAsString(body))
                    .post(Api.REPORTS).then().statusCode(201).extract().path("id");
            api.passOn("centre-stevenage", new Api.SubmittedReport(id, null, null, null, null), submission);

            api.asUser("centre-stevenage").get(Api.REPORTS + "/" + id).then().statusCode(200)
                    .body("details.online.links", hasItem(address + "/post/1"));
            String referral = await("Beacon has the referral").atMost(SharedRecords.DELIVERY).pollInterval(Duration.ofMillis(250))
                    .until(() -> api.asUser("beacon-worker").queryParam("size", 100).get("/api/v1/referrals").then().statusCode(200)
                            .extract().jsonPath().<String>getList("findAll { it.reportId == '" + id + "' }.id"), ids -> !ids.isEmpty()).get(0);
            api.asUser("beacon-worker").get("/api/v1/referrals/" + referral + "/contact-details").then().statusCode(200);
            await("the force has the report").atMost(SharedRecords.DELIVERY).pollInterval(Duration.ofMillis(250))
                    .until(() -> api.asUser("police-herts").get(Api.CASES_RECEIVED + "/" + id).statusCode() == 200);
            api.asUser("police-herts").get(Api.REPORTS + "/" + id).then().statusCode(200);
        } finally {
            listener.stop(0);
        }
        assertThat(requests).as("requests that reached the address given in the report").hasValue(0);
    }
}
