package org.hatecrime.reporting.protection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The same person, however they write their details, gets the same pseudonymous key. */
class VictimKeysTest {

    private final VictimKeys keys = new VictimKeys(new ProtectionConfig() {
        public String masterKey() {
            return Base64.getEncoder().encodeToString(new byte[32]);
        }

        public String victimKeySecret() {
            return Base64.getEncoder().encodeToString("a secret for this test only".getBytes());
        }
    });

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
        VictimKeys otherSecret = new VictimKeys(new ProtectionConfig() {
            public String masterKey() {
                return "";
            }

            public String victimKeySecret() {
                return Base64.getEncoder().encodeToString("another secret".getBytes());
            }
        });

        assertThat(key).hasSize(64).doesNotContain("example");
        assertThat(otherSecret.of("sam.example@example.org", null).get(0)).isNotEqualTo(key);
    }

    @Test
    void noIdentifiersMeanNoKeys() {
        assertThat(keys.of(" ", null)).isEmpty();
    }
}
