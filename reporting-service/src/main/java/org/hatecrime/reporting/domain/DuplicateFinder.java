package org.hatecrime.reporting.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hatecrime.reporting.config.IntakeConfig;

/**
 * Links a new report to earlier reports by the same (pseudonymous) victim, across agencies.
 * Reports of the same victim, district and strand within the duplicate window are flagged as
 * possible duplicates for triage; they are never merged or dropped automatically.
 */
@ApplicationScoped
public class DuplicateFinder {

    public static final String POSSIBLE_DUPLICATE = "POSSIBLE_DUPLICATE";

    private final EntityManager entityManager;
    private final IntakeConfig config;

    DuplicateFinder(EntityManager entityManager, IntakeConfig config) {
        this.entityManager = entityManager;
        this.config = config;
    }

    /** What is known of the victim's earlier reports. */
    public record Findings(long earlierReports, List<UUID> possibleDuplicates) {
        static final Findings NONE = new Findings(0, List.of());
    }

    /** Records the report's victim keys and links it to possible duplicates. */
    public Findings link(Report report, List<String> victimKeys) {
        if (victimKeys.isEmpty()) {
            return Findings.NONE;
        }
        for (String key : victimKeys) {
            entityManager.createNativeQuery("insert into report_victim_key (report_id, victim_key) values (?1, ?2) on conflict do nothing")
                    .setParameter(1, report.id).setParameter(2, key).executeUpdate();
        }
        Number earlier = (Number) entityManager.createNativeQuery("""
                        select count(distinct k.report_id) from report_victim_key k
                         where k.victim_key = any(?1) and k.report_id <> ?2""")
                .setParameter(1, victimKeys.toArray(String[]::new)).setParameter(2, report.id).getSingleResult();
        @SuppressWarnings("unchecked")
        List<UUID> duplicates = entityManager.createNativeQuery("""
                        select distinct r.id from report r
                          join report_victim_key k on k.report_id = r.id
                          join report_strand s on s.report_id = r.id
                         where k.victim_key = any(?1) and r.id <> ?2 and r.district = ?3
                           and s.strand = any(?4)
                           and r.occurred_at <= ?6 and coalesce(r.occurred_until, r.occurred_at) >= ?5""", UUID.class)
                .setParameter(1, victimKeys.toArray(String[]::new))
                .setParameter(2, report.id)
                .setParameter(3, report.district)
                .setParameter(4, report.strands.stream().map(Enum::name).toArray(String[]::new))
                .setParameter(5, Timestamp.from(report.occurredAt.minus(config.duplicateWindow()).toInstant()))
                .setParameter(6, Timestamp.from(until(report).plus(config.duplicateWindow()).toInstant()))
                .getResultList();
        for (UUID other : duplicates) {
            link(report.id, other);
            link(other, report.id);
        }
        return new Findings(earlier.longValue(), duplicates);
    }

    /** Possible duplicates of a report, found when either of them was received. */
    @SuppressWarnings("unchecked")
    public List<UUID> possibleDuplicatesOf(UUID reportId) {
        return entityManager.createNativeQuery("select other_id from report_link where report_id = ?1 and kind = ?2", UUID.class)
                .setParameter(1, reportId).setParameter(2, POSSIBLE_DUPLICATE).getResultList();
    }

    /** The data subject of the same victim's earlier reports, if any and not erased. */
    @SuppressWarnings("unchecked")
    public Optional<UUID> subjectOf(List<String> victimKeys) {
        if (victimKeys.isEmpty()) {
            return Optional.empty();
        }
        List<UUID> subjects = entityManager.createNativeQuery("""
                        select r.subject_id from report_victim_key k
                          join report r on r.id = k.report_id
                          join subject_key s on s.subject_id = r.subject_id
                         where k.victim_key = any(?1) and s.wrapped_key is not null
                         order by r.received_at limit 1""", UUID.class)
                .setParameter(1, victimKeys.toArray(String[]::new)).getResultList();
        return subjects.stream().findFirst();
    }

    /** The victim key events carry for this report, or null for anonymous reports. */
    @SuppressWarnings("unchecked")
    public String victimKeyOf(UUID reportId) {
        List<String> keys = entityManager.createNativeQuery(
                        "select victim_key from report_victim_key where report_id = ?1 order by victim_key limit 1")
                .setParameter(1, reportId).getResultList();
        return keys.isEmpty() ? null : keys.get(0);
    }

    public long earlierReportsOf(Report report) {
        Number count = (Number) entityManager.createNativeQuery("""
                        select count(distinct other.report_id) from report_victim_key mine
                          join report_victim_key other on other.victim_key = mine.victim_key
                          join report r on r.id = other.report_id
                         where mine.report_id = ?1 and other.report_id <> ?1 and r.received_at < ?2""")
                .setParameter(1, report.id).setParameter(2, Timestamp.from(report.receivedAt.toInstant())).getSingleResult();
        return count.longValue();
    }

    private void link(UUID reportId, UUID otherId) {
        entityManager.createNativeQuery("insert into report_link (report_id, other_id, kind) values (?1, ?2, ?3) on conflict do nothing")
                .setParameter(1, reportId).setParameter(2, otherId).setParameter(3, POSSIBLE_DUPLICATE).executeUpdate();
    }

    private static OffsetDateTime until(Report report) {
        return report.occurredUntil != null ? report.occurredUntil : report.occurredAt;
    }
}
