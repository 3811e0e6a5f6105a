package org.hatecrime.cases.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hatecrime.cases.domain.casefile.Case;
import org.hatecrime.cases.domain.casefile.CaseEvent;
import org.hatecrime.cases.domain.casefile.CaseEventPublisher;
import org.hatecrime.cases.domain.casefile.CaseMove;
import org.hatecrime.cases.domain.casefile.OverdueUpdate;
import org.hatecrime.cases.domain.casefile.VictimUpdate;
import org.hatecrime.events.EventTypes;
import org.hatecrime.kit.outbox.Outbox;

/**
 * Publishes a case's events through the outbox on {@code hatecrime.cases.v1}, keyed by the case
 * id, each built once from the case: codes, dates and ids only.
 */
@ApplicationScoped
public class CaseEvents implements CaseEventPublisher {

    private final Outbox outbox;

    CaseEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public record CaseOpened(UUID caseId, UUID reportId, String force, String cpsArea, String district, List<String> strands,
            OffsetDateTime occurredAt, OffsetDateTime openedAt) {
    }

    public record CaseRecorded(UUID caseId, UUID reportId, String force, String district, List<String> strands, String recordedAs,
            String recordingReason, OffsetDateTime recordedAt) {
    }

    public record StageChanged(UUID caseId, UUID reportId, String force, String district, List<String> strands, String fromStage,
            String stage, String party, String reasonCode, boolean hateCrimeFlag, OffsetDateTime changedAt) {
    }

    public record CaseClosed(UUID caseId, UUID reportId, String force, String district, List<String> strands, String fromStage,
            String recordedAs, boolean hateCrimeFlag, String verdict, Boolean upliftApplied, String outcomeCode,
            OffsetDateTime openedAt, OffsetDateTime closedAt) {
    }

    public record VictimUpdateDue(UUID caseId, UUID updateId, String force, String kind, boolean enhancedRights,
            OffsetDateTime eventAt, OffsetDateTime dueAt) {
    }

    public record VictimUpdateOverdue(UUID caseId, UUID updateId, String force, String kind, boolean enhancedRights,
            OffsetDateTime eventAt, OffsetDateTime dueAt, OffsetDateTime detectedAt) {
    }

    public record ReviewRequested(UUID caseId, UUID reportId, String force, String scheme, OffsetDateTime decidedAt,
            OffsetDateTime requestBy, OffsetDateTime requestedAt) {
    }

    public record SharingConsentChanged(UUID caseId, UUID reportId, String force, boolean granted, OffsetDateTime changedAt) {
    }

    @Override
    public void publish(CaseEvent event) {
        Case c = event.theCase();
        String id = c.id().toString();
        if (event instanceof CaseEvent.Opened) {
            outbox.add(EventTypes.CASE_OPENED, id, new CaseOpened(c.id(), c.reportId(), c.force(), c.cpsArea(), c.district(), c.strands(),
                    c.occurredAt(), c.openedAt()));
        } else if (event instanceof CaseEvent.Recorded recorded) {
            outbox.add(EventTypes.CASE_RECORDED, id, new CaseRecorded(c.id(), c.reportId(), c.force(), c.district(), c.strands(),
                    c.recordedAs().name(), c.recordingReason(), recorded.move().at()));
        } else if (event instanceof CaseEvent.StageChanged changed) {
            outbox.add(EventTypes.CASE_STAGE_CHANGED, id, stageChanged(c, changed.move()));
        } else if (event instanceof CaseEvent.Charged charged) {
            outbox.add(EventTypes.CASE_CHARGED, id, stageChanged(c, charged.move()));
        } else if (event instanceof CaseEvent.Closed closed) {
            outbox.add(EventTypes.CASE_CLOSED, id, new CaseClosed(c.id(), c.reportId(), c.force(), c.district(), c.strands(),
                    closed.move().from().name(), c.recordedAs() == null ? null : c.recordedAs().name(), c.hateCrimeFlag(),
                    c.verdict() == null ? null : c.verdict().name(), c.upliftApplied(), c.outcomeCode(), c.openedAt(), c.closedAt()));
        } else if (event instanceof CaseEvent.VictimUpdateDue due) {
            VictimUpdate u = due.update();
            outbox.add(EventTypes.CASE_VICTIM_UPDATE_DUE, id, new VictimUpdateDue(c.id(), u.id(), c.force(), u.kind().name(),
                    u.enhancedRights(), u.eventAt(), u.dueAt()));
        } else if (event instanceof CaseEvent.ReviewRequested) {
            outbox.add(EventTypes.CASE_REVIEW_REQUESTED, id, new ReviewRequested(c.id(), c.reportId(), c.force(), c.reviewScheme().name(),
                    c.reviewOfferedAt(), c.reviewRequestBy(), c.reviewRequestedAt()));
        } else if (event instanceof CaseEvent.SharingConsentChanged changed) {
            outbox.add(EventTypes.CASE_SHARING_CONSENT_CHANGED, id, new SharingConsentChanged(c.id(), c.reportId(), c.force(),
                    changed.granted(), changed.at()));
        }
    }

    @Override
    public void publishOverdue(OverdueUpdate o) {
        outbox.add(EventTypes.CASE_VICTIM_UPDATE_OVERDUE, o.caseId().toString(), new VictimUpdateOverdue(o.caseId(), o.updateId(),
                o.force(), o.kind().name(), o.enhancedRights(), o.eventAt(), o.dueAt(), o.detectedAt()));
    }

    private static StageChanged stageChanged(Case c, CaseMove move) {
        return new StageChanged(c.id(), c.reportId(), c.force(), c.district(), c.strands(), move.from().name(), move.to().name(),
                move.party().name(), move.reasonCode(), c.hateCrimeFlag(), move.at());
    }
}
