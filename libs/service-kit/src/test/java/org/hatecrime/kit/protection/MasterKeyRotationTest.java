package org.hatecrime.kit.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hatecrime.kit.db.Sql;
import org.hatecrime.kit.outbox.KitDatabase;
import org.hatecrime.testkit.PlatformTestResource;
import org.hatecrime.testkit.SharedInfrastructure;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

/**
 * Erasure reaches backups through master key rotation: a backup taken before an erasure holds the
 * erased person's key wrapped by the master key of that time. Once every key has been re-wrapped
 * under a new master key (while the service keeps reading both) and the old one destroyed, that
 * backup, restored into a fresh database, opens nothing, while the live database still opens
 * everyone who was not erased.
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class MasterKeyRotationTest {

    private static final String VERSION_1 = "dGVzdC1vbmx5LW1hc3Rlci1rZXktb2YtMzItYnl0ZXM=";
    private static final String VERSION_2 = Keys.base64("test-only-second-master-key-32by".getBytes());

    @Inject
    Sql sql;

    @Test
    void afterRotationAndDestructionOfTheOldKeyAPreErasureBackupOpensNothingAndTheLiveDatabaseEverythingNotErased() throws Exception {
        SubjectKeys beforeRotation = new SubjectKeys(sql, new Rotation(VERSION_1, 1, List.of()));
        SubjectKeys.Subject erased = QuarkusTransaction.requiringNew().call(beforeRotation::create);
        SubjectKeys.Subject kept = QuarkusTransaction.requiringNew().call(beforeRotation::create);
        String backup = dump(erased.id(), kept.id());

        SubjectKeys duringRotation = new SubjectKeys(sql, new Rotation(VERSION_2, 2, List.of("1:" + VERSION_1)));
        QuarkusTransaction.requiringNew().run(() -> duringRotation.erase(erased.id()));
        assertThat(duringRotation.find(kept.id())).as("read under the retired key while waiting").map(SubjectKeys.Subject::key)
                .contains(kept.key());
        while (QuarkusTransaction.requiringNew().call(() -> duringRotation.rewrap(2)) > 0) {
            // a batch per round, as the scheduled rotation does
        }
        assertThat(QuarkusTransaction.requiringNew().call(duringRotation::waitingForRewrap)).isEmpty();
        assertThat(versionOf(kept.id())).isEqualTo(2L);

        SubjectKeys afterDestruction = new SubjectKeys(sql, new Rotation(VERSION_2, 2, List.of()));
        assertThat(afterDestruction.find(kept.id())).map(SubjectKeys.Subject::key).contains(kept.key());
        assertThat(afterDestruction.find(erased.id())).isEmpty();

        String restored = restore(backup);
        MasterKeys destroyedOldKey = MasterKeys.of(new Rotation(VERSION_2, 2, List.of()));
        MasterKeys hadTheOldKeyBeenKept = MasterKeys.of(new Rotation(VERSION_2, 2, List.of("1:" + VERSION_1)));
        for (Object[] row : rows(restored)) {
            UUID subject = (UUID) row[0];
            assertThat(destroyedOldKey.unwrap(subject, (Integer) row[1], (byte[]) row[2])).as("restored key of %s", subject).isEmpty();
            assertThat(hadTheOldKeyBeenKept.unwrap(subject, (Integer) row[1], (byte[]) row[2])).as("why the old key must go")
                    .isPresent();
        }
        assertThat(rows(restored)).hasSize(2);
    }

    @Test
    void aRetiredKeyMustBeWellFormedAndNotTheCurrentVersion() {
        assertThatThrownBy(() -> ProtectionStartupCheck.check(new Rotation(VERSION_2, 2, List.of("2:" + VERSION_1))))
                .hasMessageContaining("hatecrime.protection.retired-master-keys");
        assertThatThrownBy(() -> ProtectionStartupCheck.check(new Rotation(VERSION_2, 2, List.of(VERSION_1))))
                .hasMessageContaining("version:base64");
        assertThatThrownBy(() -> ProtectionStartupCheck.check(new Rotation(VERSION_2, 2, List.of("1:c2hvcnQ="))))
                .hasMessageContaining("32 bytes");
    }

    private long versionOf(UUID subject) {
        return QuarkusTransaction.requiringNew().call(() -> sql.number("select key_version from subject_key where subject_id = ?", subject));
    }

    /** The rows of the two subjects as a backup holds them (PostgreSQL's COPY text format, as pg_dump writes data). */
    private static String dump(UUID first, UUID second) throws SQLException, java.io.IOException {
        try (Connection connection = DriverManager.getConnection(SharedInfrastructure.serviceJdbcUrl(), "postgres", "postgres")) {
            StringWriter out = new StringWriter();
            connection.unwrap(PGConnection.class).getCopyAPI().copyOut("copy (select subject_id, wrapped_key, created_at, erased_at, "
                    + "key_version from subject_key where subject_id in ('" + first + "', '" + second + "')) to stdout", out);
            return out.toString();
        }
    }

    /** A fresh database with the kit's tables, and the backup's rows in it; its URL. */
    private static String restore(String backup) throws SQLException, java.io.IOException {
        KitDatabase fresh = KitDatabase.create();
        try (Connection connection = fresh.connect()) {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "copy subject_key (subject_id, wrapped_key, created_at, erased_at, key_version) from stdin", new StringReader(backup));
        }
        return fresh.url;
    }

    private static List<Object[]> rows(String url) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url, "postgres", "postgres");
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("select subject_id, key_version, wrapped_key from subject_key")) {
            while (result.next()) {
                rows.add(new Object[] {result.getObject(1, UUID.class), result.getInt(2), result.getBytes(3)});
            }
        }
        return rows;
    }

    private record Rotation(String current, int masterKeyVersion, List<String> retired) implements ProtectionConfig {
        public Optional<String> masterKey() {
            return Optional.of(current);
        }

        public Optional<List<String>> retiredMasterKeys() {
            return Optional.of(retired);
        }

        public Optional<String> victimKeySecret() {
            return Optional.empty();
        }

        public boolean required() {
            return false;
        }

        public int rewrapBatch() {
            return 2;
        }

        public Duration rewrapInterval() {
            return Duration.ofSeconds(30);
        }
    }
}
