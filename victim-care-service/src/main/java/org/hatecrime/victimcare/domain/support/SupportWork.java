package org.hatecrime.victimcare.domain.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hatecrime.kit.domain.DomainException;
import org.hatecrime.kit.protection.SealedData;
import org.hatecrime.victimcare.domain.referral.Referral;
import org.hatecrime.victimcare.domain.referral.ReferralAccess;
import org.hatecrime.victimcare.domain.referral.VictimSubjects;

/**
 * A victim service's staff running the support of a victim who accepted their referral: case
 * manager, plan actions, wellbeing at start and close, satisfaction. Only the agency that works
 * the referral reaches it; every access is audited, and a read as a read of personal data because
 * the actions and the comment are opened for it.
 */
@ApplicationScoped
public class SupportWork {

    private final ReferralAccess access;
    private final Supports supports;
    private final VictimSubjects subjects;
    private final SealedData sealed;
    private final SupportEventPublisher events;
    private final Clock clock;

    SupportWork(ReferralAccess access, Supports supports, VictimSubjects subjects, SealedData sealed, SupportEventPublisher events,
            Clock clock) {
        this.access = access;
        this.supports = supports;
        this.subjects = subjects;
        this.sealed = sealed;
        this.events = events;
        this.clock = clock;
    }

    /** Support as its reader sees it: action descriptions and the comment opened (empty once the victim's data was erased). */
    public record Read(Support support, Map<UUID, String> actionDescriptions, String satisfactionComment) {
    }

    /** What {@link #close} did: closed now, or found it closed the same way by an earlier request. */
    public record Closure(Read support, boolean closedNow) {
    }

    @Transactional
    public Read plan(UUID referralId) {
        access.forReading(referralId, "support.read", "reading the victim's support plan, actions and comment included");
        return opened(supports.ofReferral(referralId).orElseThrow(() -> new DomainException.NotFound("support plan")));
    }

    @Transactional
    public Read assignCaseManager(UUID referralId, Long expectedVersion, String username) {
        Change change = change(referralId, expectedVersion, "support.case-manager", "assigning the case manager");
        change.support().assignCaseManager(change.referral(), username, now());
        return opened(supports.saved(change.support()));
    }

    @Transactional
    public Read recordStartingWellbeing(UUID referralId, Long expectedVersion, List<Integer> items) {
        Change change = change(referralId, expectedVersion, "support.wellbeing-start", "recording the victim's wellbeing at the start");
        change.support().recordStartingWellbeing(change.referral(), items, now());
        return opened(supports.saved(change.support()));
    }

    @Transactional
    public Read addAction(UUID referralId, Long expectedVersion, String description, String owner, LocalDate dueOn) {
        Change change = change(referralId, expectedVersion, "support.action-add", "planning an action of the victim's support");
        change.support().addAction(change.referral(), description, owner, dueOn, sealer(change.support()), now());
        return opened(supports.saved(change.support()));
    }

    @Transactional
    public Read changeAction(UUID referralId, UUID actionId, Long expectedVersion, String description, String owner, LocalDate dueOn,
            ActionStatus status) {
        Change change = change(referralId, expectedVersion, "support.action-change", "changing an action of the victim's support");
        change.support().changeAction(change.referral(), actionId, description, owner, dueOn, status, sealer(change.support()), now());
        return opened(supports.saved(change.support()));
    }

    /** Closes support with the closing wellbeing and satisfaction; a repeat of the same closure changes nothing. */
    @Transactional
    public Closure close(UUID referralId, List<Integer> items, int satisfaction, String comment) {
        Change change = change(referralId, null, "support.close", "closing the victim's support with wellbeing and satisfaction");
        Support support = change.support();
        if (support.closed()) {
            Read read = opened(support);
            if (!support.closedWith(items, satisfaction, comment, read.satisfactionComment())) {
                throw new DomainException.RuleBroken("Support was closed already, with other answers");
            }
            return new Closure(read, false);
        }
        SupportClosed closed = support.close(change.referral(), items, satisfaction, comment, sealer(support), access.actor(), now());
        supports.saved(support);
        events.publish(closed);
        return new Closure(opened(support), true);
    }

    private record Change(Referral referral, Support support) {
    }

    private Change change(UUID referralId, Long expectedVersion, String action, String purpose) {
        Referral referral = access.forChange(referralId, action, purpose);
        Support support = supports.ofReferral(referralId).orElse(null);
        if (expectedVersion != null && (support == null || support.version() != expectedVersion)) {
            throw new DomainException.StaleVersion("The support plan changed since you read it; read it again");
        }
        if (support == null) {
            support = Support.begin(referral, subjects.of(referral), now());
        }
        return new Change(referral, support);
    }

    private Support.Sealer sealer(Support support) {
        return (recordId, personalData) -> sealed.seal(support.subjectId(), recordId, personalData);
    }

    private Read opened(Support support) {
        Map<UUID, String> descriptions = new LinkedHashMap<>();
        support.actions().forEach(action -> sealed.open(support.subjectId(), action.id().toString(), action.sealedDescription(), String.class)
                .ifPresent(text -> descriptions.put(action.id(), text)));
        String comment = sealed.open(support.subjectId(), support.referralId().toString(), support.sealedSatisfactionComment(), String.class)
                .orElse(null);
        return new Read(support, descriptions, comment);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
