package org.hatecrime.reporting.api;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hatecrime.reporting.domain.publicreporting.FollowUps;

/** One addition a public reporter made, as the triaging centre reads it. */
@Schema(name = "PublicFollowUp", description = "Information a public reporter added with the follow-up code")
public record FollowUpView(
        UUID id,
        OffsetDateTime addedAt,
        @Schema(description = "What the reporter wrote; null once their personal data was erased") String information) {

    static FollowUpView of(FollowUps.FollowUp followUp) {
        return new FollowUpView(followUp.id(), followUp.addedAt(), followUp.information());
    }
}
