package org.hatecrime.cases.domain.casefile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;

/**
 * Applies victim care's events about a report's victim ({@code referral.created.v1},
 * {@code needs.assessed.v1}) and intake's consent changes to support; each runs inside the inbox's
 * transaction.
 */
@ApplicationScoped
public class VictimSupports {

    private final VictimSupportRecords records;

    VictimSupports(VictimSupportRecords records) {
        this.records = records;
    }

    /** The parts of {@code referral.created.v1} this service reads. */
    public record ReferralCreated(UUID referralId, UUID reportId, String agency) {
    }

    /** The parts of {@code needs.assessed.v1} this service reads. */
    public record NeedsAssessed(UUID referralId, UUID reportId, boolean enhancedRights) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void referred(ReferralCreated created) {
        if (created.reportId() == null) {
            return; // a self-referral: no case of the police to read
        }
        of(created.reportId()).referredTo(created.referralId(), created.agency());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void assessed(NeedsAssessed assessed) {
        Optional<VictimSupport> support = assessed.reportId() != null ? Optional.of(of(assessed.reportId()))
                : records.find("referralId", assessed.referralId()).firstResultOptional();
        support.ifPresent(s -> s.enhancedRights(assessed.enhancedRights()));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void supportConsent(UUID reportId, boolean given) {
        of(reportId).consent(given);
    }

    Optional<VictimSupport> forReport(UUID reportId) {
        return records.findByIdOptional(reportId);
    }

    boolean enhancedRights(UUID reportId) {
        return forReport(reportId).map(VictimSupport::enhancedRights).orElse(false);
    }

    private VictimSupport of(UUID reportId) {
        return records.findByIdOptional(reportId).orElseGet(() -> {
            VictimSupport support = new VictimSupport(reportId);
            records.persist(support);
            return support;
        });
    }
}
