package org.hatecrime.testkit;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Real RS256 tokens shaped like Keycloak's ({@code realm_access.roles}, {@code agency},
 * audience {@code hatecrime-api}), signed by a key pair made for this test JVM. The services verify
 * them with the same code path as in production, only against a configured public key.
 */
public final class TestTokens {

    public static final String ISSUER = "https://keycloak.test/realms/hatecrime";
    public static final String AUDIENCE = "hatecrime-api";
    private static final Duration LIFETIME = Duration.ofMinutes(5);
    private static final KeyPair KEYS = generate();

    private TestTokens() {
    }

    /** A person in the given role, acting for the given agency. */
    public static String user(String username, String role, String agency) {
        return userExpiringIn(LIFETIME, username, role, agency);
    }

    /** A person's token that expires after the given time. */
    public static String userExpiringIn(Duration lifetime, String username, String role, String agency) {
        return person(username, role).claim("agency", agency).expiresIn(lifetime).sign(KEYS.getPrivate());
    }

    /** A partner or police system with a client-credentials token. */
    public static String system(String clientId, String role, String agency) {
        return Jwt.issuer(ISSUER)
                .subject("sub-" + clientId)
                .audience(AUDIENCE)
                .claim("preferred_username", "service-account-" + clientId)
                .claim("azp", clientId)
                .claim("agency", agency)
                .claim("realm_access", Map.of("roles", List.of(role)))
                .expiresIn(LIFETIME)
                .sign(KEYS.getPrivate());
    }

    /** A person's token that names no agency, which may not touch any agency's data. */
    public static String withoutAgency(String username, String role) {
        return person(username, role).expiresIn(LIFETIME).sign(KEYS.getPrivate());
    }

    /** A token for another audience, which every service must refuse. */
    public static String forAnotherAudience(String role, String agency) {
        return Jwt.issuer(ISSUER)
                .subject("sub-elsewhere")
                .audience("some-other-api")
                .claim("agency", agency)
                .claim("realm_access", Map.of("roles", List.of(role)))
                .expiresIn(LIFETIME)
                .sign(KEYS.getPrivate());
    }

    /**
     * A person's token signed with the right key but another RSA algorithm (RSASSA-PSS), which
     * every service must refuse: the signature algorithm is pinned, never taken from the token.
     */
    public static String signedWithPss(String username, String role, String agency) {
        return person(username, role).claim("agency", agency).expiresIn(LIFETIME)
                .jws().algorithm(SignatureAlgorithm.PS256)
                .sign(KEYS.getPrivate());
    }

    /** The claims Keycloak gives a person signed in through the command-line client, without an agency. */
    private static JwtClaimsBuilder person(String username, String role) {
        return Jwt.issuer(ISSUER)
                .subject("sub-" + username)
                .audience(AUDIENCE)
                .claim("preferred_username", username)
                .claim("azp", "hatecrime-cli")
                .claim("realm_access", Map.of("roles", List.of(role)));
    }

    static String publicKey() {
        return Base64.getEncoder().encodeToString(KEYS.getPublic().getEncoded());
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
