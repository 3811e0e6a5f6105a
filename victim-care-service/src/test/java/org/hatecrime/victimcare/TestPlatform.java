package org.hatecrime.victimcare;

import io.quarkus.test.common.QuarkusTestResource;
import org.hatecrime.testkit.PlatformTestResource;

/** Every test in this module runs against the shared PostgreSQL and Kafka of the test JVM. */
@QuarkusTestResource(PlatformTestResource.class)
public class TestPlatform {
}
