package org.hatecrime.reporting;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Stands in for victim care's and case progression's internal subject access endpoints (each on a
 * port of its own, as on the platform) and for Keycloak's token endpoint, which a test of one
 * service cannot have: the real endpoints are tested in their own services, and together through
 * the gateway in the system tests. Tests stub answers through
 * {@link org.hatecrime.reporting.api.OtherServices}.
 */
public class OtherServicesStandIn implements QuarkusTestResourceLifecycleManager {

    public static final String TOKEN_PATH = "/realms/hatecrime/protocol/openid-connect/token";
    public static final String SERVICE_TOKEN = "reporting-service-test-token";
    public static final String PATH = "/api/v1/internal/subject-access";

    private WireMockServer victimCare;
    private WireMockServer cases;

    @Override
    public Map<String, String> start() {
        victimCare = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        victimCare.start();
        cases = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        cases.start();
        victimCare.stubFor(post(urlEqualTo(TOKEN_PATH)).willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody("{\"access_token\":\"" + SERVICE_TOKEN + "\",\"token_type\":\"Bearer\",\"expires_in\":300}")));
        // unless a test says otherwise, each service holds nothing about anyone, and answers only this service's token
        victimCare.stubFor(nothingHeld("victim-care-service"));
        cases.stubFor(nothingHeld("case-service"));
        return Map.of(
                "hatecrime.service-token-url", "http://127.0.0.1:" + victimCare.port() + TOKEN_PATH,
                "quarkus.rest-client.subject-access-victim-care.url", "http://127.0.0.1:" + victimCare.port(),
                "quarkus.rest-client.subject-access-victim-care.read-timeout", "1500",
                "quarkus.rest-client.subject-access-cases.url", "http://127.0.0.1:" + cases.port(),
                "quarkus.rest-client.subject-access-cases.read-timeout", "1500");
    }

    static MappingBuilder nothingHeld(String service) {
        return post(urlEqualTo(PATH)).atPriority(10)
                .withHeader("Authorization", equalTo("Bearer " + SERVICE_TOKEN))
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody("{\"service\":\"" + service + "\",\"description\":\"stand-in\",\"records\":[]}"));
    }

    @Override
    public void stop() {
        if (victimCare != null) {
            victimCare.stop();
        }
        if (cases != null) {
            cases.stop();
        }
    }
}
