package org.hatecrime.reporting.domain.publicreporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.hatecrime.kit.domain.DomainException;
import org.hatecrime.kit.publicaccess.AccessCodes;
import org.hatecrime.reporting.domain.report.Report;
import org.hatecrime.reporting.domain.report.Reports;

/**
 * Follow-up codes of anonymous reporters, kept by the service kit's {@link AccessCodes}: shown once,
 * stored only as a keyed hash, and guarded by a wait per reference that grows with each wrong code
 * (whether or not the reference exists) but never shuts the reporter out.
 */
@ApplicationScoped
public class FollowUpCodes {

    /** The kind of code, so a report's waits never mix with another kind's. */
    static final String PURPOSE = "report-follow-up";

    private final AccessCodes codes;
    private final Reports reports;

    FollowUpCodes(AccessCodes codes, Reports reports) {
        this.codes = codes;
        this.reports = reports;
    }

    /** Gives a report just received a new follow-up code, stored only as its keyed hash; the code is shown once. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String issue(Report report) {
        String code = codes.newCode();
        report.giveFollowUpCode(codes.hash(report.reference(), code));
        return code;
    }

    /** The report for a reference and code; a wrong code and an unknown reference look the same. */
    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = DomainException.class)
    public Report verify(String reference, String code) {
        Optional<Report> report = reports.byReference(reference);
        AccessCodes.Verified verified = codes.verify(PURPOSE, reference, code, report.map(Report::followUpCodeHash), "report");
        verified.rehashed().ifPresent(keyed -> report.get().giveFollowUpCode(keyed));
        return report.orElseThrow();
    }
}
