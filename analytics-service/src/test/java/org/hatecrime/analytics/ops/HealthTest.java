package org.hatecrime.analytics.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** What an orchestrator and an operator rely on: readiness covers the database and Kafka; metrics are exposed. */
@QuarkusTest
class HealthTest {

    @Test
    void readinessChecksTheDatabaseAndKafka() {
        given().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "Kafka connection health check"));
    }

    @Test
    void livenessAnswersWithoutAToken() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void prometheusMetricsAreExposed() {
        given().get("/q/metrics").then().statusCode(200);
    }

    @Test
    void theOpenApiDocumentDescribesTheSummary() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/v1/analytics/summary'.get.summary", org.hamcrest.Matchers.notNullValue());
    }
}
