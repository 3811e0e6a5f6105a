package org.hatecrime.testkit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Hands the shared PostgreSQL, Kafka and token key to the Quarkus app under test. Use it with
 * {@code @QuarkusTestResource(value = PlatformTestResource.class, restrictToAnnotatedClass = false)}
 * once per module; the infrastructure lives until the test JVM ends.
 */
public class PlatformTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of(
                "quarkus.datasource.jdbc.url", SharedInfrastructure.jdbcUrl(),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres",
                "kafka.bootstrap.servers", SharedInfrastructure.kafkaBootstrapServers(),
                "quarkus.oidc.public-key", TestTokens.publicKey(),
                "quarkus.oidc.token.issuer", TestTokens.ISSUER,
                "quarkus.oidc.token.audience", TestTokens.AUDIENCE);
    }

    @Override
    public void stop() {
        // shared for the whole test JVM; stopped by a shutdown hook
    }
}
