package org.hatecrime.victimcare.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hatecrime.kit.security.Caller;
import org.hatecrime.kit.subjectaccess.SubjectAccessQuery;
import org.hatecrime.kit.subjectaccess.SubjectAccessRequesters;
import org.hatecrime.victimcare.domain.subjectaccess.VictimCareHoldings;

/**
 * Service-to-service: intake assembling a subject access export asks for everything victim care
 * holds about the person. Only intake's own client may call it; not routed by the gateway; audited.
 */
@Path("/api/v1/internal/subject-access")
@Tag(name = "Internal", description = "Service-to-service endpoints, not exposed through the gateway")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("internal-service")
public class SubjectAccessResource {

    private final VictimCareHoldings holdings;
    private final SubjectAccessRequesters requesters;
    private final Caller caller;

    SubjectAccessResource(VictimCareHoldings holdings, SubjectAccessRequesters requesters, Caller caller) {
        this.holdings = holdings;
        this.requesters = requesters;
        this.caller = caller;
    }

    @POST
    @Operation(summary = "Everything victim care holds about a person, for intake's subject access export",
            description = "Role: `internal-service`, and only the clients named in `hatecrime.subject-access.requesters` (intake's). "
                    + "The keys are in the body so that no victim key or report id of the person reaches an access log. Contact "
                    + "details, notes, actions and comments are opened; what an erasure made unreadable reads as erased. Audited "
                    + "per referral for the agency that works it.")
    @APIResponse(responseCode = "200", description = "What is held; empty lists when nothing is")
    @APIResponse(responseCode = "403", description = "Not intake's client")
    public Map<String, Object> holdings(@Valid @NotNull SubjectAccessQuery query) {
        return holdings.of(query, requesters.admit(), caller.agency());
    }
}
