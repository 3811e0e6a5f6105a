package org.hatecrime.reporting.domain.intake;

import jakarta.enterprise.context.ApplicationScoped;
import org.hatecrime.kit.domain.DomainException;
import org.hatecrime.reporting.config.IntakeConfig;
import org.hatecrime.reporting.domain.codes.Strand;
import org.hatecrime.reporting.domain.report.NewReport;
import org.hatecrime.reporting.domain.report.ReportDetails;

/** The rules about a report that need configuration or more than one field to check. */
@ApplicationScoped
public class IntakeRules {

    private final IntakeConfig config;

    IntakeRules(IntakeConfig config) {
        this.config = config;
    }

    public void check(NewReport report) {
        if (!config.districts().contains(report.district())) {
            throw new DomainException.InvalidValue("district", "unknown district; allowed: " + config.districts());
        }
        if (report.strands().contains(Strand.OTHER) && isBlank(report.details().otherStrand())) {
            throw new DomainException.InvalidValue("otherStrand", "say what the hostility was about when the strand is OTHER");
        }
        if (report.occurredUntil() != null && report.occurredUntil().isBefore(report.occurredAt())) {
            throw new DomainException.InvalidValue("occurredUntil", "must not be before occurredAt");
        }
        ReportDetails.Location location = report.details().location();
        if (location != null && (location.latitude() == null) != (location.longitude() == null)) {
            throw new DomainException.InvalidValue("location", "give both latitude and longitude, or neither");
        }
        if (location != null && location.latitude() != null && !config.area().contains(location.latitude(), location.longitude())) {
            throw new DomainException.InvalidValue("location", "the coordinates are outside the area this platform serves");
        }
        if (report.anonymous() && report.details().contact() != null) {
            throw new DomainException.InvalidValue("contact", "an anonymous report takes no contact details");
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
