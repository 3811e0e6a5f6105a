package org.hatecrime.victimcare.domain.contact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hatecrime.kit.audit.AuditEntry;
import org.hatecrime.kit.audit.AuditLog;
import org.hatecrime.kit.domain.DomainException;
import org.hatecrime.kit.security.Caller;
import org.hatecrime.victimcare.config.ContactConfig;
import org.hatecrime.victimcare.domain.referral.Referral;
import org.hatecrime.victimcare.domain.referral.ReferralEventPublisher;
import org.hatecrime.victimcare.domain.referral.Referrals;

/**
 * The contacts a victim service's staff had, or tried to have, with the victim of a referral they
 * work. Each is checked against the victim's safe-contact preferences before it is logged, and each
 * entry shows the victim's language and interpreter needs, so nobody calls without an interpreter
 * the victim needs. Audited like every look at a referral.
 */
@ApplicationScoped
public class ContactLog {

    private final Referrals referrals;
    private final ContactAttempts attempts;
    private final VictimContactDetails contactDetails;
    private final ReferralEventPublisher events;
    private final ContactConfig config;
    private final Caller caller;
    private final AuditLog audit;
    private final Clock clock;

    ContactLog(Referrals referrals, ContactAttempts attempts, VictimContactDetails contactDetails, ReferralEventPublisher events,
            ContactConfig config, Caller caller, AuditLog audit, Clock clock) {
        this.referrals = referrals;
        this.attempts = attempts;
        this.contactDetails = contactDetails;
        this.events = events;
        this.config = config;
        this.caller = caller;
        this.audit = audit;
        this.clock = clock;
    }

    /** A logged contact with the language needs of the victim it was with (null when no details are held). */
    public record Entry(ContactAttempt attempt, String language, Boolean interpreterNeeded) {
    }

    /**
     * Logs a contact with the victim; refused (naming why) for a route the victim marked unsafe, or
     * outside their safe times without an override reason. The first contact of a referral from a
     * report fetches the victim's preferences from intake, so they are always checked.
     */
    @Transactional
    public Entry log(UUID referralId, ContactAttempt.Planned planned) {
        Referral referral = referrals.lockedFor(referralId, caller.agency()).orElseThrow(() -> new DomainException.NotFound("referral"));
        audit.record(caller.actor(), caller.agency(), new AuditEntry("referral.contact.log", VictimContactDetails.OBJECT_TYPE,
                referral.id().toString(), "contact " + planned.channel()));
        if (referral.contactStopped()) {
            throw new DomainException.RuleBroken("Do not contact the victim: " + referral.contactStoppedBecause());
        }
        Optional<ContactDetails> details = contactDetails.obtain(referral).map(VictimContactDetails.Held::details);
        OffsetDateTime now = OffsetDateTime.now(clock);
        ContactAttempt.Logged logged = ContactAttempt.log(referral, SafeContactPolicy.of(details.orElse(null), config.zone()), planned,
                caller.actor(), now);
        attempts.persist(logged.attempt());
        if (logged.moved() != null) {
            events.publish(logged.moved());
        }
        return entry(logged.attempt(), details);
    }

    /** Every contact logged on the referral, oldest first. */
    @Transactional
    public List<Entry> of(UUID referralId) {
        Referral referral = referrals.workedBy(referralId, caller.agency()).orElseThrow(() -> new DomainException.NotFound("referral"));
        audit.record(caller.actor(), caller.agency(), new AuditEntry("referral.contact.list", VictimContactDetails.OBJECT_TYPE,
                referral.id().toString(), "reading the contact log"));
        Optional<ContactDetails> details = contactDetails.held(referral).map(VictimContactDetails.Held::details);
        return attempts.ofReferral(referral.id()).stream().map(attempt -> entry(attempt, details)).toList();
    }

    private static Entry entry(ContactAttempt attempt, Optional<ContactDetails> details) {
        ContactDetails.SafeContact safe = details.map(ContactDetails::safeContactOrNone).orElse(ContactDetails.SafeContact.NONE);
        return new Entry(attempt, safe.language(), safe.interpreterNeeded());
    }
}
