package org.hatecrime.kit.protection;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hatecrime.events.EventJson;
import org.hatecrime.kit.db.Sql;
import org.hatecrime.testkit.PlatformTestResource;
import org.hatecrime.testkit.SampleEvents;
import org.junit.jupiter.api.Test;

/**
 * When the person a report is about is erased, the victim key goes from every copy of the report's
 * events the service keeps: outbox rows (published or not) and parked dead letters. Other reports'
 * copies keep theirs, and a parked record that is not JSON is left as it was.
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class KeptEventCopiesTest {

    private static final String KEY = "ab".repeat(32);

    @Inject
    Sql sql;

    @Inject
    KeptEventCopies copies;

    private long offset = System.nanoTime();

    @Test
    void theErasedReportsVictimKeyIsBlankedInItsOutboxRowsAndDeadLettersAndNowhereElse() {
        UUID erased = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        inOutbox(erased, true);
        inOutbox(erased, false);
        inOutbox(other, false);
        parked(erased, json(erased), "evt-" + erased);
        parked(erased, "{not json " + KEY, null);
        parked(other, json(other), "evt-" + other);

        int changed = QuarkusTransaction.requiringNew().call(() -> copies.forgetVictimKeyOf(erased));

        assertThat(changed).isEqualTo(3);
        assertThat(keptWithKey(erased)).containsExactly("{not json " + KEY);
        assertThat(keptWithKey(other)).hasSize(2);
        assertThat(QuarkusTransaction.requiringNew().call(() -> copies.forgetVictimKeyOf(erased))).as("idempotent").isZero();
        String blanked = QuarkusTransaction.requiringNew().call(() -> sql.first(
                "select envelope from outbox_event where aggregate_id = ? limit 1", row -> row.getString(1), erased.toString()).orElseThrow());
        assertThat(EventJson.read(blanked).payload().get("victimKey").isNull()).as("still a readable event, key null").isTrue();
    }

    private static String json(UUID reportId) {
        return EventJson.write(SampleEvents.referralRequested(reportId, "beacon", List.of("RACE"), "STEVENAGE", KEY));
    }

    private void inOutbox(UUID reportId, boolean published) {
        QuarkusTransaction.requiringNew().run(() -> sql.update("""
                insert into outbox_event (id, topic, aggregate_id, event_type, envelope, published_at)
                values (?, 'hatecrime.reports.v1', ?, 'report.referral-requested.v1', ?, ?)""",
                UUID.randomUUID(), reportId.toString(), json(reportId), published ? OffsetDateTime.now() : null));
    }

    private void parked(UUID reportId, String value, String eventId) {
        QuarkusTransaction.requiringNew().run(() -> sql.update("""
                insert into dead_letter (id, consumer, topic, partition, record_offset, record_key, record_value, event_id, event_type,
                                         reason, attempts, parked_at)
                values (?, 'kept-copies-test', 'hatecrime.reports.v1', 0, ?, ?, ?, ?, 'report.referral-requested.v1', 'failed', 3, now())""",
                UUID.randomUUID(), offset++, reportId.toString(), value, eventId));
    }

    private List<String> keptWithKey(UUID reportId) {
        return QuarkusTransaction.requiringNew().call(() -> sql.list("""
                select envelope from outbox_event where aggregate_id = ? and envelope like ?
                union all
                select record_value from dead_letter where record_key = ? and record_value like ?""",
                row -> row.getString(1), reportId.toString(), "%" + KEY + "%", reportId.toString(), "%" + KEY + "%"));
    }
}
