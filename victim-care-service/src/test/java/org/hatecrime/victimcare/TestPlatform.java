package org.hatecrime.victimcare;

import io.quarkus.test.common.QuarkusTestResource;
import org.hatecrime.testkit.PlatformTestResource;

/**
 * Every test in this module runs against the shared PostgreSQL and Kafka of the test JVM, and a
 * stand-in for intake and the token endpoint, and one for the case systems of the providers that do
 * not work in the platform.
 */
@QuarkusTestResource(PlatformTestResource.class)
@QuarkusTestResource(IntakeStandIn.class)
@QuarkusTestResource(ProviderCaseSystemStandIn.class)
public class TestPlatform {
}
