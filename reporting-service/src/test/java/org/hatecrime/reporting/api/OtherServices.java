package org.hatecrime.reporting.api;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;
import org.hatecrime.reporting.OtherServicesStandIn;

/** Victim care and case progression as the subject access tests need them: what each holds for a report, or that it is down. */
final class OtherServices {

    private OtherServices() {
    }

    static WireMock victimCare() {
        return standIn("quarkus.rest-client.subject-access-victim-care.url");
    }

    static WireMock cases() {
        return standIn("quarkus.rest-client.subject-access-cases.url");
    }

    private static WireMock standIn(String property) {
        URI url = URI.create(ConfigProvider.getConfig().getValue(property, String.class));
        return new WireMock(url.getHost(), url.getPort());
    }

    /** The service answers a query naming {@code reportId} with {@code json}, to this service's own token only. */
    static void holdFor(WireMock service, String reportId, String json) {
        service.register(post(urlEqualTo(OtherServicesStandIn.PATH)).atPriority(1)
                .withHeader("Authorization", equalTo("Bearer " + OtherServicesStandIn.SERVICE_TOKEN))
                .withRequestBody(containing(reportId))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(json)));
    }

    /** The service answers a query naming {@code reportId} with {@code status} and a body that must never be repeated. */
    static void answerFor(WireMock service, String reportId, int status) {
        service.register(post(urlEqualTo(OtherServicesStandIn.PATH)).atPriority(1).withRequestBody(containing(reportId))
                .willReturn(aResponse().withStatus(status).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\":" + status + ",\"detail\":\"secret-detail-never-repeated\"}")));
    }

    /** The queries the service received that name {@code reportId}. */
    static List<LoggedRequest> queriesNaming(WireMock service, String reportId) {
        return service.find(postRequestedFor(urlEqualTo(OtherServicesStandIn.PATH)).withRequestBody(containing(reportId)));
    }
}
