package org.hatecrime.systemtests;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hatecrime.systemtests.Tokens.ADMIN_HERTS;
import static org.hatecrime.systemtests.Tokens.CENTRE_STEVENAGE;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.hatecrime.events.Topics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * On the real platform, where each service runs as a database role that owns nothing and keys its
 * audit rows with the platform's own audit key: every audit log verifies, an administrator reads
 * their agency's audit trail, each read leaving its own entry, and an auditor holding only the
 * services' public keys finds every service's anchors genuine and one forged in a service's name out.
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

    @Test
    void anAuditorWithOnlyThePublicKeysFindsEachServicesAnchorsGenuineAndOneForgedInItsNameOut() throws Exception {
        // each service audits something (an administrator's read of its trail), and anchors its chain heads within the minute
        String admin = api.tokens().user(ADMIN_HERTS);
        for (Service service : Service.values()) {
            given().baseUri(platform.serviceUrl(service)).auth().oauth2(admin).when().get("/api/v1/audit").then().statusCode(200);
        }
        Awaitility.await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(15)).until(() -> {
            LocalPlatform.ScriptResult check = platform.checkAnchors();
            return check.exitCode() == 0 && Arrays.stream(Service.values()).allMatch(service -> check.tail().stream()
                    .anyMatch(line -> line.startsWith(service.component() + " ") && !line.contains(" 0 genuine")));
        });

        // no other service may write to intake's anchors topic (KafkaAccessTest), so only someone who may write
        // anywhere (the operator's admin) can sign an anchor in intake's name with a key of their own
        String keyId = Files.readAllLines(platform.home().resolve("anchor-public-keys")).stream()
                .filter(line -> line.startsWith("reporting-service ")).map(line -> line.split(" ")[1]).findFirst().orElseThrow();
        PrivateKey notIntakes = KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPrivate();
        write(LocalPlatform.KAFKA_ADMIN, anchor(keyId, notIntakes, Instant.now()));

        LocalPlatform.ScriptResult after = platform.checkAnchors();
        assertThat(after.exitCode()).isEqualTo(1);
        assertThat(after.tail()).anyMatch(line -> line.startsWith("NOT GENUINE") && line.contains("reporting-service")
                && line.contains(keyId));

        // intake's own Kafka user writes again an anchor intake signed an hour ago: genuine, but appended
        // long after it was signed, so it is shown up and never taken for the newest
        Map.Entry<String, String> intakesKey = platform.anchorSigningKey("reporting-service");
        PrivateKey intakes = KeyFactory.getInstance("Ed25519")
                .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(intakesKey.getValue())));
        Instant anHourAgo = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MICROS);
        write("reporting-service", anchor(intakesKey.getKey(), intakes, anHourAgo));

        LocalPlatform.ScriptResult replayed = platform.checkAnchors();
        assertThat(replayed.exitCode()).isEqualTo(1);
        assertThat(replayed.tail()).anyMatch(line -> line.startsWith("NOT GENUINE") && line.contains("an anchor of reporting-service signed at "
                + anHourAgo + " written again at"));
        // intake's own verification keeps comparing its log with its last genuine anchor
        given().baseUri(platform.serviceUrl(Service.REPORTING)).auth().oauth2(admin)
                .when().get("/api/v1/audit/verification")
                .then().statusCode(200).body("intact", equalTo(true));
    }

    /** An anchor in intake's name of chain 0 at row 1, signed with the given key. */
    private static String anchor(String keyId, PrivateKey key, Instant anchoredAt) throws Exception {
        String at = anchoredAt.truncatedTo(ChronoUnit.MICROS).toString();
        String hash = "0".repeat(64);
        Signature signature = Signature.getInstance("Ed25519");
        signature.initSign(key);
        signature.update(String.join("\u001f", "audit.anchor.v1", "reporting-service", at, keyId, "0:1:" + hash)
                .getBytes(StandardCharsets.UTF_8));
        return new ObjectMapper().writeValueAsString(Map.of("service", "reporting-service", "anchoredAt", at,
                "keyId", keyId, "heads", List.of(Map.of("chain", 0, "position", 1, "hash", hash)),
                "signature", HexFormat.of().formatHex(signature.sign())));
    }

    private void write(String kafkaUser, String anchor) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(platform.kafkaClient(kafkaUser),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(Topics.auditAnchors("reporting-service"), "reporting-service", anchor)).get();
        }
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
