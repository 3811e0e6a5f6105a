package org.hatecrime.victimcare;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Stands in for intake (its internal referral-packet endpoint) and for Keycloak's token endpoint,
 * which tests do not have. Tests stub packets through {@link org.hatecrime.victimcare.api.Intake}.
 */
public class IntakeStandIn implements QuarkusTestResourceLifecycleManager {

    public static final String TOKEN_PATH = "/realms/hatecrime/protocol/openid-connect/token";
    public static final String SERVICE_TOKEN = "victim-care-service-test-token";

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        server.stubFor(post(urlEqualTo(TOKEN_PATH)).willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody("{\"access_token\":\"" + SERVICE_TOKEN + "\",\"token_type\":\"Bearer\",\"expires_in\":300}")));
        String base = "http://127.0.0.1:" + server.port();
        return Map.of(
                "hatecrime.service-token-url", base + TOKEN_PATH,
                "quarkus.rest-client.referral-packets.url", base,
                "quarkus.rest-client.referral-packets.read-timeout", "1500");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
