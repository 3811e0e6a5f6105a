package org.hatecrime.kit.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.hatecrime.kit.problem.ProblemException;

/** Who is calling: the person or partner system, and the agency on whose behalf they act. */
@RequestScoped
public class Caller {

    public static final String AGENCY_CLAIM = "agency";

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    Caller(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    /** The agency every record access is scoped to; a token without one may not touch records. */
    public String agency() {
        Object agency = token.getClaim(AGENCY_CLAIM);
        if (agency == null || agency.toString().isBlank()) {
            throw ProblemException.forbidden("The token carries no agency");
        }
        return agency.toString();
    }

    /** A name for the audit log: the user's login, or the partner system's client id. */
    public String actor() {
        String username = token.getClaim("preferred_username");
        if (username != null && !username.startsWith("service-account-")) {
            return username;
        }
        String client = token.getClaim("azp");
        if (client != null) {
            return "client:" + client;
        }
        return identity.getPrincipal().getName();
    }

    /** A partner or police system using a client-credentials token, rather than a person. */
    public boolean isSystem() {
        String username = token.getClaim("preferred_username");
        return username != null && username.startsWith("service-account-");
    }

    /**
     * The client id of a system calling with its own client-credentials token, or nothing for a
     * person: for endpoints that only named platform services may call.
     */
    public Optional<String> systemClient() {
        String client = token.getClaim("azp");
        return isSystem() && client != null ? Optional.of(client) : Optional.empty();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }
}
