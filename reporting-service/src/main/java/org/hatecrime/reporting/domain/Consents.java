package org.hatecrime.reporting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.OffsetDateTime;

/** What the victim agreed to, per purpose, and who recorded it when. */
@Embeddable
public class Consents {

    @Column(name = "consent_share_with_police", nullable = false)
    public boolean shareWithPolice;

    @Column(name = "consent_refer_to_support", nullable = false)
    public boolean referToSupport;

    @Column(name = "consent_statistics", nullable = false)
    public boolean statistics;

    @Column(name = "consent_recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "consent_recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    protected Consents() {
    }

    public Consents(boolean shareWithPolice, boolean referToSupport, boolean statistics, String recordedBy, OffsetDateTime recordedAt) {
        this.shareWithPolice = shareWithPolice;
        this.referToSupport = referToSupport;
        this.statistics = statistics;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }
}
