package org.hatecrime.kit.inbox;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hatecrime.events.EventEnvelope;
import org.hatecrime.events.Topics;
import org.hatecrime.testkit.SampleEvents;
import org.junit.jupiter.api.Test;

/** An event is applied only if it came from its topic's owner and belongs on that topic. */
class EventProvenanceTest {

    private static final EventEnvelope SHARED = SampleEvents.sharedWithPolice(UUID.randomUUID(), "herts-police", List.of("RACE"), "STEVENAGE");

    @Test
    void anEventFromTheTopicsOwnerOfATypeThatBelongsThereIsAccepted() {
        assertThatCode(() -> EventProvenance.check(Topics.REPORTS, SHARED)).doesNotThrowAnyException();
    }

    @Test
    void anEventClaimingAnotherSourceOnADomainTopicIsRefusedNamingBoth() {
        assertThatThrownBy(() -> EventProvenance.check(Topics.REPORTS, from("analytics-service", SHARED)))
                .isInstanceOf(Inbox.PoisonEventException.class)
                .hasMessageContaining("from analytics-service on hatecrime.reports.v1, where only reporting-service publishes");
    }

    @Test
    void anEventOfAnotherTopicsTypeIsRefusedEvenFromTheRightSource() {
        EventEnvelope caseOpened = new EventEnvelope(UUID.randomUUID(), "case.opened.v1", "case-service", "case-1",
                OffsetDateTime.now(), null, null, SHARED.payload());
        assertThatThrownBy(() -> EventProvenance.check(Topics.CASES, from("case-service", SHARED)))
                .hasMessageContaining("belongs on hatecrime.reports.v1, not hatecrime.cases.v1");
        assertThatCode(() -> EventProvenance.check(Topics.CASES, caseOpened)).doesNotThrowAnyException();
    }

    @Test
    void topicsWithoutAnOwnerAreNotChecked() {
        assertThatCode(() -> EventProvenance.check("hatecrime.kit-test.v1", from("anyone", SHARED))).doesNotThrowAnyException();
    }

    private static EventEnvelope from(String source, EventEnvelope event) {
        return new EventEnvelope(event.id(), event.type(), source, event.subject(), event.occurredAt(), event.traceparent(),
                event.requestId(), event.payload());
    }
}
