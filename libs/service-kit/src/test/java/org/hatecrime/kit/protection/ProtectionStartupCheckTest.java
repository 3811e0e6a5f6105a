package org.hatecrime.kit.protection;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Keys are checked at start: required where a service seals, well-formed wherever they are set. */
class ProtectionStartupCheckTest {

    @Test
    void aServiceThatSealsNothingStartsWithoutKeys() {
        assertThatCode(() -> ProtectionStartupCheck.check(Keys.none())).doesNotThrowAnyException();
    }

    @Test
    void aServiceThatSealsDoesNotStartWithoutItsMasterKey() {
        Keys onlySecret = Keys.victimKeySecret("a secret").requiredAtStart();

        assertThatThrownBy(() -> ProtectionStartupCheck.check(onlySecret)).hasMessageContaining("hatecrime.protection.master-key is not configured");
    }

    @Test
    void aServiceThatSealsDoesNotStartWithoutItsVictimKeySecret() {
        Keys onlyMasterKey = Keys.none().withMasterKey(new byte[32]).requiredAtStart();

        assertThatThrownBy(() -> ProtectionStartupCheck.check(onlyMasterKey))
                .hasMessageContaining("hatecrime.protection.victim-key-secret is not configured");
    }

    @Test
    void aServiceThatSealsStartsWithBothKeys() {
        Keys both = Keys.victimKeySecret("a secret").withMasterKey(new byte[32]).requiredAtStart();

        assertThatCode(() -> ProtectionStartupCheck.check(both)).doesNotThrowAnyException();
    }

    @Test
    void aMasterKeyOfTheWrongLengthStopsTheStartEvenWhereNothingIsSealed() {
        Keys short16 = Keys.none().withMasterKey(new byte[16]);

        assertThatThrownBy(() -> ProtectionStartupCheck.check(short16)).hasMessageContaining("must be 32 bytes");
    }

    @Test
    void aKeyThatIsNotBase64StopsTheStart() {
        Keys garbled = new Keys(Optional.of("not base64!"), Optional.empty(), false);

        assertThatThrownBy(() -> ProtectionStartupCheck.check(garbled)).hasMessageContaining("must be base64 encoded");
    }
}
