package org.hatecrime.victimcare.domain.referral;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hatecrime.kit.domain.DomainException;
import org.hatecrime.kit.protection.Randomness;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A victim referred to a victim service for support, and the one place that decides its every
 * move: sent, acknowledged, contact attempted, accepted, declined by the victim, unable to contact,
 * not eligible, closed. Each move is kept with its reason code, actor and time, and returns the
 * event announcing it. Once the victim withdraws their report or their consent to support, contact
 * stops at once: no further attempt or acceptance is recorded until consent is given again.
 */
@Entity
@Table(name = "referral")
public class Referral {

    @Id
    private UUID id;

    /** The provider's code, e.g. {@code beacon}. */
    @Column(nullable = false, updatable = false)
    private String provider;

    /** The agency whose staff work this referral: the only one that sees it. */
    @Column(nullable = false, updatable = false)
    private String agency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ReferralSource source;

    /** The report the victim was referred from; null for self-referrals and direct referrals. */
    @Column(name = "report_id", updatable = false)
    private UUID reportId;

    @Column(name = "report_reference", updatable = false)
    private String reportReference;

    @Column
    private String district;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    private String[] strands = new String[0];

    @Column(name = "occurred_at")
    private OffsetDateTime occurredAt;

    /** When the victim consented to the referral: the Victims' Code clock starts here. */
    @Column(name = "consented_at", nullable = false, updatable = false)
    private OffsetDateTime consentedAt;

    /** The pseudonymous victim key, to join a second referral of the same victim to this one; null once they were erased. */
    @Column(name = "victim_key")
    private String victimKey;

    /** When intake erased the victim as a data subject: their personal data here is gone with their key. */
    @Column(name = "victim_erased_at")
    private OffsetDateTime victimErasedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReferralStatus status;

    /** Why contact must stop (report withdrawn, consent to support withdrawn), while it must. */
    @Column(name = "contact_stopped_because")
    private String contactStoppedBecause;

    @Column(name = "contact_stopped_at")
    private OffsetDateTime contactStoppedAt;

    /** Victims' Code enhanced rights, as the latest needs assessment found them; shorter deadlines apply. */
    @Column(name = "enhanced_rights", nullable = false)
    private boolean enhancedRights;

    /** Why: a code such as VULNERABLE, INTIMIDATED or PERSISTENTLY_TARGETED. */
    @Column(name = "enhanced_rights_reason")
    private String enhancedRightsReason;

    /** Its way to a provider that works in its own case system; null for a provider that works here. */
    @Embedded
    private ProviderDelivery delivery;

    @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @JoinColumn(name = "referral_id", nullable = false, updatable = false)
    @OrderBy("id")
    private List<ReferralMove> history = new ArrayList<>();

    @Version
    private long version;

    protected Referral() {
    }

    /** What is known when a referral is made: no name, no contact details. */
    public record Request(ReferralSource source, String provider, String agency, UUID reportId, String reportReference, String district,
            List<String> strands, OffsetDateTime occurredAt, OffsetDateTime consentedAt, String victimKey) {
    }

    /** A new referral, requested: announced as created. */
    public static ReferralEvent.Created request(Request request, String actor, OffsetDateTime at) {
        Referral referral = new Referral();
        referral.id = Randomness.uuid();
        referral.provider = request.provider();
        referral.agency = request.agency();
        referral.source = request.source();
        referral.reportId = request.reportId();
        referral.reportReference = request.reportReference();
        referral.district = request.district();
        referral.strands = request.strands() == null ? new String[0] : request.strands().stream().sorted().toArray(String[]::new);
        referral.occurredAt = request.occurredAt();
        referral.consentedAt = request.consentedAt();
        referral.victimKey = request.victimKey();
        referral.status = ReferralStatus.REQUESTED;
        ReferralMove move = new ReferralMove(null, ReferralStatus.REQUESTED, null, actor, at);
        referral.history.add(move);
        return new ReferralEvent.Created(referral, move);
    }

    /** Passed to the provider: in its queue here, or delivered to its own case system. */
    public ReferralEvent.Sent send(String actor, OffsetDateTime at) {
        return new ReferralEvent.Sent(this, move(ReferralStatus.SENT, null, actor, at));
    }

    public ReferralEvent.Acknowledged acknowledge(String actor, OffsetDateTime at) {
        return new ReferralEvent.Acknowledged(this, move(ReferralStatus.ACKNOWLEDGED, null, actor, at));
    }

    /**
     * Moves the referral on as a case worker records it. A move to a final outcome needs a reason
     * code; a move that means contacting the victim is refused while contact must stop.
     */
    public ReferralEvent change(ReferralStatus to, String reasonCode, String actor, OffsetDateTime at) {
        if (to == ReferralStatus.REQUESTED || to == ReferralStatus.SENT) {
            throw new DomainException.InvalidValue("status", "a referral is requested and sent by the platform, not by hand");
        }
        ReferralMove move = move(to, reasonCode, actor, at);
        return switch (to) {
            case ACKNOWLEDGED -> new ReferralEvent.Acknowledged(this, move);
            case CONTACT_ATTEMPTED -> new ReferralEvent.ContactAttempted(this, move);
            case ACCEPTED -> new ReferralEvent.Accepted(this, move);
            case DECLINED_BY_VICTIM, UNABLE_TO_CONTACT, NOT_ELIGIBLE -> new ReferralEvent.Declined(this, move);
            case CLOSED -> new ReferralEvent.Closed(this, move);
            case REQUESTED, SENT -> throw new IllegalStateException("refused above");
        };
    }

    /**
     * The provider works in its own case system: the referral stays requested until that system
     * has taken it, the first attempt due at once.
     */
    public void awaitDelivery(OffsetDateTime at) {
        if (status != ReferralStatus.REQUESTED || delivery != null) {
            throw new DomainException.RuleBroken("Only a new referral waits for its provider's case system");
        }
        delivery = ProviderDelivery.dueAt(at);
    }

    /**
     * Whether a delivery attempt may be made now: still requested, not yet delivered, and contact
     * not stopped (a victim who withdrew is not passed on; given consent again, they are).
     */
    public boolean deliveryDue(OffsetDateTime now) {
        return awaitsDelivery() && !contactStopped() && !delivery.nextAttemptAt().isAfter(now);
    }

    /** Still requested and not yet in its provider's case system. */
    public boolean awaitsDelivery() {
        return delivery != null && delivery.pending() && status == ReferralStatus.REQUESTED;
    }

    /**
     * One delivery run took the referral: no other run attempts it until {@code until}, when it is
     * due again should this run never report back.
     */
    public void claimDelivery(OffsetDateTime until) {
        if (!awaitsDelivery()) {
            throw new DomainException.RuleBroken("The referral does not wait for its provider's case system");
        }
        delivery.claimUntil(until);
    }

    /** The provider's system could not take it: the error stays visible until the attempt due at {@code nextAttempt}. */
    public void deliveryFailed(String error, OffsetDateTime at, OffsetDateTime nextAttempt) {
        if (!awaitsDelivery()) {
            return;
        }
        delivery.failed(error, at, nextAttempt);
    }

    /**
     * The provider's system took the referral: it is sent (announced once). Closed meanwhile, it
     * stays closed, its delivery recorded.
     */
    public Optional<ReferralEvent.Sent> delivered(String providerCaseReference, String actor, OffsetDateTime at) {
        if (delivery == null || !delivery.pending()) {
            return Optional.empty();
        }
        delivery.delivered(providerCaseReference, at);
        return status == ReferralStatus.REQUESTED ? Optional.of(send(actor, at)) : Optional.empty();
    }

    /** Its way to the provider's own case system; null for a provider that works in the platform. */
    public ProviderDelivery delivery() {
        return delivery;
    }

    /** The victim withdrew the report or their consent to support: stop contacting them now. */
    public void stopContact(String because, OffsetDateTime at) {
        if (contactStoppedBecause == null) {
            contactStoppedBecause = because;
            contactStoppedAt = at;
        }
    }

    /** The victim gave consent to support again. */
    public void allowContact() {
        contactStoppedBecause = null;
        contactStoppedAt = null;
    }

    private ReferralMove move(ReferralStatus to, String reasonCode, String actor, OffsetDateTime at) {
        if (!status.canMoveTo(to)) {
            throw new DomainException.RuleBroken("A referral that is " + status + " cannot become " + to);
        }
        if (to.needsAReason() && (reasonCode == null || reasonCode.isBlank())) {
            throw new DomainException.InvalidValue("reasonCode", "say why the referral becomes " + to);
        }
        if (to.meansContact() && contactStopped()) {
            throw new DomainException.RuleBroken("Do not contact the victim: " + contactStoppedBecause);
        }
        ReferralMove move = new ReferralMove(status, to, reasonCode, actor, at);
        status = to;
        history.add(move);
        return move;
    }

    /**
     * Intake erased the victim, or a retention review anonymised the referral: forget their
     * pseudonymous victim key, so no later referral or
     * self-referral of the same person is joined to this one. The referral itself, its moves, codes
     * and dates stay. False when the victim of this referral was erased already: nothing changes.
     */
    public boolean forgetVictim(OffsetDateTime erasedAt) {
        if (victimErased()) {
            return false;
        }
        victimKey = null;
        victimErasedAt = erasedAt;
        return true;
    }

    public boolean victimErased() {
        return victimErasedAt != null;
    }

    public OffsetDateTime victimErasedAt() {
        return victimErasedAt;
    }

    /** A needs assessment found the victim entitled to enhanced rights under the Victims' Code, or no longer. */
    public void recordEnhancedRights(boolean entitled, String reasonCode) {
        if (entitled && (reasonCode == null || reasonCode.isBlank())) {
            throw new DomainException.InvalidValue("enhancedRightsReason", "say why the victim has enhanced rights");
        }
        enhancedRights = entitled;
        enhancedRightsReason = entitled ? reasonCode : null;
    }

    public boolean enhancedRights() {
        return enhancedRights;
    }

    public String enhancedRightsReason() {
        return enhancedRightsReason;
    }

    public boolean contactStopped() {
        return contactStoppedBecause != null;
    }

    public boolean isWorkedBy(String agency) {
        return this.agency.equals(agency);
    }

    public UUID id() {
        return id;
    }

    public String provider() {
        return provider;
    }

    public String agency() {
        return agency;
    }

    public ReferralSource source() {
        return source;
    }

    public UUID reportId() {
        return reportId;
    }

    public String reportReference() {
        return reportReference;
    }

    public String district() {
        return district;
    }

    public List<String> strands() {
        return Arrays.asList(strands);
    }

    public OffsetDateTime occurredAt() {
        return occurredAt;
    }

    public OffsetDateTime consentedAt() {
        return consentedAt;
    }

    public String victimKey() {
        return victimKey;
    }

    public ReferralStatus status() {
        return status;
    }

    public String contactStoppedBecause() {
        return contactStoppedBecause;
    }

    public OffsetDateTime contactStoppedAt() {
        return contactStoppedAt;
    }

    public List<ReferralMove> history() {
        return Collections.unmodifiableList(history);
    }

    public long version() {
        return version;
    }
}
