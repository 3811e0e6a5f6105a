package org.hatecrime.kit.security;

import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Remembers each bearer token the OIDC provider has just verified, with the identity it gave, in
 * {@link VerifiedTokens}. Runs before any other augmentor, so what is remembered is the provider's
 * own identity.
 */
@ApplicationScoped
public class VerifiedTokenRecorder implements SecurityIdentityAugmentor {

    private final VerifiedTokens tokens;

    VerifiedTokenRecorder(VerifiedTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        TokenCredential credential = identity.getCredential(TokenCredential.class);
        if (credential != null && identity.getAttribute(VerifiedTokenIdentityProvider.FROM_VERIFIED_TOKENS) == null
                && identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getExpirationTime() > 0) {
            tokens.remember(credential.getToken(), identity, Instant.ofEpochSecond(jwt.getExpirationTime()));
        }
        return Uni.createFrom().item(identity);
    }

    @Override
    public int priority() {
        return Integer.MAX_VALUE;
    }
}
