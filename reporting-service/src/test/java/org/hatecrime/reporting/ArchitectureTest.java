package org.hatecrime.reporting;

import java.util.stream.Stream;
import org.hatecrime.testkit.ArchitectureRules;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The platform's architecture rules (test kit), one test each, against this service's main code. */
class ArchitectureTest {

    @TestFactory
    Stream<DynamicTest> reportingServiceKeepsThePlatformArchitecture() {
        return ArchitectureRules.forService("org.hatecrime.reporting").check();
    }
}
