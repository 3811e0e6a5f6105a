package org.hatecrime.victimcare;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Stands in for the own case systems of two providers that do not work in the platform, Stop Hate
 * UK and Victim Support, each at its own base path of one server, as each provider's URL is
 * configured on its own. Tests stub their answers through
 * {@link org.hatecrime.victimcare.api.CaseSystems}.
 */
public class ProviderCaseSystemStandIn implements QuarkusTestResourceLifecycleManager {

    public static final String STOP_HATE_UK_PATH = "/stop-hate-uk/api";
    public static final String VICTIM_SUPPORT_PATH = "/victim-support/cases";
    public static final String STOP_HATE_UK_KEY = "test-only-stop-hate-uk-key";

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        String base = "http://127.0.0.1:" + server.port();
        return Map.of(
                "hatecrime.victim-care.providers.stop-hate-uk.works-in-platform", "false",
                "hatecrime.victim-care.providers.stop-hate-uk.case-system.url", base + STOP_HATE_UK_PATH,
                "hatecrime.victim-care.providers.stop-hate-uk.case-system.api-key", STOP_HATE_UK_KEY,
                "hatecrime.victim-care.providers.stop-hate-uk.case-system.read-timeout", "PT1S",
                "hatecrime.victim-care.providers.victim-support.works-in-platform", "false",
                "hatecrime.victim-care.providers.victim-support.case-system.url", base + VICTIM_SUPPORT_PATH,
                "hatecrime.victim-care.providers.victim-support.case-system.read-timeout", "PT1S",
                "hatecrime.victim-care.delivery.platform-url", "https://hatecrime.example.org");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
