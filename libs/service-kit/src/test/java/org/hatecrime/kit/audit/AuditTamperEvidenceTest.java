package org.hatecrime.kit.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hatecrime.testkit.PlatformTestResource;
import org.hatecrime.testkit.SharedInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The service's own database role cannot rewrite its audit log, and whoever takes the owner's role
 * and does so anyway is caught: by the keyed hashes for a changed row, and by the anchors on Kafka
 * for removed newest rows and a head moved back.
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class AuditTamperEvidenceTest {

    @Inject
    AuditLog log;

    @Inject
    AuditChainVerifier verifier;

    @Inject
    AuditAnchors anchors;

    @Inject
    AuditKeys keys;

    @Inject
    AnchorKeys anchorKeys;

    @ConfigProperty(name = "hatecrime.audit.anchors.lookback")
    int anchorLookback;

    @BeforeEach
    void activity() {
        String record = UUID.randomUUID().toString();
        for (int i = 0; i < 3; i++) {
            QuarkusTransaction.requiringNew().run(() -> log.record("case-worker", "stevenage-centre",
                    new AuditEntry("report.read", "report", record, "follow-up by reporting centre")));
        }
    }

    @Test
    void theServicesRoleCannotChangeRemoveOrEmptyTheAuditLog() throws SQLException {
        try (Connection runtime = SharedInfrastructure.runtimeConnection(); Statement statement = runtime.createStatement()) {
            assertThat(attempt(statement, "update audit_log set actor = 'someone-else'")).contains("permission denied");
            assertThat(attempt(statement, "delete from audit_log")).contains("permission denied");
            assertThat(attempt(statement, "truncate audit_log")).contains("permission denied");
        }
    }

    @Test
    void theServicesRoleCannotSwitchOffTheAppendOnlyTriggers() throws SQLException {
        try (Connection runtime = SharedInfrastructure.runtimeConnection(); Statement statement = runtime.createStatement()) {
            assertThat(attempt(statement, "alter table audit_log disable trigger audit_log_no_change")).contains("must be owner");
            assertThat(attempt(statement, "alter table audit_log disable trigger all")).contains("must be owner");
            assertThat(attempt(statement, "drop table audit_log")).contains("must be owner");
        }
    }

    @Test
    void theServicesRoleCannotMoveAChainsHead() throws SQLException {
        try (Connection runtime = SharedInfrastructure.runtimeConnection(); Statement statement = runtime.createStatement()) {
            assertThat(attempt(statement, "update audit_chain_head set chain_seq = 0, hash = repeat('0', 64)")).contains("permission denied");
            assertThat(attempt(statement, "delete from audit_chain_head")).contains("permission denied");
            assertThat(attempt(statement, "insert into audit_chain_head (chain, chain_seq, hash) values (9999, 0, 'x')"))
                    .contains("permission denied");
        }
    }

    @Test
    void aTableTheOwnerAddsLaterIsTheServicesToWriteButTheMigrationHistoryIsNot() throws SQLException {
        try (Connection owner = SharedInfrastructure.ownerConnection(); Statement statement = owner.createStatement()) {
            statement.execute("create table if not exists added_by_a_later_migration (id bigserial primary key, note text)");
        }
        try (Connection runtime = SharedInfrastructure.runtimeConnection(); Statement statement = runtime.createStatement()) {
            assertThat(attempt(statement, "insert into added_by_a_later_migration (note) values ('written by the service')"))
                    .isEqualTo("allowed");
            assertThat(attempt(statement, "delete from added_by_a_later_migration")).isEqualTo("allowed");
            assertThat(attempt(statement, "delete from flyway_schema_history")).contains("permission denied");
            assertThat(attempt(statement, "create table of_its_own (id int)")).contains("permission denied");
        } finally {
            try (Connection owner = SharedInfrastructure.ownerConnection(); Statement statement = owner.createStatement()) {
                statement.execute("drop table added_by_a_later_migration");
            }
        }
    }

    @Test
    void newRowsAreKeyedWithTheCurrentKey() throws SQLException {
        try (Connection runtime = SharedInfrastructure.runtimeConnection(); Statement statement = runtime.createStatement();
                ResultSet row = statement.executeQuery("select hash_version, key_id from audit_log order by seq desc limit 1")) {
            assertThat(row.next()).isTrue();
            assertThat(row.getInt(1)).isEqualTo(AuditRow.KEYED);
            assertThat(row.getString(2)).isEqualTo(keys.currentId());
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void removingTheNewestRowsAndRewindingTheHeadIsCaughtByTheAnchor() throws SQLException {
        anchors.anchorIfMoved();
        AuditAnchor.Head anchored = anchors.latest().orElseThrow().heads().stream()
                .filter(head -> head.position() >= 3).findFirst().orElseThrow();

        AuditChainVerifier.Verdict verdict = asTheOwner(owner -> {
            try (Statement statement = owner.createStatement()) {
                statement.execute("alter table audit_log disable trigger audit_log_no_change");
                statement.execute("delete from audit_log where chain = " + anchored.chain() + " and chain_seq > "
                        + (anchored.position() - 2));
                statement.execute("update audit_chain_head h set chain_seq = l.chain_seq, hash = l.hash from audit_log l"
                        + " where h.chain = " + anchored.chain() + " and l.chain = h.chain and l.chain_seq = " + (anchored.position() - 2));
            }
        });

        assertThat(verdict.intact()).isFalse();
        assertThat(verdict.chain()).isEqualTo(anchored.chain());
        assertThat(verdict.position()).isEqualTo(anchored.position() - 1);
        assertThat(verdict.reason()).contains("truncation").contains("saw row " + anchored.position());
        assertThat(verdict.anchoredAt()).isNotNull();
    }

    @Test
    void anAnchorForgedInTheServicesNameIsNotTheOneComparedWith() throws Exception {
        AuditAnchor genuine = anchors.anchorIfMoved().orElseGet(() -> anchors.latest().orElseThrow());
        List<AuditAnchor.Head> rewound = List.of(new AuditAnchor.Head(0, 1, "0".repeat(64)));
        // one with a made-up signature, and one properly signed, under this service's key id, with another service's own key
        AuditAnchor garbled = new AuditAnchor(genuine.service(), genuine.anchoredAt().plusSeconds(60), genuine.keyId(), rewound,
                "f".repeat(128));
        AuditAnchor signedByAnother = AuditAnchor.signed(genuine.service(), genuine.anchoredAt().plusSeconds(120), rewound,
                AnchorKeysTest.keys(genuine.keyId(), AnchorKeysTest.OTHER_PRIVATE, genuine.keyId() + ":" + AnchorKeysTest.OTHER_PUBLIC));
        for (AuditAnchor forged : List.of(garbled, signedByAnother)) {
            publish(forged);
        }

        assertThat(anchors.latest().orElseThrow().signature()).isEqualTo(genuine.signature());
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void anOldAnchorWrittenAgainDoesNotHideTheRowsRemovedSinceIt() throws Exception {
        AuditAnchor genuine = anchors.anchorIfMoved().orElseGet(() -> anchors.latest().orElseThrow());
        AuditAnchor.Head anchored = genuine.heads().stream().filter(head -> head.position() >= 3).findFirst().orElseThrow();
        long rewoundTo = anchored.position() - 2;
        // Someone with the owner's role and the service's Kafka password removes the newest rows and
        // writes again an anchor the service signed an hour ago, when the chain ended where it now
        // ends; often enough that the genuine newest anchor is no longer among the last records read.
        List<AuditAnchor.Head> before = genuine.heads().stream()
                .map(head -> head.chain() == anchored.chain() ? new AuditAnchor.Head(head.chain(), rewoundTo, hashAt(head.chain(), rewoundTo)) : head)
                .toList();
        AuditAnchor old = AuditAnchor.signed(genuine.service(), Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MICROS),
                before, anchorKeys);
        publish(Collections.nCopies(anchorLookback + 1, old));

        AuditChainVerifier.Verdict verdict = asTheOwner(owner -> {
            try (Statement statement = owner.createStatement()) {
                statement.execute("alter table audit_log disable trigger audit_log_no_change");
                statement.execute("delete from audit_log where chain = " + anchored.chain() + " and chain_seq > " + rewoundTo);
                statement.execute("update audit_chain_head h set chain_seq = l.chain_seq, hash = l.hash from audit_log l"
                        + " where h.chain = " + anchored.chain() + " and l.chain = h.chain and l.chain_seq = " + rewoundTo);
            }
        });

        assertThat(anchors.latest().orElseThrow().signature()).isEqualTo(genuine.signature());
        assertThat(verdict.intact()).isFalse();
        assertThat(verdict.reason()).contains("truncation").contains("saw row " + anchored.position());
        assertThat(verdict.anchoredAt()).isEqualTo(genuine.anchoredAt());
    }

    private static String hashAt(int chain, long position) {
        try (Connection runtime = SharedInfrastructure.runtimeConnection();
                PreparedStatement select = runtime.prepareStatement("select hash from audit_log where chain = ? and chain_seq = ?")) {
            select.setInt(1, chain);
            select.setLong(2, position);
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void publish(AuditAnchor forged) throws Exception {
        publish(List.of(forged));
    }

    private static void publish(List<AuditAnchor> anchors) throws Exception {
        try (var producer = new org.apache.kafka.clients.producer.KafkaProducer<String, String>(java.util.Map.of(
                "bootstrap.servers", SharedInfrastructure.kafkaBootstrapServers(),
                "key.serializer", org.apache.kafka.common.serialization.StringSerializer.class.getName(),
                "value.serializer", org.apache.kafka.common.serialization.StringSerializer.class.getName()))) {
            var json = new com.fasterxml.jackson.databind.ObjectMapper().findAndRegisterModules()
                    .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
            for (AuditAnchor anchor : anchors) {
                producer.send(new org.apache.kafka.clients.producer.ProducerRecord<>(
                        org.hatecrime.events.Topics.auditAnchors(anchor.service()), anchor.service(), json.writeValueAsString(anchor)));
            }
            producer.flush();
        }
    }

    @Test
    void theLogWithoutTamperingAgreesWithItsAnchor() {
        anchors.anchorIfMoved();

        AuditChainVerifier.Verdict verdict = verifier.verify();

        assertThat(verdict.intact()).isTrue();
        assertThat(verdict.anchoredAt()).isNotNull();
    }

    @Test
    void aChangedRowIsTheFirstBrokenLink() throws SQLException {
        long[] first = new long[2];
        AuditChainVerifier.Verdict verdict = asTheOwner(owner -> {
            try (Statement statement = owner.createStatement()) {
                try (ResultSet target = statement.executeQuery(
                        "select chain, chain_seq from audit_log where chain_seq = 2 and hash_version = 2 order by chain limit 1")) {
                    target.next();
                    first[0] = target.getInt(1);
                    first[1] = target.getLong(2);
                }
                statement.execute("alter table audit_log disable trigger audit_log_no_change");
                // two rows changed: the first in chain order is the one reported, and the rows before it verified
                statement.execute("update audit_log set purpose = 'nothing to see' where (chain = " + first[0] + " and chain_seq >= 2)"
                        + " or chain > " + first[0]);
            }
        });

        assertThat(verdict.intact()).isFalse();
        assertThat(verdict.chain()).isEqualTo((int) first[0]);
        assertThat(verdict.position()).isEqualTo(first[1]);
        assertThat(verdict.reason()).contains("changed after it was written");
    }

    @Test
    void aRowHashedWithAnotherKeyIsCaught() throws SQLException {
        AuditChainVerifier.Verdict verdict = asTheOwner(owner -> {
            try (Statement statement = owner.createStatement();
                    ResultSet head = statement.executeQuery("select chain, chain_seq, hash from audit_chain_head where chain_seq > 0 limit 1")) {
                head.next();
                int chain = head.getInt(1);
                long position = head.getLong(2) + 1;
                AuditRow forged = new AuditRow(chain, position, Instant.now().truncatedTo(ChronoUnit.MICROS), "intruder", "stevenage-centre",
                        "report.read", "report", "forged", "made up", null, head.getString(3), AuditRow.KEYED, keys.currentId());
                AuditKeys attackersKey = new AuditKeys(TestAuditConfig.withKey(keys.currentId(),
                        "YW5vdGhlci1rZXktdGhhdC10aGUtc2VydmljZS1kb2VzLW5vdC1ob2xkLCEh"));
                AuditLog.append(owner, forged, forged.hash(attackersKey).orElseThrow());
            }
        });

        assertThat(verdict.intact()).isFalse();
        assertThat(verdict.reason()).contains("keyed with another key");
    }

    @Test
    void anUnkeyedRowCannotFollowAKeyedOne() throws SQLException {
        AuditChainVerifier.Verdict verdict = asTheOwner(owner -> {
            try (Statement statement = owner.createStatement();
                    ResultSet head = statement.executeQuery("select chain, chain_seq, hash from audit_chain_head where chain_seq > 0 limit 1")) {
                head.next();
                AuditRow forged = new AuditRow(head.getInt(1), head.getLong(2) + 1, Instant.now().truncatedTo(ChronoUnit.MICROS),
                        "intruder", "stevenage-centre", "report.read", "report", "forged", "made up", null, head.getString(3),
                        AuditRow.UNKEYED, null);
                AuditLog.append(owner, forged, forged.hash(keys).orElseThrow());
            }
        });

        assertThat(verdict.intact()).isFalse();
        assertThat(verdict.reason()).contains("unkeyed row cannot follow a keyed one");
    }

    private interface Tampering {
        void apply(Connection owner) throws SQLException;
    }

    /** Tampers as the owner in a transaction of its own, verifies what it sees, and rolls back. */
    private AuditChainVerifier.Verdict asTheOwner(Tampering tampering) throws SQLException {
        try (Connection owner = SharedInfrastructure.ownerConnection()) {
            owner.setAutoCommit(false);
            try {
                tampering.apply(owner);
                return verifier.verify(owner);
            } finally {
                owner.rollback();
            }
        }
    }

    private static String attempt(Statement statement, String sql) {
        try {
            statement.execute(sql);
            return "allowed";
        } catch (SQLException e) {
            return e.getMessage();
        }
    }
}
