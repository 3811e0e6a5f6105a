package org.hatecrime.kit.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Roles on this platform are always held for an agency: a token that names no agency keeps its
 * holder authenticated but strips every role, so each role-guarded operation of every service
 * answers 403 in one place, whether or not the operation itself reads the agency. {@link Caller}
 * still refuses such a token where an agency is read, as a second line.
 */
@ApplicationScoped
class AgencyBoundRoles implements SecurityIdentityAugmentor {

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || identity.getRoles().isEmpty() || namesAnAgency(identity)) {
            return Uni.createFrom().item(identity);
        }
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .addCredentials(identity.getCredentials())
                .addAttributes(identity.getAttributes())
                .setAnonymous(false)
                .build());
    }

    static boolean namesAnAgency(SecurityIdentity identity) {
        if (!(identity.getPrincipal() instanceof JsonWebToken token)) {
            return false;
        }
        Object agency = token.getClaim(Caller.AGENCY_CLAIM);
        return agency != null && !agency.toString().isBlank();
    }
}
