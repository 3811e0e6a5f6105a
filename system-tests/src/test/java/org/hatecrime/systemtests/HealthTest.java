package org.hatecrime.systemtests;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every part of the platform reports itself ready. */
@PlatformTest
class HealthTest {

    private final LocalPlatform platform;

    HealthTest(LocalPlatform platform) {
        this.platform = platform;
    }

    @ParameterizedTest
    @EnumSource(Service.class)
    void everyServiceIsReady(Service service) {
        given().baseUri(platform.serviceUrl(service)).log().ifValidationFails()
                .when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"));
    }

    @Test
    void theGatewayIsUp() {
        given().baseUri(platform.gatewayUrl()).when().get("/health")
                .then().statusCode(200).body("status", equalTo("UP"));
    }
}
