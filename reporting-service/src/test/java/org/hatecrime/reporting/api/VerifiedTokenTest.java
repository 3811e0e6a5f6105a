package org.hatecrime.reporting.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hatecrime.reporting.api.ReportSubmissionTestSupport.STEVENAGE;
import static org.hatecrime.reporting.api.ReportSubmissionTestSupport.WATFORD;
import static org.hatecrime.reporting.api.ReportSubmissionTestSupport.submit;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.hatecrime.kit.security.VerifiedTokenIdentityProvider;
import org.hatecrime.kit.security.VerifiedTokens;
import org.hatecrime.reporting.TestPlatform;
import org.hatecrime.testkit.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * A verified bearer token is kept until it expires, so repeated requests skip the signature
 * check; what the token may do must not change because of that.
 */
@QuarkusTest
class VerifiedTokenTest extends TestPlatform {

    @Inject
    VerifiedTokens verifiedTokens;

    @Inject
    IdentityProviderManager identities;

    @Test
    void aTokenIsVerifiedOnceAndThenAnsweredFromWhatWasVerified() {
        String token = TestTokens.user("centre-stevenage", "reporting-centre", "stevenage-centre");
        assertThat(verifiedTokens.identityOf(token)).isEmpty();

        String id = submit(token, ReportSubmissionTestSupport.report("verified once"));

        assertThat(verifiedTokens.identityOf(token)).hasValueSatisfying(identity -> assertThat(identity.getRoles())
                .containsExactly("reporting-centre"));
        given().auth().oauth2(token).when().get("/api/v1/reports/{id}", id).then().statusCode(200);
    }

    @Test
    void aRememberedTokenIsAnsweredBeforeTheOidcProviderChecksItsSignatureAgain() {
        String token = TestTokens.user("centre-stevenage", "reporting-centre", "stevenage-centre");
        submit(token, ReportSubmissionTestSupport.report("answered from memory"));

        SecurityIdentity identity = identities.authenticateBlocking(
                new TokenAuthenticationRequest(new AccessTokenCredential(token)));

        assertThat(identity.<Boolean>getAttribute(VerifiedTokenIdentityProvider.FROM_VERIFIED_TOKENS))
                .as("answered from the verified tokens, not verified again").isTrue();
        assertThat(identity.getRoles()).containsExactly("reporting-centre");
    }

    @Test
    void aRememberedTokenIsRefusedOnceItExpires() {
        // the token's few seconds are not to be spent on the service's first request
        submit(STEVENAGE, ReportSubmissionTestSupport.report("service warmed"));
        String token = TestTokens.userExpiringIn(Duration.ofSeconds(5), "centre-stevenage", "reporting-centre", "stevenage-centre");
        String id = submit(token, ReportSubmissionTestSupport.report("token about to expire"));
        given().auth().oauth2(token).when().get("/api/v1/reports/{id}", id).then().statusCode(200);

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                given().auth().oauth2(token).when().get("/api/v1/reports/{id}", id).then().statusCode(401));
        assertThat(verifiedTokens.identityOf(token)).isEmpty();
    }

    @Test
    void aTokenChangedInOneCharacterOfItsSignatureIsNotTakenForTheOneVerifiedBefore() {
        String token = TestTokens.user("centre-stevenage", "reporting-centre", "stevenage-centre");
        String id = submit(token, ReportSubmissionTestSupport.report("tampered signature"));
        int inSignature = token.lastIndexOf('.') + 20;
        char changed = token.charAt(inSignature) == 'A' ? 'B' : 'A';
        String tampered = token.substring(0, inSignature) + changed + token.substring(inSignature + 1);

        given().auth().oauth2(tampered).when().get("/api/v1/reports/{id}", id).then().statusCode(401);
        given().auth().oauth2(token).when().get("/api/v1/reports/{id}", id).then().statusCode(200);
    }

    @Test
    void rememberedTokensOfTwoAgenciesEachKeepTheirOwnAgency() {
        String stevenages = submit(STEVENAGE, ReportSubmissionTestSupport.report("stevenage's"));
        String watfords = submit(WATFORD, ReportSubmissionTestSupport.report("watford's"));

        for (int round = 0; round < 3; round++) {
            given().auth().oauth2(STEVENAGE).when().get("/api/v1/reports/{id}", stevenages).then().statusCode(200);
            given().auth().oauth2(WATFORD).when().get("/api/v1/reports/{id}", stevenages).then().statusCode(404);
            given().auth().oauth2(WATFORD).when().get("/api/v1/reports/{id}", watfords).then().statusCode(200);
            given().auth().oauth2(STEVENAGE).when().get("/api/v1/reports/{id}", watfords).then().statusCode(404);
        }
    }
}
