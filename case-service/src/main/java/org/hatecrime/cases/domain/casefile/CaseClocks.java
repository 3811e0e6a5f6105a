package org.hatecrime.cases.domain.casefile;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.hatecrime.cases.config.CasesConfig;
import org.hatecrime.kit.time.WorkingDayCalendar;
import org.hatecrime.kit.time.WorkingDayCalendars;

/**
 * The Victims' Code deadlines of a case, counted in working days of England and Wales: an update
 * after a key event, and the time a victim has to ask for a review. Each passes at the end of its
 * last working day.
 */
@ApplicationScoped
public class CaseClocks implements UpdateDeadline, ReviewDeadline {

    private final CasesConfig config;
    private final WorkingDayCalendar calendar;

    CaseClocks(CasesConfig config, WorkingDayCalendars calendars) {
        this.config = config;
        this.calendar = calendars.englandAndWales();
    }

    @Override
    public OffsetDateTime dueAt(OffsetDateTime eventAt, boolean enhancedRights) {
        int days = enhancedRights ? config.victimUpdates().enhancedWithin() : config.victimUpdates().within();
        return calendar.addWorkingDays(eventAt, days).passesAt().atOffset(ZoneOffset.UTC);
    }

    @Override
    public OffsetDateTime requestBy(ReviewScheme scheme, OffsetDateTime decidedAt) {
        CasesConfig.ReviewScheme configured = config.rightToReview().get(scheme.configName());
        if (configured == null) {
            throw new IllegalStateException("Configure hatecrime.cases.right-to-review." + scheme.configName() + ".request-within");
        }
        return calendar.addWorkingDays(decidedAt, configured.requestWithin()).passesAt().atOffset(ZoneOffset.UTC);
    }
}
