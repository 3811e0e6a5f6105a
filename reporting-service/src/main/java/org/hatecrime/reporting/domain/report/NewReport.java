package org.hatecrime.reporting.domain.report;

import java.time.OffsetDateTime;
import java.util.List;
import org.hatecrime.reporting.domain.codes.Channel;
import org.hatecrime.reporting.domain.codes.ConsentMethod;
import org.hatecrime.reporting.domain.codes.IncidentType;
import org.hatecrime.reporting.domain.codes.OffenceCategory;
import org.hatecrime.reporting.domain.codes.PerceivedBy;
import org.hatecrime.reporting.domain.codes.RecordedAs;
import org.hatecrime.reporting.domain.codes.ReporterRole;
import org.hatecrime.reporting.domain.codes.Strand;
import org.hatecrime.reporting.domain.codes.TargetedFor;

/** What intake needs to receive a report, already checked for form at the edge. */
public record NewReport(
        List<Strand> strands,
        ReporterRole reporterRole,
        boolean anonymous,
        Channel requestedChannel,
        PerceivedBy perceivedBy,
        RecordedAs recordedAs,
        OffenceCategory offenceCategory,
        List<IncidentType> incidentTypes,
        List<TargetedFor> targetedFor,
        boolean injured,
        boolean propertyDamaged,
        Integer suspectCount,
        Boolean suspectKnownToVictim,
        Integer witnessCount,
        OffsetDateTime occurredAt,
        OffsetDateTime occurredUntil,
        String district,
        ReportDetails details,
        boolean shareWithPolice,
        boolean referToSupport,
        boolean statistics,
        ConsentMethod consentMethod) {
}
