package org.hatecrime.kit.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A production start with the demo realm's secrets, a plain-http realm or an unauthenticated Kafka is refused, naming the setting. */
class DeploymentSafetyCheckTest {

    private static Function<String, Optional<String>> settings(Map<String, String> values) {
        return name -> Optional.ofNullable(values.get(name));
    }

    private static Map<String, String> production() {
        Map<String, String> values = new HashMap<>();
        values.put("quarkus.oidc.auth-server-url", "https://id.hatecrime.example/realms/hatecrime");
        values.put("hatecrime.service-token-url", "https://id.hatecrime.example/realms/hatecrime/protocol/openid-connect/token");
        values.put("hatecrime.protection.master-key", "q3J0bm9yZWFsLWtleS1mcm9tLXRoZS1zZWNyZXQtc3RvcmU=");
        values.put("hatecrime.protection.victim-key-secret", "c2VjcmV0LXN0b3JlLXZpY3RpbS1rZXk=");
        values.put("quarkus.oidc-client.credentials.secret", "8f1c0e9a-from-the-secret-store");
        values.put("quarkus.datasource.password", "from-the-secret-store");
        values.put("kafka.security.protocol", "SASL_SSL");
        values.put("kafka.sasl.mechanism", "SCRAM-SHA-512");
        values.put("kafka.sasl.jaas.config",
                "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"case-service\" password=\"from-the-secret-store\";");
        return values;
    }

    @Test
    void aProductionConfigurationStarts() {
        assertThatCode(() -> DeploymentSafetyCheck.check(settings(production()))).doesNotThrowAnyException();
    }

    @Test
    void theKitsDefaultRealmAddressOverPlainHttpStopsTheStart() {
        Map<String, String> values = production();
        values.put("quarkus.oidc.auth-server-url", "http://127.0.0.1:8180/realms/hatecrime");

        assertThatThrownBy(() -> DeploymentSafetyCheck.check(settings(values)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("quarkus.oidc.auth-server-url is plain http");
    }

    @Test
    void aPlainHttpIssuerOrTokenAddressStopsTheStart() {
        Map<String, String> values = production();
        values.put("quarkus.oidc.token.issuer", "HTTP://id.hatecrime.example/realms/hatecrime");
        values.put("hatecrime.service-token-url", "http://id.hatecrime.example/token");

        assertThat(DeploymentSafetyCheck.problems(settings(values)))
                .anyMatch(problem -> problem.startsWith("quarkus.oidc.token.issuer is plain http"))
                .anyMatch(problem -> problem.startsWith("hatecrime.service-token-url is plain http"));
    }

    @Test
    void theDemoMasterKeyStopsTheStartWithoutRevealingIt() {
        Map<String, String> values = production();
        values.put("hatecrime.protection.master-key", "bG9jYWwtZGVtby1vbmx5LW1hc3Rlci1rZXktMzJiISE=");

        assertThatThrownBy(() -> DeploymentSafetyCheck.check(settings(values)))
                .hasMessageContaining("hatecrime.protection.master-key is a demo value")
                .hasMessageNotContaining("bG9jYWwtZGVtby1vbmx5");
    }

    @Test
    void theDemoRealmsClientSecretStopsTheStart() {
        Map<String, String> values = production();
        values.put("quarkus.oidc-client.credentials.secret", "victim-care-service-secret");

        assertThat(DeploymentSafetyCheck.problems(settings(values)))
                .containsExactly("quarkus.oidc-client.credentials.secret is a demo value published in the repository");
    }

    @Test
    void everyClientSecretOfTheDemoRealmIsRefused() throws IOException {
        String realm = Files.readString(Path.of("../../deploy/keycloak/hatecrime-realm.json"));
        Matcher secrets = Pattern.compile("\"secret\"\\s*:\\s*\"([^\"]+)\"").matcher(realm);
        int found = 0;
        while (secrets.find()) {
            found++;
            Map<String, String> values = production();
            values.put("quarkus.oidc-client.credentials.secret", secrets.group(1));
            assertThat(DeploymentSafetyCheck.problems(settings(values))).as(secrets.group(1)).hasSize(1);
        }
        assertThat(found).isPositive();
    }

    @Test
    void kafkaWithoutAuthenticationStopsTheStart() {
        Map<String, String> values = production();
        values.remove("kafka.security.protocol");

        assertThatThrownBy(() -> DeploymentSafetyCheck.check(settings(values)))
                .hasMessageContaining("kafka.security.protocol is not set (plaintext, no authentication)");
    }

    @Test
    void kafkaSaslWithoutTlsStopsTheStart() {
        Map<String, String> values = production();
        values.put("kafka.security.protocol", "SASL_PLAINTEXT");

        assertThat(DeploymentSafetyCheck.problems(settings(values)))
                .containsExactly("kafka.security.protocol is SASL_PLAINTEXT; Kafka needs SASL_SSL or SSL (TLS and authentication)");
    }

    @Test
    void kafkaSaslSslWithoutTheServicesCredentialsStopsTheStart() {
        Map<String, String> values = production();
        values.remove("kafka.sasl.jaas.config");

        assertThat(DeploymentSafetyCheck.problems(settings(values)))
                .containsExactly("kafka.sasl.jaas.config is not set; Kafka SASL_SSL needs this service's own credentials");
    }

    @Test
    void kafkaOverTlsStartsWithAClientCertificateOnly() {
        Map<String, String> values = production();
        values.remove("kafka.sasl.mechanism");
        values.remove("kafka.sasl.jaas.config");
        values.put("kafka.security.protocol", "SSL");

        assertThat(DeploymentSafetyCheck.problems(settings(values)))
                .singleElement().asString().startsWith("kafka.security.protocol is SSL without a client certificate");

        values.put("kafka.ssl.keystore.location", "/run/secrets/case-service.p12");
        assertThat(DeploymentSafetyCheck.problems(settings(values))).isEmpty();
    }
}
