package org.hatecrime.victimcare.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * Intake's internal referral-packet endpoint, called with this service's own client-credentials
 * token (client {@code victim-care-service}, role {@code internal-service}), never the caller's.
 */
@RegisterRestClient(configKey = "referral-packets")
@OidcClientFilter
@Path("/api/v1/internal/referral-packets")
@Produces(MediaType.APPLICATION_JSON)
public interface ReferralPacketClient {

    @GET
    @Path("/{reportId}")
    Packet packet(@PathParam("reportId") UUID reportId);

    /** The part of intake's packet this service keeps; fields intake adds later are ignored, not refused. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Packet(UUID reportId, Contact contact, SafeContact safeContact) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Contact(String name, String email, String phone, String address, String postcode) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record SafeContact(Boolean safeToCall, String safeTimes, Boolean voicemailAllowed, String language, Boolean interpreterNeeded,
            String accessibilityNeeds, String notes) {
    }
}
