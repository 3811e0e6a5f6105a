package org.hatecrime.analytics.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.hatecrime.kit.protection.KeptEventCopies;

/**
 * Keeps analytics' copy of each report up to date from intake's events. Each method runs inside
 * the inbox's transaction, which also records the event as applied, so a repeat changes nothing.
 */
@ApplicationScoped
public class ReportFacts {

    private final KeptEventCopies keptCopies;

    ReportFacts(KeptEventCopies keptCopies) {
        this.keptCopies = keptCopies;
    }

    /** Applies {@code report.submitted.v1}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(ReportSubmitted submitted) {
        ReportFact fact = new ReportFact();
        fact.reportId = submitted.reportId();
        fact.channel = submitted.channel();
        fact.reporterRole = submitted.reporterRole();
        fact.district = submitted.district();
        fact.strands = codes(submitted.strands());
        fact.incidentTypes = codes(submitted.incidentTypes());
        fact.recordedAs = submitted.recordedAs();
        fact.statisticsConsent = submitted.consents().statistics();
        fact.repeatVictim = submitted.earlierReportsFromSameVictim() != null && submitted.earlierReportsFromSameVictim() > 0;
        fact.occurredAt = submitted.occurredAt();
        fact.receivedAt = submitted.receivedAt();
        ErasureBeforeReport.release(fact.reportId).ifPresent(erasedAt -> {
            fact.subjectErased(erasedAt);
            // a re-drive of a parked submission gets here after the erasure: its parked copy is blanked now
            keptCopies.forgetVictimKeyOf(fact.reportId);
        });
        fact.persist();
    }

    /** Applies {@code report.consent-changed.v1}: a report counts only while statistics consent stands. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void consentChanged(ReportChanges.ConsentChanged changed) {
        ReportFact.<ReportFact>findByIdOptional(changed.reportId())
                .ifPresent(fact -> fact.statisticsConsent = changed.consents().statistics());
    }

    /** Applies {@code report.withdrawn.v1}: the report stops counting. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void withdrawn(ReportChanges.Withdrawn withdrawn) {
        ReportFact.<ReportFact>findByIdOptional(withdrawn.reportId()).ifPresent(fact -> fact.withdrawnAt = withdrawn.withdrawnAt());
    }

    /** Applies {@code report.triaged.v1}: the centre's checked strands and district replace the reporter's. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void triaged(ReportChanges.Triaged triaged) {
        ReportFact.<ReportFact>findByIdOptional(triaged.reportId()).ifPresent(fact -> {
            fact.strands = codes(triaged.strands());
            fact.district = triaged.district();
            fact.recordedAs = triaged.recordedAs();
        });
    }

    /**
     * Applies {@code subject.erased.v1}: the report stops counting for good, nothing held here ties it
     * to the person any more, and the copies of its events this service keeps lose its victim key.
     * An erasure that comes before the report is held until the report arrives.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void subjectErased(ReportChanges.SubjectErased erased) {
        ReportFact.<ReportFact>findByIdOptional(erased.reportId()).ifPresentOrElse(
                fact -> fact.subjectErased(erased.erasedAt()),
                () -> ErasureBeforeReport.hold(erased));
        keptCopies.forgetVictimKeyOf(erased.reportId());
    }

    /** Applies {@code report.duplicate-linked.v1}: the report stops counting on its own. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void duplicateLinked(ReportChanges.DuplicateLinked linked) {
        ReportFact.<ReportFact>findByIdOptional(linked.reportId()).ifPresent(fact -> fact.duplicateOf = linked.duplicateOf());
    }

    private static String[] codes(List<String> codes) {
        return codes == null ? new String[0] : codes.toArray(String[]::new);
    }
}
