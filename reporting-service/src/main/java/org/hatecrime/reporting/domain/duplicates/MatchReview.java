package org.hatecrime.reporting.domain.duplicates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hatecrime.kit.audit.AuditEntry;
import org.hatecrime.kit.audit.AuditLog;
import org.hatecrime.kit.db.Sql;
import org.hatecrime.kit.domain.DomainException;
import org.hatecrime.kit.security.Caller;
import org.hatecrime.reporting.domain.report.Report;
import org.hatecrime.reporting.domain.report.ReportAccess;
import org.hatecrime.reporting.domain.report.Reports;

/**
 * The partnership coordinator's review of matches across agencies: the only place where one
 * agency's report is put beside another's. Every look and every decision is audited, per report.
 * A confirmed match joins the two reports' data subjects, so erasing the person erases both; a
 * confirmed same-incident match also lets each agency link its report as a duplicate of the other.
 */
@ApplicationScoped
public class MatchReview {

    private final CrossAgencyMatches matches;
    private final Reports reports;
    private final DuplicateFinder duplicates;
    private final Sql sql;
    private final Caller caller;
    private final AuditLog audit;
    private final Clock clock;

    MatchReview(CrossAgencyMatches matches, Reports reports, DuplicateFinder duplicates, Sql sql, Caller caller, AuditLog audit,
            Clock clock) {
        this.matches = matches;
        this.reports = reports;
        this.duplicates = duplicates;
        this.sql = sql;
        this.caller = caller;
        this.audit = audit;
        this.clock = clock;
    }

    /** A match with the coded facts of both reports; never their personal details. */
    public record MatchView(CrossAgencyMatch match, Report report, Report other) {
    }

    @Transactional
    public List<MatchView> queue(MatchStatus status, UUID reportId, int page, int size) {
        return matches.withStatus(status, reportId, page, size).stream().map(match -> view(match, "reviewing cross-agency matches")).toList();
    }

    @Transactional
    public MatchView decide(UUID matchId, boolean confirmed, String note) {
        CrossAgencyMatch match = matches.forDecision(matchId).orElseThrow(() -> new DomainException.NotFound("match"));
        match.decide(confirmed, caller.actor(), note, OffsetDateTime.now(clock));
        MatchView view = view(match, confirmed ? "confirming a cross-agency match" : "rejecting a cross-agency match");
        if (confirmed) {
            joinSubjects(view.report(), view.other());
            if (match.kind() == MatchKind.SAME_INCIDENT) {
                duplicates.confirmDuplicate(match.reportId(), match.otherId());
            }
        }
        return view;
    }

    /** From now on erasing either report's person erases the other's data too. */
    private void joinSubjects(Report report, Report other) {
        if (!report.subjectId().equals(other.subjectId())) {
            sql.update("insert into subject_link (subject_id, linked_subject_id) values (?, ?), (?, ?) on conflict do nothing",
                    report.subjectId(), other.subjectId(), other.subjectId(), report.subjectId());
        }
    }

    private MatchView view(CrossAgencyMatch match, String purpose) {
        Report report = reports.findById(match.reportId());
        Report other = reports.findById(match.otherId());
        record(match.reportId(), purpose);
        record(match.otherId(), purpose);
        return new MatchView(match, report, other);
    }

    private void record(UUID reportId, String purpose) {
        audit.record(caller.actor(), caller.agency(), new AuditEntry("report.match-review", ReportAccess.OBJECT_TYPE, reportId.toString(),
                purpose));
    }
}
