package org.hatecrime.kit.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.runtime.LaunchMode;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each service signs its anchors with an Ed25519 key of its own: its public key checks them without
 * any secret, another service's key (or the audit key every service chains its rows with) cannot
 * sign one in its name, and a service does not start unable to sign, with a private key no
 * configured public key matches, or in production with a key pair from the repository.
 */
class AnchorKeysTest {

    static final String PRIVATE = "MC4CAQAwBQYDK2VwBCIEIPgPJuvE06lZ0pd1ieuVAQ3ZLHXSGTfvXfDTx7MQMtdf";
    static final String PUBLIC = "MCowBQYDK2VwAyEAdTRFhuUdllyvoxeRFL/+BygWCtTCXwikAAzZqiUBpA8=";
    static final String OTHER_PRIVATE = "MC4CAQAwBQYDK2VwBCIEIF8DP94xHtbSEOC8+mJOJUsbp5F2+OpS1/8WfXHFe3Jk";
    static final String OTHER_PUBLIC = "MCowBQYDK2VwAyEA1WV9p7MxKwyv0iaJzuz3RNfV5PKGoa/KKRg4B39P1h8=";
    private static final String TEST_PRIVATE = "MC4CAQAwBQYDK2VwBCIEIEwkJ+pnFi6jQCfAtDBQEQCnCgXpbzc62n6E2Gvp/Q2v";
    private static final String TEST_PUBLIC = "MCowBQYDK2VwAyEAoOSUlHlqrk2ibXZYsTRNmXHsblQSgozqRF7H5GT7vtM=";
    private static final List<AuditAnchor.Head> HEADS = List.of(new AuditAnchor.Head(0, 42, "ab".repeat(32)),
            new AuditAnchor.Head(3, 7, "cd".repeat(32)));

    @Test
    void anAnchorSignedWithTheServicesKeyChecksWithItsPublicKeyAndAnyChangeBreaksIt() {
        AnchorKeys keys = keys("reporting-2026-11", PRIVATE, "reporting-2026-11:" + PUBLIC);
        AuditAnchor anchor = AuditAnchor.signed("reporting-service", Instant.parse("2026-11-30T10:00:00Z"), HEADS, keys);

        assertThat(anchor.signature()).hasSize(128).matches("[0-9a-f]+");
        assertThat(anchor.isAuthentic(keys)).isTrue();
        AnchorKeys checkerWithThePublicKeyOnly = keys(null, null, "reporting-2026-11:" + PUBLIC);
        assertThat(anchor.isAuthentic(checkerWithThePublicKeyOnly)).isTrue();

        assertThat(new AuditAnchor(anchor.service(), anchor.anchoredAt(), anchor.keyId(),
                List.of(new AuditAnchor.Head(0, 41, "ab".repeat(32)), HEADS.get(1)), anchor.signature()).isAuthentic(keys))
                .as("a head moved back").isFalse();
        assertThat(new AuditAnchor("case-service", anchor.anchoredAt(), anchor.keyId(), HEADS, anchor.signature()).isAuthentic(keys))
                .as("another service's name").isFalse();
        assertThat(new AuditAnchor(anchor.service(), anchor.anchoredAt().plusSeconds(1), anchor.keyId(), HEADS, anchor.signature())
                .isAuthentic(keys)).as("a later time").isFalse();
    }

    @Test
    void anotherServicesKeyCannotSignInThisServicesNameEvenUnderItsKeyId() {
        AnchorKeys mine = keys("reporting-2026-11", PRIVATE, "reporting-2026-11:" + PUBLIC);
        AnchorKeys another = keys("reporting-2026-11", OTHER_PRIVATE, "reporting-2026-11:" + OTHER_PUBLIC);
        AuditAnchor forged = AuditAnchor.signed("reporting-service", Instant.now(), HEADS, another);

        assertThat(forged.isAuthentic(mine)).isFalse();
        assertThat(new AuditAnchor(forged.service(), forged.anchoredAt(), "unknown-key", HEADS, forged.signature()).isAuthentic(mine))
                .isFalse();
        assertThat(new AuditAnchor(forged.service(), forged.anchoredAt(), forged.keyId(), HEADS, "zz").isAuthentic(mine)).isFalse();
        assertThat(new AuditAnchor(forged.service(), forged.anchoredAt(), forged.keyId(), HEADS, null).isAuthentic(mine)).isFalse();
    }

    @Test
    void aKeyRotatedOutStillChecksTheAnchorsItSigned() {
        AuditAnchor old = AuditAnchor.signed("case-service", Instant.now(), HEADS, keys("case-1", OTHER_PRIVATE, "case-1:" + OTHER_PUBLIC));
        AnchorKeys rotated = keys("case-2", PRIVATE, "case-2:" + PUBLIC, "case-1:" + OTHER_PUBLIC);

        assertThat(old.isAuthentic(rotated)).isTrue();
        assertThat(AuditAnchor.signed("case-service", Instant.now(), HEADS, rotated).keyId()).isEqualTo("case-2");
    }

    @Test
    void noServiceStartsUnableToSignOrWithAPrivateKeyNoPublicKeyMatches() {
        assertThatThrownBy(() -> AuditKeyStartupCheck.check(keys(null, null, "k:" + PUBLIC), LaunchMode.TEST))
                .hasMessageContaining(AnchorKeys.SIGNING_KEY);
        assertThatThrownBy(() -> AuditKeyStartupCheck.check(keys("k", PRIVATE, "k:" + OTHER_PUBLIC), LaunchMode.TEST))
                .hasMessageContaining(AnchorKeys.PUBLIC_KEYS).hasMessageContaining("k");
        assertThatThrownBy(() -> AuditKeyStartupCheck.check(keys("k", PRIVATE), LaunchMode.TEST)).hasMessageContaining(AnchorKeys.PUBLIC_KEYS);
        assertThatThrownBy(() -> keys("k", "bm90IGEga2V5", "k:" + PUBLIC)).hasMessageContaining("Ed25519 private key");
        assertThatThrownBy(() -> keys("k", PRIVATE, "no-colon")).hasMessageContaining("id:base64");
        assertThatCode(() -> AuditKeyStartupCheck.check(keys("k", PRIVATE, "k:" + PUBLIC), LaunchMode.NORMAL)).doesNotThrowAnyException();
    }

    @Test
    void productionRefusesTheRepositorysKeyPairsAndDevAndTestUseThem() {
        assertThatThrownBy(() -> AuditKeyStartupCheck.check(keys("prod", TEST_PRIVATE, "prod:" + TEST_PUBLIC), LaunchMode.NORMAL))
                .hasMessageContaining("demonstration key");
        assertThatCode(() -> AuditKeyStartupCheck.check(keys("test-anchor-1", TEST_PRIVATE, "test-anchor-1:" + TEST_PUBLIC),
                LaunchMode.TEST)).doesNotThrowAnyException();
    }

    static AnchorKeys keys(String id, String privateKey, String... publicKeys) {
        return new AnchorKeys(TestAuditConfig.withAnchorKeys(id, privateKey, List.of(publicKeys)));
    }
}
