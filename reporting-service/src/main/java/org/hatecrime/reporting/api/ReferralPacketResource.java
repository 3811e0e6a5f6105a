package org.hatecrime.reporting.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hatecrime.reporting.domain.sharing.SupportReferral;

/**
 * Service-to-service: the victim service a report was referred to fetches the contact details it
 * needs (claim check). Not routed by the public gateway; every fetch is audited.
 */
@Path("/api/v1/internal/referral-packets")
@Tag(name = "Internal", description = "Service-to-service endpoints, not exposed through the gateway")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("internal-service")
public class ReferralPacketResource {

    private final SupportReferral referral;

    ReferralPacketResource(SupportReferral referral) {
        this.referral = referral;
    }

    @GET
    @Path("/{reportId}")
    @Operation(summary = "The contact details and safe-contact preferences for a referral made to your service")
    @APIResponse(responseCode = "200", description = "The packet")
    @APIResponse(responseCode = "404", description = "No referral of that report to your service, or consent withdrawn")
    public SupportReferral.ReferralPacket packet(@PathParam("reportId") UUID reportId) {
        return referral.packet(reportId);
    }
}
