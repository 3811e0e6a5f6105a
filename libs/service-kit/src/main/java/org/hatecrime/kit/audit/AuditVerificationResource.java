package org.hatecrime.kit.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hatecrime.kit.security.Caller;

/**
 * Lets an administrator check this service's audit chain. Served on the service's own port for
 * operators; the gateway does not route it.
 */
@Path("/api/v1/audit/verification")
@Tag(name = "Audit", description = "Tamper evidence of the audit log")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
public class AuditVerificationResource {

    private final AuditChainVerifier verifier;
    private final Caller caller;

    AuditVerificationResource(AuditChainVerifier verifier, Caller caller) {
        this.verifier = verifier;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Walk the audit chain and report the first changed, missing or out-of-turn row")
    @APIResponse(responseCode = "200", description = "The verdict: intact, or where the chain breaks and why")
    public AuditChainVerifier.Verdict verify() {
        caller.agency(); // an administrator acts for an agency; a token without one is refused
        return verifier.verify();
    }
}
