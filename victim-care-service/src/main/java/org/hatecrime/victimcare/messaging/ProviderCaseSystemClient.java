package org.hatecrime.victimcare.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A provider's own case system, as the platform offers it a referral: {@code POST <url>/referrals}
 * with the referral id as {@code Idempotency-Key}. One client per provider, built with its URL
 * (see {@link ProviderCaseSystemClients}).
 */
@Path("/referrals")
public interface ProviderCaseSystemClient {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    Response offer(@HeaderParam("Idempotency-Key") String idempotencyKey, @HeaderParam("Authorization") String authorization,
            ProviderReferral referral);

    /**
     * The referral as the provider's system receives it: ids, codes and dates, and where its
     * system fetches the victim's contact details with its own credentials.
     */
    record ProviderReferral(UUID referralId, String provider, String source, String reportReference, String district,
            List<String> strands, OffsetDateTime occurredAt, OffsetDateTime consentedAt, boolean enhancedRights,
            String enhancedRightsReason, Links links) {
    }

    record Links(String referral, String contactDetails) {
    }

    /** What the provider's system may answer; anything else in its answer is ignored. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Receipt(String caseReference) {
    }
}
