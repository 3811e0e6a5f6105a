package org.hatecrime.systemtests.owasp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hatecrime.events.EventJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The two realm files (no platform needed): the local demo realm the platform imports, and the
 * production realm (deploy/keycloak/production). Both shape tokens the same way (roles, clients and
 * their mappers); only the demo has people with passwords, client secrets, probe clients and the
 * password grant; both lock accounts after repeated wrong passwords.
 */
class RealmConfigurationTest {

    private Map<String, Object> demo;
    private Map<String, Object> production;

    @BeforeEach
    @SuppressWarnings("unchecked")
    void read() throws IOException {
        Path repo = Path.of(System.getProperty("hatecrime.repo", "..")).toAbsolutePath();
        demo = EventJson.mapper().readValue(repo.resolve("deploy/keycloak/hatecrime-realm.json").toFile(), Map.class);
        production = EventJson.mapper().readValue(repo.resolve("deploy/keycloak/production/hatecrime-realm.json").toFile(), Map.class);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> realm, String key) {
        return (List<Map<String, Object>>) realm.get(key);
    }

    private static Map<String, Object> client(Map<String, Object> realm, String clientId) {
        return list(realm, "clients").stream().filter(client -> clientId.equals(client.get("clientId"))).findFirst().orElseThrow();
    }

    @Test
    void productionAllowsNoPasswordGrantAndHoldsNoSecretsOrPeople() {
        assertThat(list(production, "clients")).allSatisfy(client -> {
            assertThat(client.get("directAccessGrantsEnabled")).as("%s password grant", client.get("clientId")).isEqualTo(false);
            assertThat(client).as("%s secret", client.get("clientId")).doesNotContainKey("secret");
            assertThat((String) client.get("clientId")).doesNotStartWith("probe-");
        });
        assertThat(client(production, "hatecrime-cli").get("publicClient")).isEqualTo(true);
        assertThat(list(production, "users")).allSatisfy(user -> {
            assertThat(user).containsKey("serviceAccountClientId").doesNotContainKey("credentials");
        });
        assertThat(production.get("sslRequired")).isEqualTo("all");
        assertThat((String) production.get("passwordPolicy")).contains("length(12)", "notUsername", "passwordHistory");
    }

    @Test
    void inProductionEveryPersonSetsUpASecondFactorAtFirstSignIn() {
        Map<Object, Map<String, Object>> actions = list(production, "requiredActions").stream()
                .collect(Collectors.toMap(action -> action.get("alias"), action -> action));

        assertThat(actions.get("CONFIGURE_TOTP")).containsEntry("enabled", true).containsEntry("defaultAction", true);
        assertThat(actions.values()).as("actions every new account must take").filteredOn(action -> Boolean.TRUE.equals(action.get("defaultAction")))
                .hasSize(1);
        // a realm that lists its required actions has only those: the standard ones must stay listed
        assertThat(actions).containsKeys("UPDATE_PASSWORD", "VERIFY_EMAIL", "UPDATE_PROFILE", "CONFIGURE_RECOVERY_AUTHN_CODES");
        assertThat(actions.get("UPDATE_PASSWORD")).containsEntry("enabled", true);
        assertThat(production).containsEntry("otpPolicyType", "totp").containsEntry("otpPolicyDigits", 6);
    }

    @Test
    void theDemoKeepsThePasswordGrantForItsPublicClientOnly() {
        assertThat(client(demo, "hatecrime-cli").get("directAccessGrantsEnabled")).isEqualTo(true);
        assertThat(list(demo, "clients")).filteredOn(client -> !"hatecrime-cli".equals(client.get("clientId")))
                .allSatisfy(client -> assertThat(client.get("directAccessGrantsEnabled")).isEqualTo(false));
    }

    @Test
    void bothRealmsLockAnAccountForAWhileAfterRepeatedWrongPasswords() {
        for (Map<String, Object> realm : List.of(demo, production)) {
            assertThat(realm.get("bruteForceProtected")).isEqualTo(true);
            assertThat(realm.get("permanentLockout")).isEqualTo(false);
            assertThat((Integer) realm.get("failureFactor")).isBetween(3, 10);
            assertThat((Integer) realm.get("waitIncrementSeconds")).isPositive();
            assertThat((String) realm.get("passwordPolicy")).contains("length(", "passwordHistory(");
        }
        assertThat(demo.get("failureFactor")).isEqualTo(Api2BrokenAuthenticationTest.FAILURE_FACTOR);
    }

    @Test
    void bothRealmsShapeTokensTheSameWay() {
        assertThat(production.get("realm")).isEqualTo(demo.get("realm"));
        assertThat(production.get("roles")).isEqualTo(demo.get("roles"));
        assertThat(production.get("accessTokenLifespan")).isEqualTo(demo.get("accessTokenLifespan"));
        assertThat(production.get("components")).isEqualTo(demo.get("components"));
        Map<Object, Object> demoMappers = list(demo, "clients").stream().filter(client -> !((String) client.get("clientId")).startsWith("probe-"))
                .collect(Collectors.toMap(client -> client.get("clientId"), client -> client.get("protocolMappers")));
        Map<Object, Object> productionMappers = list(production, "clients").stream()
                .collect(Collectors.toMap(client -> client.get("clientId"), client -> client.get("protocolMappers")));
        assertThat(productionMappers).isEqualTo(demoMappers);
    }
}
