package org.hatecrime.kit.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Answers a bearer token this service has already verified with the identity it gave then; asked
 * before the OIDC provider, and passes (no identity) for any other token, which the OIDC provider
 * then verifies in full. The identity is rebuilt for the request, so nothing of the request that
 * first presented the token is carried over.
 */
@ApplicationScoped
public class VerifiedTokenIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    /** Marks an identity answered from {@link VerifiedTokens}, so it is not remembered again. */
    public static final String FROM_VERIFIED_TOKENS = "hatecrime.verified-token";

    private final VerifiedTokens tokens;

    VerifiedTokenIdentityProvider(VerifiedTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        return tokens.identityOf(request.getToken().getToken())
                .map(verified -> Uni.createFrom().item(forThisRequest(verified, request, context)))
                .orElseGet(() -> Uni.createFrom().nullItem());
    }

    private static SecurityIdentity forThisRequest(SecurityIdentity verified, TokenAuthenticationRequest request,
            AuthenticationRequestContext context) {
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder(verified)
                .addAttribute(AuthenticationRequestContext.class.getName(), context)
                .addAttribute(FROM_VERIFIED_TOKENS, Boolean.TRUE);
        RoutingContext routingContext = HttpSecurityUtils.getRoutingContextAttribute(request);
        if (routingContext != null) {
            identity.addAttribute(RoutingContext.class.getName(), routingContext);
        }
        return identity.build();
    }

    /**
     * Before the OIDC provider, which verifies every token not answered here. Providers are asked
     * highest priority first, and the OIDC provider's is above {@link #SYSTEM_FIRST}.
     */
    @Override
    public int priority() {
        return Integer.MAX_VALUE;
    }
}
