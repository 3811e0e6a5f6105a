package org.hatecrime.reporting.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hatecrime.reporting.domain.NewReport;
import org.hatecrime.reporting.domain.Strand;

/** A report taken by a reporting centre on behalf of a victim or witness. */
@Schema(name = "SubmitReport")
public record SubmitReportRequest(
        @Schema(description = "One or more monitored strands", example = "[\"RACE\"]")
        @NotEmpty @Size(max = 6) List<@NotNull Strand> strands,

        @Schema(description = "What happened, in the reporter's words. Stored encrypted-at-rest, never published in events.",
                example = "Shouted at on the bus because of my headscarf")
        @NotBlank @Size(max = 10_000) String description,

        @Schema(description = "When it happened (ISO-8601 with offset); not in the future", example = "2026-11-20T18:30:00Z")
        @NotNull @PastOrPresent OffsetDateTime occurredAt,

        @Schema(description = "District code from the configured list", example = "STEVENAGE")
        @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Z][A-Z_]*", message = "must be an upper-case district code") String district,

        @NotNull @Valid ConsentsRequest consents) {

    /** The victim's consent per purpose, as recorded by the person taking the report. */
    @Schema(name = "Consents")
    public record ConsentsRequest(
            @Schema(description = "May the report be shared with the police force for the area?") @NotNull Boolean shareWithPolice,
            @Schema(description = "May the victim be referred to a support service such as Beacon?") @NotNull Boolean referToSupport,
            @Schema(description = "May the report be counted in published statistics?") @NotNull Boolean statistics) {
    }

    NewReport toNewReport() {
        return new NewReport(EnumSet.copyOf(strands), description, occurredAt, district,
                consents.shareWithPolice(), consents.referToSupport(), consents.statistics());
    }
}
