package org.hatecrime.reporting.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import org.hatecrime.reporting.domain.duplicates.DuplicateFinder;
import org.hatecrime.reporting.domain.intake.ReportIntake;
import org.hatecrime.reporting.domain.report.Report;
import org.hatecrime.reporting.domain.report.ReportAccess;
import org.hatecrime.reporting.domain.report.ReportDetails;

/**
 * Builds the full view of a report, with its ETag, for what the caller may see of it: the agency
 * that took it sees everything and its own links; the force it was shared with sees the personal
 * details only while consent to share (or a lawful basis) stands, and no links to other reports.
 */
@ApplicationScoped
public class ReportViews {

    private final ReportIntake intake;
    private final DuplicateFinder duplicates;
    private final ReportAccess access;

    ReportViews(ReportIntake intake, DuplicateFinder duplicates, ReportAccess access) {
        this.intake = intake;
        this.duplicates = duplicates;
        this.access = access;
    }

    @Transactional
    public ReportResponse of(Report report) {
        if (access.callerOwns(report)) {
            return ReportResponse.of(new ReportResponse.Parts(report, details(report), duplicates.possibleDuplicatesOf(report.id()),
                    duplicates.earlierOwnReportsOf(report)));
        }
        ReportDetails details = report.policeMayReadDetails() ? details(report) : null;
        return ReportResponse.of(new ReportResponse.Parts(report, details, null, null));
    }

    /** The view of a report just submitted, from what intake wrote: no second read. */
    static ReportResponse of(ReportIntake.Submission submission) {
        return ReportResponse.of(new ReportResponse.Parts(submission.report(), submission.details(),
                submission.findings().possibleDuplicates(), submission.findings().earlierOwnReports()));
    }

    public Response ok(Report report) {
        return Response.ok(of(report)).tag(etag(report)).build();
    }

    static EntityTag etag(Report report) {
        return new EntityTag(Long.toString(report.version()));
    }

    private ReportDetails details(Report report) {
        return intake.detailsOf(report).orElse(null);
    }
}
