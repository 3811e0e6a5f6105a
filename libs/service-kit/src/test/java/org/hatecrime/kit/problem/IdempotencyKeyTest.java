package org.hatecrime.kit.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** An Idempotency-Key is optional, but one that is sent must be well formed. */
class IdempotencyKeyTest {

    @Test
    void aRequestWithoutAKeyHasNone() {
        assertThat(IdempotencyKey.optional(null)).isNull();
    }

    @Test
    void aWellFormedKeyIsTakenAsSent() {
        assertThat(IdempotencyKey.optional("partner-7:2026.11_30")).isEqualTo("partner-7:2026.11_30");
        assertThat(IdempotencyKey.optional("a".repeat(128))).hasSize(128);
    }

    @Test
    void aKeyTooShortTooLongOrWithOtherCharactersIsRefusedNamingTheHeader() {
        for (String malformed : new String[] {"", "short", "a".repeat(129), "has space in it", "slash/in/it", "ümlaut-key"}) {
            assertThatThrownBy(() -> IdempotencyKey.optional(malformed)).as(malformed)
                    .isInstanceOfSatisfying(ProblemException.class, e -> {
                        assertThat(e.type()).isEqualTo(ProblemType.INVALID_REQUEST);
                        assertThat(e.violations()).extracting(Problem.Violation::field).containsExactly("Idempotency-Key");
                    });
        }
    }
}
