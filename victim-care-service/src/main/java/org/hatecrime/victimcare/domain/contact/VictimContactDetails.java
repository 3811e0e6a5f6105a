package org.hatecrime.victimcare.domain.contact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.hatecrime.kit.audit.AuditEntry;
import org.hatecrime.kit.audit.AuditLog;
import org.hatecrime.kit.domain.DomainException;
import org.hatecrime.kit.protection.SealedData;
import org.hatecrime.kit.security.Caller;
import org.hatecrime.victimcare.domain.referral.Referral;
import org.hatecrime.victimcare.domain.referral.Referrals;
import org.hatecrime.victimcare.domain.referral.VictimSubjects;

/**
 * The contact details of a referral's victim, for the staff of the service that works it. For a
 * referral from a report they are fetched from intake's referral packet once, on first use, while
 * contact is allowed (claim check), and kept sealed under a data subject key of this service's own;
 * a self-referral brings its own. Every fetch and every read is audited.
 */
@ApplicationScoped
public class VictimContactDetails {

    static final String OBJECT_TYPE = "referral";
    static final String ERASED = "The victim's personal data was erased (at intake, or on a retention review): their contact details and safe-contact "
            + "preferences are no longer held and cannot be fetched again";

    private final Referrals referrals;
    private final VictimContacts contacts;
    private final ReferralPackets packets;
    private final VictimSubjects victimSubjects;
    private final SealedData sealedData;
    private final Caller caller;
    private final AuditLog audit;
    private final Clock clock;

    VictimContactDetails(Referrals referrals, VictimContacts contacts, ReferralPackets packets, VictimSubjects victimSubjects,
            SealedData sealedData,
            Caller caller, AuditLog audit, Clock clock) {
        this.referrals = referrals;
        this.contacts = contacts;
        this.packets = packets;
        this.victimSubjects = victimSubjects;
        this.sealedData = sealedData;
        this.caller = caller;
        this.audit = audit;
        this.clock = clock;
    }

    /** The details as held, with where and when they were obtained. */
    public record Held(ContactDetails details, VictimContact.Source obtainedFrom, OffsetDateTime obtainedAt) {
    }

    /**
     * The details of a referral the caller's agency works. Refused while contact has to stop; the
     * referral is locked while intake is asked, so two first reads fetch once.
     */
    @Transactional
    public Held read(UUID referralId) {
        Referral referral = referrals.lockedFor(referralId, caller.agency()).orElseThrow(() -> new DomainException.NotFound("referral"));
        audit.record(caller.actor(), caller.agency(), new AuditEntry("referral.contact-details.read", OBJECT_TYPE, referral.id().toString(),
                "contacting the victim"));
        if (referral.contactStopped()) {
            throw new DomainException.RuleBroken("Do not contact the victim: " + referral.contactStoppedBecause()
                    + "; their contact details are no longer shown");
        }
        return obtain(referral).orElseThrow(() -> new DomainException.NotFound(referral.reportId() == null
                ? "contact details (none were given for a referral your service opened itself)"
                : "contact details (intake holds none for your service: the victim may have withdrawn their consent)"));
    }

    /**
     * The details held for the referral, fetching them from intake the first time; nothing for a
     * referral without a report and without details of its own; refused once the victim was erased.
     * The caller holds the referral's lock and has checked that contact is allowed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    Optional<Held> obtain(Referral referral) {
        if (referral.victimErased()) {
            // gone with their key here, and never fetched again: intake erased them too
            throw new DomainException.RuleBroken(ERASED);
        }
        Optional<VictimContact> kept = contacts.findByIdOptional(referral.id());
        if (kept.isPresent()) {
            return open(kept.get());
        }
        if (referral.reportId() == null) {
            return Optional.empty();
        }
        Optional<ContactDetails> fetched = packets.contactDetailsOf(referral.reportId());
        if (fetched.isEmpty()) {
            return Optional.empty();
        }
        audit.record(caller.actor(), caller.agency(), new AuditEntry("referral.contact-details.fetch", OBJECT_TYPE, referral.id().toString(),
                "claim check: referral packet of report " + referral.reportId()));
        return Optional.of(keep(referral, fetched.get(), VictimContact.Source.INTAKE));
    }

    /** The details held, if any, without fetching: for showing language needs beside logged contacts. */
    @Transactional(Transactional.TxType.MANDATORY)
    Optional<Held> held(Referral referral) {
        return contacts.findByIdOptional(referral.id()).flatMap(this::open);
    }

    /**
     * Keeps the victim's details for the referral, sealed under the victim's subject key in victim
     * care (the one their needs notes are sealed with); later details from the victim replace earlier ones.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Held keep(Referral referral, ContactDetails details, VictimContact.Source from) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Optional<VictimContact> kept = contacts.findByIdOptional(referral.id());
        if (kept.isPresent()) {
            VictimContact contact = kept.get();
            contact.replace(sealedData.seal(contact.subjectId(), contact.recordId(), details), from, now);
            return new Held(details, from, now);
        }
        // the victim's one subject in victim care: erasing it erases these details with their needs notes
        UUID subject = victimSubjects.of(referral);
        VictimContact contact = new VictimContact(referral.id(), subject, null, from, now);
        contact.replace(sealedData.seal(subject, contact.recordId(), details), from, now);
        contacts.persist(contact);
        return new Held(details, from, now);
    }

    /** Empty once the victim's subject key was erased. */
    private Optional<Held> open(VictimContact contact) {
        return sealedData.open(contact.subjectId(), contact.recordId(), contact.sealedDetails(), ContactDetails.class)
                .map(details -> new Held(details, contact.obtainedFrom(), contact.obtainedAt()));
    }
}
