package org.hatecrime.cases.domain;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hatecrime.cases.domain.casefile.Case;

/** The parts of {@code report.shared-with-police.v1} the case service reads; other fields are ignored. */
public record ReportSharedWithPolice(
        UUID reportId,
        String reference,
        String force,
        List<String> strands,
        String district,
        OffsetDateTime occurredAt,
        OffsetDateTime sharedAt,
        String victimKey) {

    /** What the force's case opens with. */
    public Case.Opening opening() {
        return new Case.Opening(reportId, reference, force, district, strands, occurredAt, sharedAt, victimKey);
    }
}
