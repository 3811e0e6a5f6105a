package org.hatecrime.cases.api;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hatecrime.cases.domain.casefile.Case;

/** What the victim has been told of their case and what they are owed: the timeline a victim service may read. */
@Schema(name = "VictimUpdates")
public record VictimUpdatesView(UUID caseId, UUID reportId, String stage, List<CaseView.Update> updates) {

    static VictimUpdatesView of(Case c) {
        return new VictimUpdatesView(c.id(), c.reportId(), c.stage().name(), c.victimUpdates().stream().map(CaseView.Update::of).toList());
    }
}
