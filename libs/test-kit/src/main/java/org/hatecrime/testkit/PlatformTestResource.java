package org.hatecrime.testkit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Hands the shared PostgreSQL, Kafka and token key to the Quarkus app under test. The app migrates
 * as the database's owner and runs as a role that owns nothing, as in production. Use it with
 * {@code @QuarkusTestResource(value = PlatformTestResource.class, restrictToAnnotatedClass = false)}
 * once per module; the infrastructure lives until the test JVM ends.
 */
public class PlatformTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.ofEntries(
                Map.entry("quarkus.datasource.jdbc.url", SharedInfrastructure.serviceJdbcUrl()),
                Map.entry("quarkus.datasource.username", SharedInfrastructure.RUNTIME_ROLE),
                Map.entry("quarkus.datasource.password", SharedInfrastructure.RUNTIME_PASSWORD),
                Map.entry("quarkus.flyway.username", SharedInfrastructure.OWNER_ROLE),
                Map.entry("quarkus.flyway.password", SharedInfrastructure.OWNER_PASSWORD),
                Map.entry("quarkus.flyway.placeholders.runtime_role", SharedInfrastructure.RUNTIME_ROLE),
                Map.entry("kafka.bootstrap.servers", SharedInfrastructure.kafkaBootstrapServers()),
                Map.entry("quarkus.oidc.public-key", TestTokens.publicKey()),
                Map.entry("quarkus.oidc.token.issuer", TestTokens.ISSUER),
                Map.entry("quarkus.oidc.token.audience", TestTokens.AUDIENCE));
    }

    @Override
    public void stop() {
        // shared for the whole test JVM; stopped by a shutdown hook
    }
}
