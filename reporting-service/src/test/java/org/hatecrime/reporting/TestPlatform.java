package org.hatecrime.reporting;

import io.quarkus.test.common.QuarkusTestResource;
import org.hatecrime.testkit.PlatformTestResource;

/**
 * Every test in this module runs against the shared PostgreSQL and Kafka of the test JVM, and a
 * stand-in for the other services' internal subject access endpoints and the token endpoint.
 */
@QuarkusTestResource(PlatformTestResource.class)
@QuarkusTestResource(OtherServicesStandIn.class)
public class TestPlatform {
}
