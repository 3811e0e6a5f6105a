package org.hatecrime.victimcare.domain.needs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hatecrime.kit.domain.DomainException;
import org.hatecrime.kit.protection.SealedData;
import org.hatecrime.victimcare.domain.referral.Referral;
import org.hatecrime.victimcare.domain.referral.ReferralAccess;
import org.hatecrime.victimcare.domain.referral.VictimSubjects;

/**
 * A victim service's staff assessing the needs of the victims they were referred, and reading the
 * assessments back. Only the agency that works the referral reaches them; every access is audited,
 * a read as a read of personal data because the notes are opened for it.
 */
@ApplicationScoped
public class NeedsAssessmentWork {

    private final ReferralAccess access;
    private final NeedsAssessments assessments;
    private final VictimSubjects subjects;
    private final SealedData sealed;
    private final NeedsEventPublisher events;
    private final Clock clock;

    NeedsAssessmentWork(ReferralAccess access, NeedsAssessments assessments, VictimSubjects subjects, SealedData sealed,
            NeedsEventPublisher events, Clock clock) {
        this.access = access;
        this.assessments = assessments;
        this.subjects = subjects;
        this.sealed = sealed;
        this.events = events;
        this.clock = clock;
    }

    /** An assessment as its reader sees it: the notes opened, or empty once the victim's data was erased. */
    public record Read(NeedsAssessment assessment, Map<NeedDomain, String> notes, boolean latest) {
    }

    /** What {@link #assess} did: recorded a new assessment, or found the one a repeated request made. */
    public record Outcome(Read assessment, boolean created) {
    }

    /**
     * Records an assessment of the referral's victim and the enhanced rights it found; with an
     * {@code idempotencyKey} already used for this referral, answers that assessment instead.
     */
    @Transactional
    public Outcome assess(UUID referralId, NeedsAssessment.Findings findings, String idempotencyKey) {
        Referral referral = access.forChange(referralId, "needs-assessment.record", "assessing the victim's needs");
        if (idempotencyKey != null) {
            Optional<NeedsAssessment> earlier = assessments.byIdempotencyKey(referralId, idempotencyKey);
            if (earlier.isPresent()) {
                boolean latest = assessments.ofReferral(referralId).get(0).id().equals(earlier.get().id());
                Read read = opened(earlier.get(), latest);
                if (!earlier.get().holds(findings, read.notes())) {
                    throw new DomainException.RuleBroken("This Idempotency-Key was already used with a different assessment");
                }
                return new Outcome(read, false);
            }
        }
        UUID subject = subjects.of(referral);
        NeedsAssessed assessed = NeedsAssessment.assess(referral, subject, findings,
                (id, notes) -> sealed.seal(subject, id.toString(), notes), idempotencyKey, access.actor(), OffsetDateTime.now(clock));
        assessments.persist(assessed.assessment());
        assessments.flush();
        events.publish(assessed);
        return new Outcome(opened(assessed.assessment(), true), true);
    }

    /** Every assessment of the referral, the latest (the one that counts) first, with the notes opened. */
    @Transactional
    public List<Read> history(UUID referralId) {
        access.forReading(referralId, "needs-assessment.read", "reading the victim's needs assessments, notes included");
        List<NeedsAssessment> all = assessments.ofReferral(referralId);
        return all.stream().map(a -> opened(a, a == all.get(0))).toList();
    }

    @SuppressWarnings("unchecked")
    private Read opened(NeedsAssessment assessment, boolean latest) {
        Map<NeedDomain, String> notes = new EnumMap<>(NeedDomain.class);
        sealed.open(assessment.subjectId(), assessment.id().toString(), assessment.sealedNotes(), Map.class)
                .ifPresent(opened -> ((Map<String, String>) opened).forEach((domain, text) -> notes.put(NeedDomain.valueOf(domain), text)));
        return new Read(assessment, notes, latest);
    }
}
