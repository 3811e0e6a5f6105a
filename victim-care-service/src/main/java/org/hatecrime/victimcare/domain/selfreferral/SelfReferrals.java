package org.hatecrime.victimcare.domain.selfreferral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.hatecrime.kit.audit.AuditEntry;
import org.hatecrime.kit.audit.AuditLog;
import org.hatecrime.kit.domain.DomainException;
import org.hatecrime.kit.protection.RetiredVictimKeys;
import org.hatecrime.kit.publicaccess.ProofOfWork;
import org.hatecrime.victimcare.config.ProvidersConfig;
import org.hatecrime.victimcare.domain.contact.ContactDetails;
import org.hatecrime.victimcare.domain.contact.VictimContact;
import org.hatecrime.victimcare.domain.contact.VictimContactDetails;
import org.hatecrime.victimcare.domain.referral.Referral;
import org.hatecrime.victimcare.domain.referral.ReferralIntake;
import org.hatecrime.victimcare.domain.referral.ReferralStatus;
import org.hatecrime.victimcare.domain.referral.Referrals;

/**
 * Victims referring themselves to a victim service: no account, no police report, as little as
 * needed to contact them safely. The person gets a reference and a follow-up code, shown once;
 * with both they can see where their referral is, in plain words, and nothing else. Their contact
 * details are sealed under a subject key of their own, and their victim key joins a second
 * self-referral (or a referral from a report) of the same person to the open one.
 */
@ApplicationScoped
public class SelfReferrals {

    static final String PUBLIC_ACTOR = "public";
    static final String OBJECT_TYPE = "referral";
    /** What the proof-of-work challenges of this door are for. */
    static final String SUBMISSION = "self-referral";

    private final ReferralIntake intake;
    private final Referrals referrals;
    private final VictimContactDetails contactDetails;
    private final SelfReferralCodes codes;
    private final RetiredVictimKeys victimKeys;
    private final ProvidersConfig providers;
    private final ProofOfWork proofOfWork;
    private final AuditLog audit;
    private final Clock clock;

    SelfReferrals(ReferralIntake intake, Referrals referrals, VictimContactDetails contactDetails, SelfReferralCodes codes,
            RetiredVictimKeys victimKeys, ProvidersConfig providers, ProofOfWork proofOfWork, AuditLog audit, Clock clock) {
        this.proofOfWork = proofOfWork;
        this.intake = intake;
        this.referrals = referrals;
        this.contactDetails = contactDetails;
        this.codes = codes;
        this.victimKeys = victimKeys;
        this.providers = providers;
        this.audit = audit;
        this.clock = clock;
    }

    /** What the person gives; they must consent to be contacted, or there is nothing a service can do. */
    public record NewSelfReferral(String provider, String district, List<String> strands, OffsetDateTime occurredAt,
            ContactDetails.Contact contact, ContactDetails.SafeContact safeContact, boolean consentToContact) {
    }

    /** What the person is shown once: keep the code safe, it is not stored anywhere readable. */
    public record Receipt(String reference, String followUpCode, String provider, String status) {
    }

    /** Where the referral is, in plain words. */
    public record Status(String reference, String provider, String status) {
    }

    /** A challenge to solve before {@link #submit}: a small cost to each anonymous self-referral. */
    public ProofOfWork.Challenge challenge() {
        return proofOfWork.issue(SUBMISSION);
    }

    /** Takes a self-referral with its solved challenge; the challenge is spent only if the self-referral is taken. */
    @Transactional
    public Receipt submit(NewSelfReferral request, String proof) {
        proofOfWork.spend(SUBMISSION, proof);
        if (!request.consentToContact()) {
            throw new DomainException.InvalidValue("consentToContact", "a victim service can only help if it may contact you");
        }
        ContactDetails.Contact contact = request.contact();
        if (contact == null || (blank(contact.phone()) && blank(contact.email()) && blank(contact.address()))) {
            throw new DomainException.InvalidValue("contact", "give a phone number, an email address or a postal address");
        }
        Referral referral = intake.selfReferral(new ReferralIntake.SelfReferral(request.provider(), request.district(), request.strands(),
                request.occurredAt(), victimKeys.current(contact.email(), contact.phone())));
        contactDetails.keep(referral, new ContactDetails(contact, request.safeContact()), VictimContact.Source.SELF_REFERRAL);
        SelfReferralCodes.Issued issued = codes.issue(referral.id(), OffsetDateTime.now(clock));
        audit.record(PUBLIC_ACTOR, null, new AuditEntry("referral.self-referral", OBJECT_TYPE, referral.id().toString(),
                "victim referring themselves"));
        return new Receipt(issued.reference(), issued.code(), providerName(referral), inPlainWords(referral));
    }

    @Transactional(dontRollbackOn = DomainException.class)
    public Status status(String reference, String code) {
        Referral referral = referrals.findByIdOptional(codes.verify(reference, code))
                .orElseThrow(() -> new DomainException.NotFound("self-referral with that reference and code"));
        audit.record(PUBLIC_ACTOR, null, new AuditEntry("referral.self-referral-status", OBJECT_TYPE, referral.id().toString(),
                "victim checking their self-referral"));
        return new Status(reference.trim().toUpperCase(java.util.Locale.ROOT), providerName(referral), inPlainWords(referral));
    }

    private String providerName(Referral referral) {
        return providers.provider(referral.provider()).map(ProvidersConfig.Provider::name).orElse(referral.provider());
    }

    /** The status as the person would say it; no case worker's codes or reasons. */
    static String inPlainWords(Referral referral) {
        if (referral.contactStopped()) {
            return "Closed at your request: nobody will contact you about it";
        }
        ReferralStatus status = referral.status();
        return switch (status) {
            case REQUESTED, SENT -> "Received: a support worker will contact you in the way you asked";
            case ACKNOWLEDGED -> "A support worker has your referral and will contact you in the way you asked";
            case CONTACT_ATTEMPTED -> "A support worker has tried to contact you in the way you asked";
            case ACCEPTED -> "You are being supported";
            case DECLINED_BY_VICTIM -> "You said you did not want support now; you can refer yourself again at any time";
            case UNABLE_TO_CONTACT -> "We could not reach you; you can refer yourself again at any time";
            case NOT_ELIGIBLE, CLOSED -> "Closed; you can refer yourself again at any time";
        };
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
