package org.hatecrime.kit.protection;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hatecrime.kit.db.Sql;
import org.hatecrime.testkit.PlatformTestResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A person erased and reporting again gets keys that link to none of their old events, erased
 * again they move on once more, and nobody else's key changes. The table keeps no victim key.
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class RetiredVictimKeysTest {

    private final VictimKeys victimKeys = new VictimKeys(Keys.victimKeySecret("a secret for this test only"));

    @Inject
    Sql sql;

    private RetiredVictimKeys retired;

    @BeforeEach
    void keyed() {
        retired = new RetiredVictimKeys(victimKeys, sql);
    }

    @Test
    void anErasedPersonsNextKeysAreNewAndEveryoneElseKeepsTheirs() {
        String email = "erased-" + UUID.randomUUID() + "@example.org";
        String phone = "07700 " + (900000 + (int) (Math.random() * 99999));
        String otherEmail = "kept-" + UUID.randomUUID() + "@example.org";
        List<String> before = current(email, phone);
        assertThat(before).as("never erased: the keys the person always had").isEqualTo(victimKeys.of(email, phone));

        retire(before);
        List<String> afterOneErasure = current(email, phone);
        retire(afterOneErasure);
        List<String> afterTwo = current(email, phone);

        assertThat(afterOneErasure).hasSize(2).doesNotContainAnyElementsOf(before);
        assertThat(afterTwo).hasSize(2).doesNotContainAnyElementsOf(before).doesNotContainAnyElementsOf(afterOneErasure);
        assertThat(current(email.toUpperCase(), "+44 " + phone.substring(1))).as("however written").isEqualTo(afterTwo);
        assertThat(current(otherEmail, null)).isEqualTo(victimKeys.of(otherEmail, null));
        assertThat(sql.number("select count(*) from retired_victim_key where token = any(?)",
                (Object) List.of(before.get(0), before.get(1), afterOneErasure.get(0)).toArray(String[]::new)))
                .as("no victim key is kept, only a keyed hash of it").isZero();
    }

    @Test
    void retiringOneIdentifiersKeyMovesOnlyThatIdentifier() {
        String email = "partly-" + UUID.randomUUID() + "@example.org";
        String phone = "07700 " + (900000 + (int) (Math.random() * 99999));
        List<String> before = current(email, phone);

        retire(List.of(before.get(1)));
        retire(List.of(before.get(1)));

        List<String> after = current(email, phone);
        assertThat(after.get(0)).isEqualTo(before.get(0));
        assertThat(after.get(1)).isNotEqualTo(before.get(1));
    }

    private List<String> current(String email, String phone) {
        return QuarkusTransaction.requiringNew().call(() -> retired.current(email, phone));
    }

    private void retire(List<String> keys) {
        QuarkusTransaction.requiringNew().run(() -> retired.retire(keys, OffsetDateTime.now()));
    }
}
