package org.hatecrime.kit.deadletter;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.hatecrime.kit.db.Sql;
import org.hatecrime.testkit.PlatformTestResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Settled dead letters are forgotten once their retention has passed since the re-drive that settled
 * them; those still parked stay until an operator deals with them. Against a real PostgreSQL, on a
 * clock the test sets (years ahead of the real one, so the scheduled clean-up never meets these rows).
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class DeadLetterRetentionTest {

    private static final Duration RETENTION = Duration.ofDays(30);
    private static final Instant PARKED = Instant.parse("2031-03-02T09:00:00Z");

    @Inject
    Sql sql;

    @Inject
    DeadLetterRecords records;

    @Inject
    DeadLetterConfig config;

    @Inject
    DeadLetterRetention scheduled;

    private String consumer;
    private long offset;

    @BeforeEach
    void ownConsumer() {
        consumer = "retention-test-" + UUID.randomUUID();
    }

    @Test
    void aDeadLetterAReDriveAppliedIsDeletedWithItsReDrivesOnceItsRetentionHasPassed() {
        UUID deadLetter = parked("evt-applied");
        Instant applied = PARKED.plus(Duration.ofDays(2));
        redriven(deadLetter, PARKED.plus(Duration.ofDays(1)), RedriveOutcome.FAILED);
        redriven(deadLetter, applied, RedriveOutcome.APPLIED);

        assertThat(retentionAt(applied.plus(RETENTION).minusSeconds(1)).forgetSettled()).isZero();
        assertThat(stored()).containsExactly(deadLetter);
        assertThat(redrivesOf(deadLetter)).isEqualTo(2);

        assertThat(retentionAt(applied.plus(RETENTION)).forgetSettled()).isEqualTo(1);
        assertThat(stored()).isEmpty();
        assertThat(redrivesOf(deadLetter)).isZero();
    }

    @Test
    void aDeadLetterFoundAlreadyAppliedIsSettledAndDeletedTheSameWay() {
        UUID deadLetter = parked("evt-already");
        redriven(deadLetter, PARKED, RedriveOutcome.ALREADY_APPLIED);

        retentionAt(PARKED.plus(RETENTION)).forgetSettled();

        assertThat(stored()).isEmpty();
    }

    @Test
    void retentionIsCountedFromTheReDriveThatSettledItNotFromWhenItWasParked() {
        UUID deadLetter = parked("evt-late");
        Instant applied = PARKED.plus(Duration.ofDays(60));
        redriven(deadLetter, applied, RedriveOutcome.APPLIED);

        retentionAt(applied.plus(Duration.ofDays(29))).forgetSettled();

        assertThat(stored()).containsExactly(deadLetter);
    }

    @Test
    void deadLettersStillParkedAreNeverDeletedHoweverOld() {
        UUID neverRedriven = parked("evt-waiting");
        UUID redrivesFailed = parked("evt-failing");
        redriven(redrivesFailed, PARKED.plus(Duration.ofDays(1)), RedriveOutcome.FAILED);
        redriven(redrivesFailed, PARKED.plus(Duration.ofDays(2)), RedriveOutcome.FAILED);
        UUID poison = parked(null);

        assertThat(retentionAt(PARKED.plus(Duration.ofDays(3650))).forgetSettled()).isZero();

        assertThat(stored()).containsExactlyInAnyOrder(neverRedriven, redrivesFailed, poison);
        assertThat(redrivesOf(redrivesFailed)).isEqualTo(2);
    }

    @Test
    void aShorterConfiguredRetentionIsHonoured() {
        UUID deadLetter = parked("evt-short");
        redriven(deadLetter, PARKED, RedriveOutcome.APPLIED);

        new DeadLetterRetention(records, consumer, new Retention(Duration.ofDays(7)), Clock.fixed(PARKED.plus(Duration.ofDays(7)), ZoneOffset.UTC))
                .forgetSettled();

        assertThat(stored()).isEmpty();
    }

    @Test
    void settledDeadLettersAreKeptThirtyDaysUnlessConfiguredOtherwise() {
        assertThat(config.retention()).isEqualTo(RETENTION);
        assertThat(scheduled.forgetSettled()).as("the service's own clean-up runs").isNotNegative();
    }

    private DeadLetterRetention retentionAt(Instant now) {
        return new DeadLetterRetention(records, consumer, new Retention(RETENTION), Clock.fixed(now, ZoneOffset.UTC));
    }

    private UUID parked(String eventId) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> sql.update("""
                insert into dead_letter (id, consumer, topic, partition, record_offset, record_key, record_value, event_id, event_type,
                                         reason, attempts, parked_at)
                values (?, ?, 'hatecrime.kit-test.v1', 0, ?, 'report-1', '{}', ?, 'report.submitted.v1', 'failed after 3 attempts', 3, ?)""",
                id, consumer, offset++, eventId, OffsetDateTime.ofInstant(PARKED, ZoneOffset.UTC)));
        return id;
    }

    private void redriven(UUID deadLetter, Instant at, RedriveOutcome outcome) {
        QuarkusTransaction.requiringNew().run(() -> records.record(new Redrive(deadLetter, "evt", outcome, "re-driven",
                "admin-herts", OffsetDateTime.ofInstant(at, ZoneOffset.UTC)), "herts-csp"));
    }

    private List<UUID> stored() {
        return QuarkusTransaction.requiringNew().call(() -> sql.list("select id from dead_letter where consumer = ?",
                row -> row.getObject(1, UUID.class), consumer));
    }

    private long redrivesOf(UUID deadLetter) {
        return QuarkusTransaction.requiringNew().call(() -> sql.number("select count(*) from dead_letter_redrive where dead_letter_id = ?",
                deadLetter));
    }

    private record Retention(Duration retention) implements DeadLetterConfig {
        public boolean apiEnabled() {
            return true;
        }

        public List<String> operatorAgencies() {
            return List.of("herts-csp");
        }

        public int redriveAllLimit() {
            return 100;
        }

        public Duration cleanupInterval() {
            return Duration.ofHours(1);
        }

        public Duration countInterval() {
            return Duration.ofMinutes(1);
        }
    }
}
