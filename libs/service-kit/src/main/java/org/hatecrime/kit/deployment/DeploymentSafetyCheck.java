package org.hatecrime.kit.deployment;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.eclipse.microprofile.config.Config;

/**
 * Refuses to start a production service that would trust tokens over plain http or run with a
 * secret everybody can read in this repository. The defaults of the kit point at the local demo
 * realm, so a deployment that forgets to set its own realm address or secrets stops here, at
 * start, instead of running open. Dev and test runs, and the local demo platform
 * ({@code hatecrime.deployment.demo=true}), are not checked.
 */
@ApplicationScoped
class DeploymentSafetyCheck {

    /** Addresses tokens are fetched from or checked against: https only. */
    static final List<String> TOKEN_ADDRESSES = List.of(
            "quarkus.oidc.auth-server-url",
            "quarkus.oidc.token.issuer",
            "quarkus.oidc-client.auth-server-url",
            "quarkus.oidc-client.token-path",
            "hatecrime.service-token-url");

    /** Secrets that must never hold a value published in this repository. */
    static final List<String> SECRETS = List.of(
            "hatecrime.protection.master-key",
            "hatecrime.protection.victim-key-secret",
            "quarkus.oidc.credentials.secret",
            "quarkus.oidc-client.credentials.secret",
            "quarkus.datasource.password");

    /**
     * Every secret value in the repository: the services' dev and test keys, and the demo realm's
     * client secrets (deploy/keycloak/hatecrime-realm.json, deploy/local/platform.env).
     */
    static final Set<String> PUBLISHED_SECRETS = Set.of(
            "bG9jYWwtZGVtby1vbmx5LW1hc3Rlci1rZXktMzJiISE=",
            "bG9jYWwtZGVtby1vbmx5LXZpY3RpbS1rZXktc2VjcmV0",
            "dGVzdC1vbmx5LW1hc3Rlci1rZXktb2YtMzItYnl0ZXM=",
            "dGVzdC1vbmx5LXZpY3RpbS1rZXktc2VjcmV0",
            "victim-care-service-secret",
            "partner-stevenage-secret",
            "police-herts-rms-secret",
            "police-beds-rms-secret",
            "probe-expiring-secret",
            "probe-other-audience-secret",
            "test-only-client-secret",
            "postgres");

    void onStart(@Observes StartupEvent start, DeploymentConfig deployment, Config config) {
        if (LaunchMode.current() != LaunchMode.NORMAL || deployment.demo()) {
            return;
        }
        check(name -> config.getOptionalValue(name, String.class));
    }

    /** Throws, naming every offending setting, when the configuration is not fit for production. */
    static void check(Function<String, Optional<String>> setting) {
        List<String> problems = problems(setting);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Refusing to start with a demo configuration: " + String.join("; ", problems)
                    + ". Set real values from the secret store (docs: deploy/README.md, production), or"
                    + " hatecrime.deployment.demo=true on the local demo platform only.");
        }
    }

    static List<String> problems(Function<String, Optional<String>> setting) {
        List<String> problems = new ArrayList<>();
        for (String name : TOKEN_ADDRESSES) {
            setting.apply(name).filter(DeploymentSafetyCheck::isPlainHttp)
                    .ifPresent(value -> problems.add(name + " is plain http (" + value + "); tokens need https"));
        }
        for (String name : SECRETS) {
            setting.apply(name).map(String::trim).filter(PUBLISHED_SECRETS::contains)
                    .ifPresent(value -> problems.add(name + " is a demo value published in the repository"));
        }
        return problems;
    }

    private static boolean isPlainHttp(String value) {
        return value.trim().toLowerCase(Locale.ROOT).startsWith("http://");
    }
}
