package org.hatecrime.victimcare.domain.referral;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One move of a referral: from where to where, why (a code), who made it and when. Never changes. */
@Entity
@Table(name = "referral_move")
public class ReferralMove {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", updatable = false)
    private ReferralStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, updatable = false)
    private ReferralStatus to;

    @Column(name = "reason_code", updatable = false)
    private String reasonCode;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(name = "moved_at", nullable = false, updatable = false)
    private OffsetDateTime at;

    protected ReferralMove() {
    }

    ReferralMove(ReferralStatus from, ReferralStatus to, String reasonCode, String actor, OffsetDateTime at) {
        this.from = from;
        this.to = to;
        this.reasonCode = reasonCode;
        this.actor = actor;
        this.at = at;
    }

    public ReferralStatus from() {
        return from;
    }

    public ReferralStatus to() {
        return to;
    }

    public String reasonCode() {
        return reasonCode;
    }

    public String actor() {
        return actor;
    }

    public OffsetDateTime at() {
        return at;
    }
}
