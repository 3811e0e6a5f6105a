package org.hatecrime.analytics.domain.victimcare;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Set;
import org.hatecrime.kit.db.Sql;

/**
 * Keeps analytics' copy of each referral up to date from victim care's events, inside the inbox's
 * transaction (a repeated event changes nothing). Events of one referral arrive in order.
 */
@ApplicationScoped
public class ReferralFacts {

    private static final Set<String> DECLINED = Set.of("DECLINED_BY_VICTIM", "UNABLE_TO_CONTACT", "NOT_ELIGIBLE");

    private final Sql sql;

    ReferralFacts(Sql sql) {
        this.sql = sql;
    }

    /** Applies any {@code referral.*.v1}: the referral as it now stands, and when it was accepted, declined or closed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void changed(ReferralEvents.ReferralChanged referral) {
        OffsetDateTime at = referral.changedAt();
        sql.update("""
                insert into referral_fact (referral_id, provider, agency, source, district, strands, status, reason_code, consented_at,
                                           accepted_at, declined_at, closed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (referral_id) do update set
                    status = excluded.status,
                    reason_code = coalesce(excluded.reason_code, referral_fact.reason_code),
                    accepted_at = coalesce(referral_fact.accepted_at, excluded.accepted_at),
                    declined_at = coalesce(referral_fact.declined_at, excluded.declined_at),
                    closed_at = coalesce(referral_fact.closed_at, excluded.closed_at)""",
                referral.referralId(), referral.provider(), referral.agency(), referral.source(), referral.district(),
                referral.strands().toArray(String[]::new), referral.status(), referral.reasonCode(), referral.consentedAt(),
                "ACCEPTED".equals(referral.status()) ? at : null, DECLINED.contains(referral.status()) ? at : null,
                "CLOSED".equals(referral.status()) ? at : null);
    }

    /** Applies {@code needs.assessed.v1}: the latest assessment decides the enhanced-rights flag. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void needsAssessed(ReferralEvents.NeedsAssessed assessed) {
        sql.update("update referral_fact set enhanced_rights = ? where referral_id = ?", assessed.enhancedRights(), assessed.referralId());
    }

    /** Applies {@code support.closed.v1}: the wellbeing change and satisfaction at the close of support. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void supportClosed(ReferralEvents.SupportClosed closed) {
        sql.update("update referral_fact set wellbeing_change = ?, satisfaction = ? where referral_id = ?", closed.wellbeingChange(),
                closed.satisfaction(), closed.referralId());
    }

    /** Applies {@code victims-code.breach-detected.v1}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void breachDetected(ReferralEvents.BreachDetected breach) {
        sql.update("insert into victims_code_breach_fact (referral_id, clock, right_number, agency) values (?, ?, ?, ?) on conflict do nothing",
                breach.referralId(), breach.clock(), breach.right(), breach.agency());
    }
}
