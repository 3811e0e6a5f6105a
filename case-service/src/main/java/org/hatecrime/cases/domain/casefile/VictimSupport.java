package org.hatecrime.cases.domain.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * What case-service knows of the support a report's victim receives, from victim care's events:
 * the victim service the victim was referred to (it may read what the victim was told, while the
 * victim's consent to support stands) and whether the victim has enhanced rights under the
 * Victims' Code (their updates are due sooner).
 */
@Entity
@Table(name = "victim_support")
public class VictimSupport {

    @Id
    @Column(name = "report_id")
    private UUID reportId;

    @Column(name = "referral_id")
    private UUID referralId;

    /** The victim service's agency. */
    @Column
    private String agency;

    @Column(name = "enhanced_rights", nullable = false)
    private boolean enhancedRights;

    @Column(name = "consent_withdrawn", nullable = false)
    private boolean consentWithdrawn;

    protected VictimSupport() {
    }

    VictimSupport(UUID reportId) {
        this.reportId = reportId;
    }

    void referredTo(UUID referralId, String agency) {
        this.referralId = referralId;
        this.agency = agency;
    }

    void enhancedRights(boolean entitled) {
        this.enhancedRights = entitled;
    }

    void consent(boolean given) {
        this.consentWithdrawn = !given;
    }

    public boolean enhancedRights() {
        return enhancedRights;
    }

    /** The victim service may read the case's victim updates: it works the victim's referral and consent stands. */
    public boolean mayBeReadBy(String victimServiceAgency) {
        return agency != null && agency.equals(victimServiceAgency) && !consentWithdrawn;
    }

    UUID referralId() {
        return referralId;
    }
}
