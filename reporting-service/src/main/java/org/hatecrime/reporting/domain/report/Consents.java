package org.hatecrime.reporting.domain.report;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.hatecrime.reporting.domain.codes.ConsentPurpose;

/** The consents in force now, per purpose. Their history is the report's {@link ConsentRecord}s. */
@Embeddable
public class Consents {

    @Column(name = "consent_share_with_police", nullable = false)
    boolean shareWithPolice;

    @Column(name = "consent_refer_to_support", nullable = false)
    boolean referToSupport;

    @Column(name = "consent_statistics", nullable = false)
    boolean statistics;

    protected Consents() {
    }

    public Consents(boolean shareWithPolice, boolean referToSupport, boolean statistics) {
        this.shareWithPolice = shareWithPolice;
        this.referToSupport = referToSupport;
        this.statistics = statistics;
    }

    public boolean shareWithPolice() {
        return shareWithPolice;
    }

    public boolean referToSupport() {
        return referToSupport;
    }

    public boolean statistics() {
        return statistics;
    }

    public boolean given(ConsentPurpose purpose) {
        return switch (purpose) {
            case SHARE_WITH_POLICE -> shareWithPolice;
            case REFER_TO_SUPPORT -> referToSupport;
            case STATISTICS -> statistics;
        };
    }

    void set(ConsentPurpose purpose, boolean granted) {
        switch (purpose) {
            case SHARE_WITH_POLICE -> shareWithPolice = granted;
            case REFER_TO_SUPPORT -> referToSupport = granted;
            case STATISTICS -> statistics = granted;
        }
    }
}
