package org.hatecrime.systemtests;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Real access tokens from the platform's Keycloak: the password grant on the public client
 * {@code hatecrime-cli} for the demo users (password = user name), and client credentials for
 * the partner systems (secret = {@code <client>-secret}). Tokens are reused until shortly before
 * they expire.
 */
public final class Tokens {

    public static final String CENTRE_STEVENAGE = "centre-stevenage";
    public static final String CENTRE_WATFORD = "centre-watford";
    public static final String POLICE_HERTS = "police-herts";
    public static final String POLICE_BEDS = "police-beds";
    public static final String CPS_THAMES_CHILTERN = "cps-thames-chiltern";
    public static final String BEACON_WORKER = "beacon-worker";
    public static final String ANALYST_HERTS = "analyst-herts";
    public static final String ADMIN_HERTS = "admin-herts";
    public static final String SECOND_ADMIN_HERTS = "admin-herts-2";
    public static final String COORDINATOR_HERTS = "coordinator-herts";

    public static final String PARTNER_STEVENAGE = "partner-stevenage";
    public static final String POLICE_HERTS_RMS = "police-herts-rms";
    public static final String POLICE_BEDS_RMS = "police-beds-rms";

    private static final String CLI_CLIENT = "hatecrime-cli";
    private static final long RENEW_BEFORE_EXPIRY_SECONDS = 60;

    private final String tokenUrl;
    private final Map<String, Token> cache = new ConcurrentHashMap<>();

    public Tokens(LocalPlatform platform) {
        this.tokenUrl = platform.tokenUrl();
    }

    /** An access token of a demo user. */
    public String user(String username) {
        return cached("user:" + username, () -> request(Map.of(
                "grant_type", "password",
                "client_id", CLI_CLIENT,
                "username", username,
                "password", username)));
    }

    /** An access token of a partner system (client credentials grant). */
    public String client(String clientId) {
        return cached("client:" + clientId, () -> request(Map.of(
                "grant_type", "client_credentials",
                "client_id", clientId,
                "client_secret", clientId + "-secret")));
    }

    private String cached(String key, java.util.function.Supplier<Token> fetch) {
        Token token = cache.compute(key, (k, current) -> current != null && current.fresh() ? current : fetch.get());
        return token.value();
    }

    private Token request(Map<String, String> form) {
        Response response = given().formParams(form).when().post(tokenUrl);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Keycloak refused a token for " + form.get("client_id") + "/"
                    + form.getOrDefault("username", "-") + ": HTTP " + response.statusCode() + " " + response.asString());
        }
        String value = response.path("access_token");
        int expiresIn = response.path("expires_in");
        return new Token(value, Instant.now().plusSeconds(expiresIn - RENEW_BEFORE_EXPIRY_SECONDS));
    }

    private record Token(String value, Instant renewAt) {
        boolean fresh() {
            return Instant.now().isBefore(renewAt);
        }
    }
}
