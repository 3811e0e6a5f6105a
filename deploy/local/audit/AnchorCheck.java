import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.FileInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.record.TimestampType;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Checks every audit anchor on the topic with the services' public keys, as an auditor outside the
 * platform would: no secret, no database. Prints, per service, how many anchors are genuine and the
 * newest one's time and heads, and every record that claims to be a service's anchor but is not
 * signed by one of its keys, or is a genuine one the broker appended long after it was signed (an
 * old anchor written again to pass it off as the newest): evidence of tampering. Exits 1 when there
 * is any.
 *
 * <p>Usage: java -cp "KAFKA/lib/*" AnchorCheck.java BOOTSTRAP CLIENT_PROPERTIES PUBLIC_KEYS_FILE [TOPIC_PREFIX]
 * where PUBLIC_KEYS_FILE holds lines "service keyId base64".
 */
public class AnchorCheck {

    /** As the services' hatecrime.audit.anchors.max-append-delay: an anchor appended later was written again. */
    private static final Duration MAX_APPEND_DELAY = Duration.ofMinutes(2);

    private record Key(String service, PublicKey key) {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: AnchorCheck BOOTSTRAP CLIENT_PROPERTIES PUBLIC_KEYS_FILE [TOPIC_PREFIX]");
            System.exit(2);
        }
        String prefix = args.length > 3 ? args[3] : "hatecrime.audit-anchors.";
        Map<String, Key> keys = new TreeMap<>();
        for (String line : Files.readAllLines(Path.of(args[2]))) {
            String[] parts = line.trim().split("\\s+");
            if (parts.length == 3 && !parts[0].startsWith("#")) {
                keys.put(parts[1], new Key(parts[0], KeyFactory.getInstance("Ed25519")
                        .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(parts[2])))));
            }
        }
        Properties props = new Properties();
        try (FileInputStream in = new FileInputStream(args[1])) {
            props.load(in);
        }
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, args[0]);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        ObjectMapper json = new ObjectMapper();
        Map<String, Integer> genuine = new TreeMap<>();
        Map<String, JsonNode> newest = new TreeMap<>();
        List<String> forged = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            // every service's anchors topic (and the one all shared before ADR 0029, if it is still there)
            List<TopicPartition> partitions = consumer.listTopics(Duration.ofSeconds(10)).entrySet().stream()
                    .filter(topic -> topic.getKey().startsWith(prefix))
                    .flatMap(topic -> topic.getValue().stream().map(p -> new TopicPartition(topic.getKey(), p.partition())))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(10));
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    String where = record.topic() + "-" + record.partition() + "@" + record.offset();
                    JsonNode anchor;
                    try {
                        anchor = json.readTree(record.value());
                    } catch (Exception e) {
                        forged.add(where + " (key " + record.key() + "): not JSON");
                        continue;
                    }
                    Key key = keys.get(anchor.path("keyId").asText());
                    String service = anchor.path("service").asText();
                    if (key == null || !key.service().equals(service) || !service.equals(record.key())
                            || !verifies(key.key(), signedText(anchor), anchor.path("signature").asText())) {
                        forged.add(where + " (key " + record.key() + ", keyId " + anchor.path("keyId").asText()
                                + "): not signed by a key of " + service);
                        continue;
                    }
                    String ownTopic = prefix + service + ".v1";
                    if (!record.topic().equals(ownTopic) && !record.topic().equals(prefix + "v1")) {
                        forged.add(where + " (key " + record.key() + "): an anchor of " + service + " outside its own topic " + ownTopic);
                        continue;
                    }
                    if (record.timestampType() != TimestampType.LOG_APPEND_TIME) {
                        forged.add(where + ": " + record.topic() + " is not stamped with the broker's append time, so an anchor"
                                + " written again cannot be told apart");
                        continue;
                    }
                    Instant signedAt = Instant.parse(anchor.path("anchoredAt").asText());
                    Instant appendedAt = Instant.ofEpochMilli(record.timestamp());
                    if (appendedAt.isAfter(signedAt.plus(MAX_APPEND_DELAY))) {
                        forged.add(where + " (key " + record.key() + "): an anchor of " + service + " signed at " + signedAt
                                + " written again at " + appendedAt);
                        continue;
                    }
                    genuine.merge(service, 1, Integer::sum);
                    JsonNode before = newest.get(service);
                    if (before == null || anchor.path("anchoredAt").asText().compareTo(before.path("anchoredAt").asText()) >= 0) {
                        newest.put(service, anchor);
                    }
                }
            }
        }
        keys.values().stream().map(Key::service).distinct().sorted().forEach(service -> {
            JsonNode latest = newest.get(service);
            System.out.printf("%-22s %5d genuine anchors; newest %s%n", service, genuine.getOrDefault(service, 0),
                    latest == null ? "none" : latest.path("anchoredAt").asText() + ", heads " + heads(latest));
        });
        forged.forEach(record -> System.out.println("NOT GENUINE " + record));
        System.exit(forged.isEmpty() ? 0 : 1);
    }

    private static String heads(JsonNode anchor) {
        List<String> heads = new ArrayList<>();
        anchor.path("heads").forEach(h -> heads.add(h.path("chain").asInt() + ":" + h.path("position").asLong()));
        return String.join(" ", heads);
    }

    /** The text the service signed: as the service kit's AuditAnchor writes it. */
    private static String signedText(JsonNode anchor) {
        List<String> heads = new ArrayList<>();
        anchor.path("heads").forEach(h -> heads.add(h.path("chain").asInt() + ":" + h.path("position").asLong() + ":"
                + h.path("hash").asText()));
        return String.join("\u001f", "audit.anchor.v1", anchor.path("service").asText(), anchor.path("anchoredAt").asText(),
                anchor.path("keyId").asText(), heads.stream().collect(Collectors.joining(",")));
    }

    private static boolean verifies(PublicKey key, String text, String signatureHex) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initVerify(key);
            signature.update(text.getBytes(StandardCharsets.UTF_8));
            return signature.verify(HexFormat.of().parseHex(signatureHex));
        } catch (Exception e) {
            return false;
        }
    }
}
