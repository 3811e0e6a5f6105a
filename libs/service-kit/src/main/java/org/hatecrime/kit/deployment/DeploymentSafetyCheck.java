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
 * Refuses to start a production service that would trust tokens over plain http, run with a
 * secret everybody can read in this repository, or talk to Kafka without authenticating over TLS.
 * The defaults of the kit point at the local demo realm and an unauthenticated broker, so a
 * deployment that forgets to set its own realm address, secrets or Kafka credentials stops here, at
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
            "reporting-service-secret",
            "partner-stevenage-secret",
            "police-herts-rms-secret",
            "police-beds-rms-secret",
            "probe-expiring-secret",
            "probe-other-audience-secret",
            "test-only-client-secret",
            "postgres");

    /** How the service reaches Kafka; the broker's ACLs only mean something if it knows who connects (ADR 0026). */
    static final String KAFKA_SECURITY_PROTOCOL = "kafka.security.protocol";
    static final String KAFKA_SASL_MECHANISM = "kafka.sasl.mechanism";
    static final String KAFKA_SASL_JAAS_CONFIG = "kafka.sasl.jaas.config";
    /** Where a client certificate for TLS client authentication (mutual TLS) can come from. */
    static final List<String> KAFKA_CLIENT_CERTIFICATE = List.of(
            "kafka.ssl.keystore.location",
            "kafka.ssl.keystore.key",
            "kafka.tls-configuration-name");

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
        problems.addAll(kafkaProblems(setting));
        return problems;
    }

    /**
     * In production the services reach Kafka over TLS and authenticate: SASL_SSL with the service's
     * own credentials, or SSL with its client certificate. Plaintext, with or without SASL, would
     * send events and passwords over the network in clear.
     */
    private static List<String> kafkaProblems(Function<String, Optional<String>> setting) {
        String protocol = setting.apply(KAFKA_SECURITY_PROTOCOL).map(String::trim).filter(value -> !value.isEmpty())
                .map(value -> value.toUpperCase(Locale.ROOT)).orElse("");
        switch (protocol) {
            case "SASL_SSL":
                List<String> missing = new ArrayList<>();
                for (String name : List.of(KAFKA_SASL_MECHANISM, KAFKA_SASL_JAAS_CONFIG)) {
                    if (setting.apply(name).map(String::trim).filter(value -> !value.isEmpty()).isEmpty()) {
                        missing.add(name + " is not set; Kafka SASL_SSL needs this service's own credentials");
                    }
                }
                return missing;
            case "SSL":
                boolean certificate = KAFKA_CLIENT_CERTIFICATE.stream()
                        .anyMatch(name -> setting.apply(name).map(String::trim).filter(value -> !value.isEmpty()).isPresent());
                return certificate ? List.of()
                        : List.of(KAFKA_SECURITY_PROTOCOL + " is SSL without a client certificate (one of "
                                + String.join(", ", KAFKA_CLIENT_CERTIFICATE) + "); Kafka must know which service connects");
            case "":
                return List.of(KAFKA_SECURITY_PROTOCOL + " is not set (plaintext, no authentication); Kafka needs SASL_SSL or SSL");
            default:
                return List.of(KAFKA_SECURITY_PROTOCOL + " is " + protocol + "; Kafka needs SASL_SSL or SSL (TLS and authentication)");
        }
    }

    private static boolean isPlainHttp(String value) {
        return value.trim().toLowerCase(Locale.ROOT).startsWith("http://");
    }
}
