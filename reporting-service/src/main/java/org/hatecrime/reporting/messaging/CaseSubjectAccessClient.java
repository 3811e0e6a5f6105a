package org.hatecrime.reporting.messaging;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.hatecrime.kit.subjectaccess.SubjectAccessQuery;

/**
 * The internal subject access endpoint of case progression, called with intake's own client-credentials
 * token (client {@code reporting-service}, role {@code internal-service}), never an administrator's.
 * The person's report ids and victim keys travel in the body.
 */
@RegisterRestClient(configKey = "subject-access-cases")
@OidcClientFilter
@Path("/api/v1/internal/subject-access")
public interface CaseSubjectAccessClient {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    Map<String, Object> holdings(SubjectAccessQuery query);
}
