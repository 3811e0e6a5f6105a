package org.hatecrime.kit.subjectaccess;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What intake asks another service for when it assembles a subject access export: everything that
 * service holds for these reports (and the referrals or cases made from them) and these
 * pseudonymous victim keys. Sent in a POST body, never in a URL, so no key reaches an access log.
 */
@Schema(name = "SubjectAccessQuery", description = "The person's reports and victim keys, as intake found them")
public record SubjectAccessQuery(
        @Schema(description = "The subject access request at intake, for the audit trail") @NotNull UUID requestId,
        @Schema(description = "The administrator who made the request, for the audit trail", example = "admin-herts")
        @NotBlank @Size(max = 200) String requestedBy,
        @Schema(description = "The person's reports at intake") @NotNull @Size(max = 1000) List<@NotNull UUID> reportIds,
        @Schema(description = "The person's pseudonymous victim keys (keyed hashes of their contact details)")
        @NotNull @Size(max = 100) List<@NotNull @Pattern(regexp = "[0-9a-f]{64}") String> victimKeys) {

    /** The client intake calls with, the only one allowed by default ({@code hatecrime.subject-access.requesters}). */
    public static final String INTAKE_CLIENT = "reporting-service";

    public String[] reportIdArray() {
        return reportIds.stream().map(UUID::toString).toArray(String[]::new);
    }

    public String[] victimKeyArray() {
        return victimKeys.toArray(String[]::new);
    }
}
