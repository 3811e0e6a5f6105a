package org.hatecrime.kit.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The same person, however they write their details, gets the same pseudonymous key. */
class VictimKeysTest {

    private final VictimKeys keys = new VictimKeys(Keys.victimKeySecret("a secret for this test only"));

    @ParameterizedTest
    @ValueSource(strings = {"07700 900123", "+44 7700 900123", "+44 (0)7700 900123", "0044 7700-900123", "7700900123"})
    void everyWayOfWritingAUkMobileGivesOneKey(String written) {
        assertThat(keys.of(null, written)).isEqualTo(keys.of(null, "07700900123"));
    }

    @Test
    void emailsDifferingOnlyInCaseAndSpacesGiveOneKey() {
        assertThat(keys.of("  Sam.Example@Example.ORG ", null)).isEqualTo(keys.of("sam.example@example.org", null));
    }

    @Test
    void keysRevealNothingOfTheIdentifierAndDependOnTheSecret() {
        String key = keys.of("sam.example@example.org", null).get(0);
        VictimKeys otherSecret = new VictimKeys(Keys.victimKeySecret("another secret"));

        assertThat(key).hasSize(64).doesNotContain("example");
        assertThat(otherSecret.of("sam.example@example.org", null).get(0)).isNotEqualTo(key);
    }

    @Test
    void noIdentifiersMeanNoKeys() {
        assertThat(keys.of(" ", null)).isEmpty();
    }

    @Test
    void withoutASecretNobodyIsKeyedAndTheErrorNamesTheSetting() {
        VictimKeys unconfigured = new VictimKeys(Keys.none());

        assertThatThrownBy(() -> unconfigured.of("sam.example@example.org", null)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("hatecrime.protection.victim-key-secret is not configured");
    }
}
