package org.hatecrime.kit.retention;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a records manager or administrator decided on a due retention review, the same body in every
 * service that reviews its records (reports, referrals, cases). Whether {@code keepUntil} fits the
 * decision is the domain's rule ({@link ReviewDecision#check}), since it depends on today.
 */
@Schema(name = "RetentionDecisionRequest", description = "What a retention review decided about a due record's personal data")
public record RetentionDecisionRequest(
        @Schema(description = "KEEP the personal data until keepUntil, or ANONYMISE it for good") @NotNull ReviewDecision decision,
        @Schema(description = "Why, as the reviewer would explain it to the data subject or an inspection")
        @NotBlank @Size(min = 10, max = 1_000) String reason,
        @Schema(description = "KEEP only: the date of the next review, after today") LocalDate keepUntil) {
}
