package org.hatecrime.analytics.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Keeps analytics' copy of each report up to date from intake's events. Each method runs inside
 * the inbox's transaction, which also records the event as applied, so a repeat changes nothing.
 */
@ApplicationScoped
public class ReportFacts {

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

    /** Applies {@code report.duplicate-linked.v1}: the report stops counting on its own. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void duplicateLinked(ReportChanges.DuplicateLinked linked) {
        ReportFact.<ReportFact>findByIdOptional(linked.reportId()).ifPresent(fact -> fact.duplicateOf = linked.duplicateOf());
    }

    private static String[] codes(List<String> codes) {
        return codes == null ? new String[0] : codes.toArray(String[]::new);
    }
}
