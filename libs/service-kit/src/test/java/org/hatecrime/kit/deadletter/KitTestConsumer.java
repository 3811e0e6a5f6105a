package org.hatecrime.kit.deadletter;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.hatecrime.events.EventEnvelope;
import org.hatecrime.events.EventJson;
import org.hatecrime.events.EventTypes;
import org.hatecrime.kit.db.Sql;
import org.hatecrime.kit.inbox.EventRoutes;
import org.hatecrime.kit.inbox.Inbox;
import org.hatecrime.kit.inbox.InboxConsumer;
import org.hatecrime.testkit.SampleEvents;
import org.hatecrime.testkit.TestEvents;

/**
 * A consumer as a service writes one, whose effect a test can break for one report ("the cause")
 * and fix again. Each applied effect adds a row to {@code kit_test_applied}.
 */
@ApplicationScoped
public class KitTestConsumer implements InboxConsumer {

    public static final String TOPIC = "hatecrime.kit-test.v1";
    public static final String CONSUMER = "service-kit-test";

    private final Inbox inbox;
    private final Sql sql;
    private final EventRoutes routes;
    private final Set<String> broken = ConcurrentHashMap.newKeySet();

    KitTestConsumer(Inbox inbox, Sql sql) {
        this.inbox = inbox;
        this.sql = sql;
        this.routes = new EventRoutes().on(EventTypes.REPORT_SUBMITTED, JsonNode.class, this::count)
                .on(EventTypes.SUBJECT_ERASED, JsonNode.class, this::erase);
    }

    private void erase(JsonNode payload) {
        String reportId = payload.get("reportId").asText();
        if (broken.contains(reportId)) {
            throw new IllegalStateException("the erasure of report " + reportId + " cannot be applied");
        }
        sql.update("insert into kit_test_applied (report_id) values (?)", reportId);
    }

    private void count(JsonNode payload) {
        String reportId = payload.get("reportId").asText();
        if (broken.contains(reportId)) {
            throw new IllegalStateException("district " + payload.get("district").asText() + " is not configured");
        }
        sql.update("insert into kit_test_applied (report_id) values (?)", reportId);
    }

    @Override
    public EventRoutes routes() {
        return routes;
    }

    @Incoming("kit-events")
    @Blocking
    public void onEvents(ConsumerRecords<String, String> records) {
        inbox.deliverAll(records, routes);
    }

    /** The effect fails for this report until {@link #fix}. */
    public void breakFor(UUID reportId) {
        broken.add(reportId.toString());
    }

    public void fix(UUID reportId) {
        broken.remove(reportId.toString());
    }

    /** Publishes a valid report.submitted.v1 about a new report; the envelope as sent. */
    public static EventEnvelope publishSubmitted(UUID reportId) {
        EventEnvelope event = SampleEvents.reportSubmitted(reportId, java.util.List.of("RACE"), "STEVENAGE", false, false, true);
        publish(reportId, event);
        return event;
    }

    /** Publishes a valid subject.erased.v1 about the report; the envelope as sent. */
    public static EventEnvelope publishErased(UUID reportId) {
        EventEnvelope event = SampleEvents.subjectErased(reportId, java.util.List.of("0e".repeat(32)));
        publish(reportId, event);
        return event;
    }

    public static void publish(UUID reportId, EventEnvelope event) {
        TestEvents.publish(TOPIC, reportId.toString(), EventJson.write(event));
    }

    /** How often the effect was applied for the report. */
    public long appliedFor(UUID reportId) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(
                () -> sql.number("select count(*) from kit_test_applied where report_id = ?", reportId.toString()));
    }
}
