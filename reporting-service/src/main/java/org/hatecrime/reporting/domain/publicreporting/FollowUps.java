package org.hatecrime.reporting.domain.publicreporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.hatecrime.kit.db.Sql;
import org.hatecrime.kit.protection.Randomness;
import org.hatecrime.kit.protection.SealedData;
import org.hatecrime.reporting.domain.report.Report;
import org.hatecrime.reporting.domain.report.ReportAccess;

/**
 * Information a public reporter adds to their report with its reference and code. It is sealed
 * like the report; the centre that triages the report reads it (audited), the reporter only learns
 * that it arrived.
 */
@ApplicationScoped
public class FollowUps {

    private final Sql sql;
    private final SealedData sealedData;
    private final ReportAccess access;

    FollowUps(Sql sql, SealedData sealedData, ReportAccess access) {
        this.sql = sql;
        this.sealedData = sealedData;
        this.access = access;
    }

    /** One addition as the triaging centre reads it; the text is null once the reporter was erased. */
    public record FollowUp(UUID id, OffsetDateTime addedAt, String information) {
    }

    /** How many additions arrived, and when the last one did. */
    public record Received(int count, OffsetDateTime lastAddedAt) {
    }

    void add(Report report, String information, OffsetDateTime at) {
        UUID id = Randomness.uuid();
        sql.update("insert into follow_up (id, report_id, sealed_text, added_at) values (?, ?, ?, ?)", id, report.id(),
                sealedData.seal(report.subjectId(), id.toString(), information), at);
    }

    Received receivedFor(UUID reportId) {
        return sql.first("select count(*), max(added_at) from follow_up where report_id = ?",
                row -> new Received(row.getInt(1), row.getObject(2, OffsetDateTime.class)), reportId).orElseThrow();
    }

    /** The additions to a report of the caller's agency, oldest first; audited as a read of the report. */
    @Transactional
    public List<FollowUp> of(UUID reportId) {
        // the force a report was shared with sees what was shared, not what the reporter added later
        Report report = access.readOwned(reportId, "reading the reporter's follow-up information");
        record Row(UUID id, OffsetDateTime addedAt, byte[] sealed) {
        }
        return sql.list("select id, added_at, sealed_text from follow_up where report_id = ? order by added_at, id",
                        row -> new Row(row.getObject(1, UUID.class), row.getObject(2, OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC),
                                row.getBytes(3)), reportId)
                .stream()
                .map(r -> new FollowUp(r.id(), r.addedAt(), sealedData.open(report.subjectId(), r.id().toString(), r.sealed(), String.class)
                        .orElse(null)))
                .toList();
    }
}
