package org.hatecrime.kit.audit;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.runtime.LaunchMode;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A service does not start without an audit key, nor in production with a key from the repository,
 * nor with an anchor append delay that would take its own anchors for copies.
 */
class AuditKeyStartupCheckTest {

    private static final String DEV_KEY = "ZGVtby1vbmx5LWF1ZGl0LWNoYWluLWtleS1ub3QtZm9yLXByb2R1Y3Rpb24=";
    private static final String TEST_KEY = "dGVzdC1vbmx5LWF1ZGl0LWNoYWluLWtleS1ub3QtZm9yLXByb2R1Y3Rpb24=";
    private static final String REAL_KEY = "q2vYcJ0m0gq7iV3yJm2n8S8oK1cQm3c0y8fH5u4kq9E=";

    @Test
    void productionRefusesTheDemonstrationKeys() {
        assertThatThrownBy(() -> AuditKeyStartupCheck.check(keys("demo-1", DEV_KEY), LaunchMode.NORMAL))
                .hasMessageContaining("demonstration key").hasMessageContaining("hatecrime.audit.key");
        assertThatThrownBy(() -> AuditKeyStartupCheck.check(keys("prod-1", TEST_KEY), LaunchMode.NORMAL))
                .hasMessageContaining("demonstration key");
    }

    @Test
    void productionRefusesADemonstrationKeyKeptAsAPreviousKey() {
        AuditKeys keys = new AuditKeys(TestAuditConfig.withKey("prod-2", REAL_KEY, "demo-1:" + DEV_KEY));
        assertThatThrownBy(() -> AuditKeyStartupCheck.check(keys, LaunchMode.NORMAL)).hasMessageContaining("demo-1");
    }

    @Test
    void productionStartsWithAKeyOfItsOwn() {
        assertThatCode(() -> AuditKeyStartupCheck.check(keys("prod-1", REAL_KEY), LaunchMode.NORMAL)).doesNotThrowAnyException();
    }

    @Test
    void devAndTestUseTheDemonstrationKeys() {
        assertThatCode(() -> AuditKeyStartupCheck.check(keys("demo-1", DEV_KEY), LaunchMode.DEVELOPMENT)).doesNotThrowAnyException();
        assertThatCode(() -> AuditKeyStartupCheck.check(keys("test-1", TEST_KEY), LaunchMode.TEST)).doesNotThrowAnyException();
    }

    @Test
    void noServiceStartsWithoutAKey() {
        assertThatThrownBy(() -> AuditKeyStartupCheck.check(new AuditKeys(TestAuditConfig.withKey(null, null)), LaunchMode.TEST))
                .hasMessageContaining("hatecrime.audit.key-id");
    }

    @Test
    void aShortOrMalformedKeyStopsTheStart() {
        assertThatThrownBy(() -> keys("k", "c2hvcnQ=")).hasMessageContaining("at least 32 bytes");
        assertThatThrownBy(() -> keys("k", "not base64!")).hasMessageContaining("base64");
        assertThatThrownBy(() -> new AuditKeys(TestAuditConfig.withKey("k", REAL_KEY, "no-colon"))).hasMessageContaining("id:base64");
    }

    @Test
    void anAppendDelayNoLongerThanAPublishMayTakeStopsTheStart() {
        assertThatThrownBy(() -> AuditKeyStartupCheck.checkAppendDelay(Duration.ofSeconds(10), Duration.ofSeconds(10)))
                .hasMessageContaining("hatecrime.audit.anchors.max-append-delay (PT10S)")
                .hasMessageContaining("hatecrime.audit.anchors.timeout (PT10S)");
        assertThatCode(() -> AuditKeyStartupCheck.checkAppendDelay(Duration.ofMinutes(2), Duration.ofSeconds(10)))
                .doesNotThrowAnyException();
    }

    private static AuditKeys keys(String id, String key) {
        return new AuditKeys(TestAuditConfig.withKey(id, key));
    }
}
