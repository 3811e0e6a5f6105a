package org.hatecrime.kit.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.hatecrime.kit.db.Sql;
import org.hatecrime.testkit.PlatformTestResource;
import org.junit.jupiter.api.Test;

/**
 * A service that seals nothing yet (no protection keys configured) starts, gets the kit's
 * subject_key table, and is told which setting is missing only if it tries to seal or key someone.
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class StartWithoutKeysTest {

    @Inject
    SubjectKeys subjectKeys;

    @Inject
    VictimKeys victimKeys;

    @Inject
    Sql sql;

    @Test
    void aServiceWithoutKeysStartsWithTheSubjectKeyTable() {
        boolean table = QuarkusTransaction.requiringNew().call(
                () -> sql.first("select to_regclass('subject_key') is not null", row -> row.getBoolean(1)).orElseThrow());

        assertThat(table).isTrue();
    }

    @Test
    void sealingWithoutAMasterKeyNamesTheMissingSetting() {
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(subjectKeys::create))
                .hasMessageContaining("hatecrime.protection.master-key is not configured");
    }

    @Test
    void keyingAVictimWithoutASecretNamesTheMissingSetting() {
        assertThatThrownBy(() -> victimKeys.of("sam.example@example.org", null))
                .hasMessageContaining("hatecrime.protection.victim-key-secret is not configured");
    }
}
