package org.hatecrime.analytics.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Counts of reports by strand and district. A report with several strands counts once under each
 * of its strands and once in the total, so the strand counts may add up to more than the total.
 */
@ApplicationScoped
public class ReportCounts {

    private final EntityManager entityManager;

    ReportCounts(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Applies {@code report.submitted.v1}; runs inside the inbox's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(ReportSubmitted submitted) {
        ReportFact fact = new ReportFact();
        fact.reportId = submitted.reportId();
        fact.channel = submitted.channel();
        fact.district = submitted.district();
        fact.strands = submitted.strands().toArray(String[]::new);
        fact.statisticsConsent = submitted.consents().statistics();
        fact.occurredAt = submitted.occurredAt();
        fact.receivedAt = submitted.receivedAt();
        fact.persist();
    }

    /** Applies {@code report.duplicate-linked.v1}: the report stops counting on its own. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void markDuplicate(UUID reportId, UUID duplicateOf) {
        ReportFact.<ReportFact>findByIdOptional(reportId).ifPresent(fact -> fact.duplicateOf = duplicateOf);
    }

    @Transactional
    public Summary summary() {
        long total = ReportFact.count("duplicateOf is null");
        return new Summary(total,
                grouped("select s, count(*) from report_fact, unnest(strands) s where duplicate_of is null group by s"),
                grouped("select district, count(*) from report_fact where duplicate_of is null group by district"));
    }

    private Map<String, Long> grouped(String sql) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(sql).getResultList();
        Map<String, Long> counts = new TreeMap<>();
        for (Object[] row : rows) {
            counts.put((String) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    /** The headline counts analysts start from. */
    @Schema(name = "ReportCountSummary", description = "Reports counted by strand and by district; absent keys count zero")
    public record Summary(long totalReports, Map<String, Long> byStrand, Map<String, Long> byDistrict) {
    }
}
