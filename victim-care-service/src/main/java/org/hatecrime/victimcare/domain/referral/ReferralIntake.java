package org.hatecrime.victimcare.domain.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.hatecrime.kit.domain.DomainException;
import org.hatecrime.kit.security.Caller;
import org.hatecrime.victimcare.config.ProvidersConfig;
import org.hatecrime.victimcare.domain.ReferralRequested;

/**
 * Opens referrals: from a report a centre referred, or directly by a victim service's staff. A
 * victim with an open referral to the same provider is not referred twice: the new report joins
 * the open referral. A provider that works in the platform has the referral in its queue at once.
 */
@ApplicationScoped
public class ReferralIntake {

    static final String PLATFORM = "platform";
    static final String SELF_REFERRAL_ACTOR = "self-referral";

    private final Referrals referrals;
    private final ProvidersConfig providers;
    private final ReferralEventPublisher events;
    private final Caller caller;
    private final Clock clock;

    ReferralIntake(Referrals referrals, ProvidersConfig providers, ReferralEventPublisher events, Caller caller, Clock clock) {
        this.referrals = referrals;
        this.providers = providers;
        this.events = events;
        this.caller = caller;
        this.clock = clock;
    }

    /** Applies {@code report.referral-requested.v1}; runs inside the inbox's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void fromReport(ReferralRequested requested) {
        ProvidersConfig.Provider provider = providers.provider(requested.provider())
                .orElseThrow(() -> new IllegalArgumentException("no provider configured as " + requested.provider()));
        OffsetDateTime now = OffsetDateTime.now(clock);
        Optional<Referral> open = referrals.openFor(requested.victimKey(), requested.provider());
        if (open.isPresent()) {
            referrals.getEntityManager().persist(new JoinedReport(requested.reportId(), open.get().id(), requested.reference(), now));
            return;
        }
        open(new Referral.Request(ReferralSource.REPORT, requested.provider(), provider.agency(), requested.reportId(),
                requested.reference(), requested.district(), requested.strands(), requested.occurredAt(), requested.requestedAt(),
                requested.victimKey()), provider, PLATFORM, now);
    }

    /** What a victim service's staff record when they open a referral themselves. */
    public record DirectReferral(String district, List<String> strands, OffsetDateTime occurredAt, OffsetDateTime consentedAt) {
    }

    /** A referral the caller's own service opens, e.g. after the victim phoned; it goes to the caller's provider. */
    @Transactional
    public Referral direct(DirectReferral request) {
        String agency = caller.agency();
        var provider = providers.providers().entrySet().stream().filter(p -> p.getValue().agency().equals(agency)).findFirst()
                .orElseThrow(() -> new DomainException.NotPermitted("Your agency works no victim service's referrals"));
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (request.consentedAt().isAfter(now)) {
            throw new DomainException.InvalidValue("consentedAt", "must not be in the future");
        }
        return referrals.saved(open(new Referral.Request(ReferralSource.DIRECT, provider.getKey(), agency, null, null, request.district(),
                request.strands(), request.occurredAt(), request.consentedAt(), null), provider.getValue(), caller.actor(), now));
    }

    /**
     * What a person referring themselves gives: the provider they chose (none: the default one),
     * optionally where and what happened, and the victim keys of their contact details. No names or
     * contact details: those are sealed apart.
     */
    public record SelfReferral(String provider, String district, List<String> strands, OffsetDateTime occurredAt,
            List<String> victimKeys) {
    }

    /**
     * A referral the victim made themselves, with their consent to be contacted given now: no account
     * and no police report. A person with an open referral to the same provider (same victim key, from
     * a report or an earlier self-referral) is not referred twice: the open referral is answered.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Referral selfReferral(SelfReferral request) {
        String code = request.provider() == null ? providers.defaultProvider() : request.provider();
        ProvidersConfig.Provider provider = providers.provider(code).orElseThrow(() -> new DomainException.InvalidValue("provider",
                "no victim service with that code; choose one of " + providers.providers().keySet().stream().sorted().toList()));
        List<String> keys = request.victimKeys() == null ? List.of() : request.victimKeys().stream().sorted().toList();
        for (String key : keys) {
            // one whose contact had to stop is not joined: asking for support now is a new consent to be contacted
            Optional<Referral> open = referrals.openFor(key, code).filter(r -> !r.contactStopped());
            if (open.isPresent()) {
                return open.get();
            }
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        return referrals.saved(open(new Referral.Request(ReferralSource.SELF_REFERRAL, code, provider.agency(), null, null,
                request.district(), request.strands(), request.occurredAt(), now, keys.isEmpty() ? null : keys.get(0)), provider,
                SELF_REFERRAL_ACTOR, now));
    }

    private Referral open(Referral.Request request, ProvidersConfig.Provider provider, String actor, OffsetDateTime now) {
        ReferralEvent.Created created = Referral.request(request, actor, now);
        Referral referral = created.referral();
        referrals.persist(referral);
        events.publish(created);
        if (provider.worksInPlatform()) {
            // the provider's staff work it here: it is in their queue from now on
            events.publish(referral.send(PLATFORM, now));
        } else {
            // committed with the referral, so a delivery run finds it even if the provider is down for days
            referral.awaitDelivery(now);
        }
        return referral;
    }
}
