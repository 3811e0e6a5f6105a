package org.hatecrime.victimcare.api;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;

/** The providers' own case systems as the tests need them: taking a referral, down, refusing it. */
final class CaseSystems {

    static final String STOP_HATE_UK = "stop-hate-uk";
    static final String VICTIM_SUPPORT = "victim-support";

    private CaseSystems() {
    }

    static WireMock standIn() {
        URI url = URI.create(urlOf(STOP_HATE_UK));
        return new WireMock(url.getHost(), url.getPort());
    }

    static String urlOf(String provider) {
        return ConfigProvider.getConfig().getValue("hatecrime.victim-care.providers." + provider + ".case-system.url", String.class);
    }

    static String referralsPath(String provider) {
        return URI.create(urlOf(provider)).getPath() + "/referrals";
    }

    /** The provider's system takes this referral, answering its own case reference. */
    static void takes(String provider, String referralId, String caseReference) {
        standIn().register(post(urlEqualTo(referralsPath(provider))).withHeader("Idempotency-Key", equalTo(referralId))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody("{\"caseReference\":\"" + caseReference + "\",\"receivedBy\":\"intake team\"}")));
    }

    /** The provider's system takes this referral, slowly. */
    static void takesSlowly(String provider, String referralId, int millis) {
        standIn().register(post(urlEqualTo(referralsPath(provider))).withHeader("Idempotency-Key", equalTo(referralId))
                .willReturn(aResponse().withStatus(202).withFixedDelay(millis)));
    }

    static void answers(String provider, String referralId, int status) {
        standIn().register(post(urlEqualTo(referralsPath(provider))).withHeader("Idempotency-Key", equalTo(referralId))
                .willReturn(aResponse().withStatus(status).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\":" + status + ",\"detail\":\"Sam Example's record is locked\"}")));
    }

    static void dropsTheConnection(String provider, String referralId) {
        standIn().register(post(urlEqualTo(referralsPath(provider))).withHeader("Idempotency-Key", equalTo(referralId))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    }

    /** Every offer of this referral the provider's system received, answered or not. */
    static List<LoggedRequest> offersOf(String provider, String referralId) {
        return standIn().find(postRequestedFor(urlEqualTo(referralsPath(provider))).withHeader("Idempotency-Key", equalTo(referralId)));
    }
}
