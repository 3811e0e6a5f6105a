package org.hatecrime.reporting.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import org.hatecrime.reporting.domain.ConsentRecord;
import org.hatecrime.reporting.domain.DuplicateFinder;
import org.hatecrime.reporting.domain.Report;
import org.hatecrime.reporting.domain.ReportIntake;

/** Builds the full view of a report, with its ETag, for the resources. */
@ApplicationScoped
public class ReportViews {

    private final ReportIntake intake;
    private final DuplicateFinder duplicates;

    ReportViews(ReportIntake intake, DuplicateFinder duplicates) {
        this.intake = intake;
        this.duplicates = duplicates;
    }

    @Transactional
    public ReportResponse of(Report report) {
        return ReportResponse.of(new ReportResponse.Parts(report, intake.detailsOf(report).orElse(null),
                ConsentRecord.historyOf(report.id), duplicates.possibleDuplicatesOf(report.id), duplicates.earlierReportsOf(report)));
    }

    /** The view of a report just submitted, from what intake wrote: no second read. */
    static ReportResponse of(ReportIntake.Submission submission) {
        return ReportResponse.of(new ReportResponse.Parts(submission.report(), submission.details(), submission.consentHistory(),
                submission.findings().possibleDuplicates(), submission.findings().earlierReports()));
    }

    public Response ok(Report report) {
        return Response.ok(of(report)).tag(etag(report)).build();
    }

    static EntityTag etag(Report report) {
        return new EntityTag(Long.toString(report.version));
    }
}
