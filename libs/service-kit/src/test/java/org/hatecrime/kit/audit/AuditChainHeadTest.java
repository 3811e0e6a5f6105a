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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hatecrime.testkit.PlatformTestResource;
import org.hatecrime.testkit.SharedInfrastructure;
import org.junit.jupiter.api.Test;

/**
 * A chain's head is locked by every append and moved by every appended row: under parallel appends
 * to one record each row follows exactly the one before it, and a chain that has no head yet starts
 * from the genesis row.
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class AuditChainHeadTest {

    private static final int WRITERS = 8;
    private static final int APPENDS_EACH = 25;

    @Inject
    AuditLog log;

    @Test
    void parallelAppendsToOneRecordFormOneUnbrokenChainEndingAtItsHead() throws Exception {
        String record = UUID.randomUUID().toString();
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                done.add(writers.submit(() -> {
                    for (int i = 0; i < APPENDS_EACH; i++) {
                        QuarkusTransaction.requiringNew().run(() -> log.record("case-worker", "stevenage-centre",
                                new AuditEntry("report.read", "report", record, "follow-up by reporting centre")));
                    }
                }));
            }
            for (Future<?> writer : done) {
                writer.get();
            }
        } finally {
            writers.shutdownNow();
        }

        try (Connection runtime = SharedInfrastructure.runtimeConnection()) {
            int chain = chainOf(runtime, record);
            // every row of the record follows the row just before it in its chain, by position and by hash
            try (PreparedStatement rows = runtime.prepareStatement("""
                    select count(*), count(*) filter (where mine.prev_hash =
                               coalesce(before.hash, case when mine.chain_seq = 1 then repeat('0', 64) end))
                      from audit_log mine left join audit_log before on before.chain = mine.chain and before.chain_seq = mine.chain_seq - 1
                     where mine.object_id = ?""")) {
                rows.setString(1, record);
                try (ResultSet counts = rows.executeQuery()) {
                    counts.next();
                    assertThat(counts.getInt(1)).isEqualTo(WRITERS * APPENDS_EACH);
                    assertThat(counts.getInt(2)).isEqualTo(WRITERS * APPENDS_EACH);
                }
            }
            try (Statement statement = runtime.createStatement(); ResultSet head = statement.executeQuery(
                    "select h.chain_seq = (select max(chain_seq) from audit_log where chain = " + chain + "),"
                            + " h.hash = (select hash from audit_log where chain = " + chain + " order by chain_seq desc limit 1)"
                            + " from audit_chain_head h where h.chain = " + chain)) {
                assertThat(head.next()).isTrue();
                assertThat(head.getBoolean(1)).as("head at the newest position").isTrue();
                assertThat(head.getBoolean(2)).as("head holds the newest hash").isTrue();
            }
        }
    }

    @Test
    void aChainWithoutAHeadStartsFromGenesisAndItsFirstRowBecomesTheHead() throws SQLException {
        int unused = 1_000_000 + (int) (Math.random() * 1_000_000);
        try (Connection runtime = SharedInfrastructure.runtimeConnection()) {
            runtime.setAutoCommit(false);
            try (Statement statement = runtime.createStatement()) {
                try (ResultSet head = statement.executeQuery("select chain_seq, hash from audit_chain_head_lock(" + unused + ")")) {
                    assertThat(head.next()).isTrue();
                    assertThat(head.getLong(1)).isZero();
                    assertThat(head.getString(2)).isEqualTo(AuditLog.GENESIS);
                    assertThat(head.next()).as("one head").isFalse();
                }
            } finally {
                runtime.rollback();
            }
            // a row appended to a chain nobody locked (an older instance during an upgrade) still moves its head
            try (Statement statement = runtime.createStatement()) {
                statement.execute("insert into audit_log (chain, chain_seq, occurred_at, actor, agency, action, object_type, object_id,"
                        + " purpose, prev_hash, hash, hash_version, key_id) values (" + unused + ", 1, now(), 'case-worker',"
                        + " 'stevenage-centre', 'report.read', 'report', 'r', 'test', repeat('0', 64), repeat('a', 64), 1, null)");
                try (ResultSet head = statement.executeQuery("select chain_seq, hash from audit_chain_head where chain = " + unused)) {
                    assertThat(head.next()).isTrue();
                    assertThat(head.getLong(1)).isEqualTo(1);
                    assertThat(head.getString(2)).isEqualTo("a".repeat(64));
                }
            } finally {
                runtime.rollback(); // leaves the log as it was: the row was never committed
            }
        }
    }

    private static int chainOf(Connection connection, String record) throws SQLException {
        try (PreparedStatement chain = connection.prepareStatement("select distinct chain from audit_log where object_id = ?")) {
            chain.setString(1, record);
            try (ResultSet row = chain.executeQuery()) {
                assertThat(row.next()).isTrue();
                int found = row.getInt(1);
                assertThat(row.next()).as("one chain per record").isFalse();
                return found;
            }
        }
    }
}
