package org.hatecrime.victimcare.messaging;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.faulttolerance.api.Guard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.hatecrime.victimcare.config.DeliveryConfig;
import org.hatecrime.victimcare.config.ProvidersConfig;
import org.hatecrime.victimcare.domain.referral.delivery.OutboundReferral;
import org.hatecrime.victimcare.domain.referral.delivery.ProviderCaseSystems;
import org.hatecrime.victimcare.domain.referral.delivery.ProviderUnavailable;
import org.jboss.logging.Logger;

/**
 * The case systems of providers that do not work in the platform: a REST client per provider at
 * the URL configured for it, and a guard per provider (quick retries with exponential back-off for
 * a system that blinks, and a circuit breaker), so one provider that is down neither slows nor
 * blocks the others. A 5xx, 408, 429, timeout or refused connection counts as the provider being
 * down; any other 4xx is a refusal, neither retried quickly nor counted against the circuit. Logs
 * and errors name the referral id and an HTTP status only, never the provider's answer.
 */
@ApplicationScoped
public class ProviderCaseSystemClients implements ProviderCaseSystems {

    private static final Logger LOG = Logger.getLogger(ProviderCaseSystemClients.class);

    private final ProvidersConfig providers;
    private final DeliveryConfig config;
    private final Map<String, ProviderCaseSystemClient> clients = new ConcurrentHashMap<>();
    private final Map<String, Guard> guards = new ConcurrentHashMap<>();

    ProviderCaseSystemClients(ProvidersConfig providers, DeliveryConfig config) {
        this.providers = providers;
        this.config = config;
    }

    /** A provider that works outside the platform without a case system to send to is a deployment error: refuse to start. */
    void checkConfiguration(@Observes StartupEvent startup) {
        List<String> missing = providers.providers().entrySet().stream()
                .filter(p -> !p.getValue().worksInPlatform() && p.getValue().caseSystem().isEmpty()).map(Map.Entry::getKey).sorted().toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("providers that do not work in the platform need "
                    + "hatecrime.victim-care.providers.<code>.case-system.url: " + missing);
        }
    }

    @Override
    public Optional<String> deliver(OutboundReferral referral) {
        ProvidersConfig.CaseSystem system = providers.provider(referral.provider()).flatMap(ProvidersConfig.Provider::caseSystem)
                .orElseThrow(() -> new ProviderUnavailable("no case system configured for provider " + referral.provider()));
        Guard guard = guards.computeIfAbsent(referral.provider(), this::guard);
        try {
            return guard.call(() -> offer(referral, system), optionalString());
        } catch (CircuitBreakerOpenException e) {
            throw new ProviderUnavailable("not called: the provider's case system failed repeatedly, its circuit is open");
        } catch (Refused | Down e) {
            throw new ProviderUnavailable(e.getMessage());
        } catch (Exception e) {
            throw new ProviderUnavailable("not delivered (" + e.getClass().getSimpleName() + ")");
        }
    }

    private Optional<String> offer(OutboundReferral r, ProvidersConfig.CaseSystem system) {
        ProviderCaseSystemClient client = clients.computeIfAbsent(r.provider(), code -> QuarkusRestClientBuilder.newBuilder()
                .baseUri(system.url())
                .connectTimeout(system.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(system.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .build(ProviderCaseSystemClient.class));
        String base = config.platformUrl().toString().replaceAll("/+$", "") + "/api/v1/referrals/" + r.referralId();
        ProviderCaseSystemClient.ProviderReferral body = new ProviderCaseSystemClient.ProviderReferral(r.referralId(), r.provider(),
                r.source(), r.reportReference(), r.district(), r.strands(), r.occurredAt(), r.consentedAt(), r.enhancedRights(),
                r.enhancedRightsReason(), new ProviderCaseSystemClient.Links(base, base + "/contact-details"));
        int status;
        Response response = null;
        try {
            response = client.offer(r.referralId().toString(), system.apiKey().map(key -> "Bearer " + key).orElse(null), body);
            status = response.getStatus();
        } catch (WebApplicationException e) {
            status = e.getResponse() == null ? 0 : e.getResponse().getStatus();
        } catch (RuntimeException e) {
            // refused connection, timeout: the message may quote the address or more, so only the type
            throw new Down("unreachable (" + rootCause(e).getClass().getSimpleName() + ")");
        }
        if (status >= 200 && status < 300) {
            return caseReferenceIn(response, r);
        }
        if (status >= 500 || status == 408 || status == 429 || status == 0) {
            throw new Down("the provider's case system answered HTTP " + status);
        }
        throw new Refused("the provider's case system refused the referral with HTTP " + status);
    }

    private static Optional<String> caseReferenceIn(Response response, OutboundReferral r) {
        try {
            if (response != null && response.hasEntity()) {
                ProviderCaseSystemClient.Receipt receipt = response.readEntity(ProviderCaseSystemClient.Receipt.class);
                return Optional.ofNullable(receipt).map(ProviderCaseSystemClient.Receipt::caseReference).filter(s -> !s.isBlank());
            }
        } catch (RuntimeException e) {
            // taken all the same: an answer without a readable reference is not a failed delivery
            LOG.infof("referral %s taken by %s without a readable case reference", r.referralId(), r.provider());
        }
        return Optional.empty();
    }

    private Guard guard(String provider) {
        DeliveryConfig.Call call = config.call();
        return Guard.create()
                .withDescription("case system of " + provider)
                .withRetry().maxRetries(call.retries()).delay(call.retryDelay().toMillis(), ChronoUnit.MILLIS)
                    .withExponentialBackoff().factor(2).maxDelay(call.maxRetryDelay().toMillis(), ChronoUnit.MILLIS).done()
                    .retryOn(Down.class).done()
                .withCircuitBreaker().name("provider-case-system-" + provider)
                    .requestVolumeThreshold(call.circuitRequestVolume()).failureRatio(call.circuitFailureRatio())
                    .delay(call.circuitOpenFor().toMillis(), ChronoUnit.MILLIS).successThreshold(1)
                    .failOn(Down.class).done()
                .build();
    }

    @SuppressWarnings("unchecked")
    private static Class<Optional<String>> optionalString() {
        return (Class<Optional<String>>) (Class<?>) Optional.class;
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    /** The provider's system is down or unreachable: worth a quick retry, counted by the circuit breaker. */
    static final class Down extends RuntimeException {
        Down(String message) {
            super(message, null, false, false);
        }
    }

    /** The provider's system refused the referral: not retried quickly, not counted against the circuit. */
    static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message, null, false, false);
        }
    }
}
