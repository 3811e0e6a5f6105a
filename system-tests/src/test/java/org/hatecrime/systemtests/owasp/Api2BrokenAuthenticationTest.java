package org.hatecrime.systemtests.owasp;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.response.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Properties;
import org.hatecrime.systemtests.Api;
import org.hatecrime.systemtests.LocalPlatform;
import org.hatecrime.systemtests.PlatformTest;
import org.junit.jupiter.api.Test;

/**
 * OWASP API2:2023 Broken Authentication, through the gateway with tokens Keycloak really issued:
 * expired, for another audience, from another realm (another issuer and key), with {@code alg: none},
 * with a changed signature or a changed claim → 401; a real, valid token whose user has no agency →
 * 403. And the realm itself: wrong passwords lock an account for a while.
 */
@PlatformTest
class Api2BrokenAuthenticationTest {

    static final String SUMMARY = "/api/v1/analytics/summary";
    static final String REPORTS = "/api/v1/reports";
    /** The realm's failureFactor (deploy/keycloak/hatecrime-realm.json). */
    static final int FAILURE_FACTOR = 5;

    private final Api api;
    private final LocalPlatform platform;

    Api2BrokenAuthenticationTest(LocalPlatform platform) {
        this.platform = platform;
        this.api = new Api(platform);
    }

    private void refused(String token, String path) {
        api.withToken(token).get(path).then().statusCode(401).contentType(Api.PROBLEM_JSON)
                .header("WWW-Authenticate", startsWith("Bearer"));
    }

    private String clientToken(String clientId) {
        return given().formParams(Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", clientId + "-secret"))
                .post(platform.tokenUrl()).then().statusCode(200).extract().path("access_token");
    }

    @Test
    void anExpiredTokenIsRefused() {
        // the realm's probe client issues tokens that live 5 seconds
        String token = clientToken("probe-expiring");
        api.withToken(token).get(SUMMARY).then().statusCode(200);
        await("the token has expired and is refused").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> api.withToken(token).get(SUMMARY).statusCode() == 401);
        refused(token, SUMMARY);
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() {
        String token = clientToken("probe-other-audience");
        assertThat(claims(token)).contains("\"another-api\"").doesNotContain("hatecrime-api");
        refused(token, SUMMARY);
    }

    @Test
    void aTokenFromAnotherRealmOfTheSameKeycloakIsRefused() throws IOException {
        Properties admin = new Properties();
        try (var reader = Files.newBufferedReader(platform.home().resolve("secrets/keycloak.env"))) {
            admin.load(reader);
        }
        String masterToken = given().formParams(Map.of("grant_type", "password", "client_id", "admin-cli",
                        "username", admin.getProperty("KC_BOOTSTRAP_ADMIN_USERNAME"), "password", admin.getProperty("KC_BOOTSTRAP_ADMIN_PASSWORD")))
                .post(platform.tokenUrl().replace("/realms/hatecrime/", "/realms/master/")).then().statusCode(200)
                .extract().path("access_token");
        assertThat(claims(masterToken)).contains("/realms/master\"");
        refused(masterToken, REPORTS);
    }

    @Test
    void anUnsignedTokenWithAlgNoneIsRefused() {
        String[] parts = api.tokens().user("centre-stevenage").split("\\.");
        String none = encode("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + parts[1] + ".";
        refused(none, REPORTS);
        refused(none.substring(0, none.length() - 1), REPORTS);
    }

    @Test
    void aChangedSignatureIsRefused() {
        String token = api.tokens().user("centre-stevenage");
        api.withToken(token).get(REPORTS).then().statusCode(200);
        String[] parts = token.split("\\.");
        byte[] signature = Base64.getUrlDecoder().decode(parts[2]);
        signature[signature.length / 2] ^= 0x01;
        refused(parts[0] + "." + parts[1] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature), REPORTS);
    }

    @Test
    void aClaimChangedUnderTheOriginalSignatureIsRefused() {
        String[] parts = api.tokens().user("centre-watford").split("\\.");
        String claims = claims(parts[0] + "." + parts[1] + "." + parts[2]).replace("\"watford-centre\"", "\"stevenage-centre\"");
        refused(parts[0] + "." + encode(claims) + "." + parts[2], REPORTS);
    }

    @Test
    void aValidTokenOfAUserWithoutAnAgencyIsRefusedEverywhereItsRoleWouldReach() {
        assertThat(claims(api.tokens().user("centre-no-agency"))).doesNotContain("\"agency\"");
        api.asUser("centre-no-agency").get(REPORTS).then().statusCode(403).contentType(Api.PROBLEM_JSON);
        api.asUser("centre-no-agency").contentType("application/json").body(Api.Submission.typical().json()).post(REPORTS)
                .then().statusCode(403).contentType(Api.PROBLEM_JSON);
        // the coordinator's queue reads no agency of its own, and was open to such a token before
        api.asUser("coordinator-herts").get("/api/v1/coordination/matches").then().statusCode(200);
        api.asUser("coordinator-no-agency").get("/api/v1/coordination/matches").then().statusCode(403).contentType(Api.PROBLEM_JSON);
    }

    @Test
    void repeatedWrongPasswordsLockTheAccountForAWhile() {
        Response first = passwordGrant("lockout-probe", "lockout-probe");
        assertThat(first.statusCode()).as(first.asString()).isEqualTo(200);
        for (int attempt = 0; attempt < FAILURE_FACTOR; attempt++) {
            // 401 for a wrong password; 400 once Keycloak has disabled the account for a while
            Response wrong = passwordGrant("lockout-probe", "wrong-password-" + attempt);
            assertThat(wrong.statusCode()).as(wrong.asString()).isIn(400, 401);
            assertThat(wrong.asString()).doesNotContain("access_token");
        }
        Response locked = passwordGrant("lockout-probe", "lockout-probe");
        assertThat(locked.statusCode()).as("the right password while locked: " + locked.asString()).isNotEqualTo(200);
        assertThat(locked.asString()).doesNotContain("access_token");
    }

    private Response passwordGrant(String username, String password) {
        return given().formParams(Map.of("grant_type", "password", "client_id", "hatecrime-cli", "username", username, "password", password))
                .post(platform.tokenUrl());
    }

    private static String claims(String token) {
        return new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
    }

    private static String encode(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
