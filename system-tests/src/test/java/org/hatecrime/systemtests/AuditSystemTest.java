package org.hatecrime.systemtests;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hatecrime.systemtests.Tokens.ADMIN_HERTS;
import static org.hatecrime.systemtests.Tokens.CENTRE_STEVENAGE;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * On the real platform, where each service runs as a database role that owns nothing and keys its
 * audit rows with the platform's own audit key: every audit log verifies, and an administrator reads
 * their agency's audit trail, each read leaving its own entry.
 */
@PlatformTest
class AuditSystemTest {

    private final LocalPlatform platform;
    private final Api api;

    AuditSystemTest(LocalPlatform platform) {
        this.platform = platform;
        this.api = new Api(platform);
    }

    @ParameterizedTest
    @EnumSource(Service.class)
    void everyServicesAuditLogVerifies(Service service) {
        api.submitAs(CENTRE_STEVENAGE, Api.Submission.typical());
        String admin = api.tokens().user(ADMIN_HERTS);

        given().baseUri(platform.serviceUrl(service)).auth().oauth2(admin)
                .when().get("/api/v1/audit/verification")
                .then().statusCode(200).body("intact", equalTo(true));
    }

    @ParameterizedTest
    @EnumSource(Service.class)
    void anAdministratorsReadOfTheAuditTrailIsItselfInTheTrail(Service service) {
        String admin = api.tokens().user(ADMIN_HERTS);
        given().baseUri(platform.serviceUrl(service)).auth().oauth2(admin).when().get("/api/v1/audit").then().statusCode(200);

        given().baseUri(platform.serviceUrl(service)).auth().oauth2(admin).queryParam("objectType", "audit_log")
                .when().get("/api/v1/audit")
                .then().statusCode(200)
                .body("entries.action", hasItem("audit.read"))
                .body("entries.agency", everyItem(equalTo("herts-csp")));
    }
}
