import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Writes synthetic report.submitted.v1 events straight onto hatecrime.reports.v1, as intake
 * publishes them (signed in as reporting-service, the topic's owner): for bench/analytics-rebuild.
 * Received over the last two years, ten districts, one to three strands, mostly with statistics
 * consent. Codes, dates and ids only, as the event's schema allows.
 *
 *   java -cp "<kafka>/libs/*" bench/SubmittedReportsFlood.java <bootstrap> <count> <seed>
 * with the client's sasl.jaas.config in KAFKA_SASL_JAAS_CONFIG and the platform's Kafka CA (PEM) in
 * KAFKA_SSL_TRUSTSTORE_LOCATION.
 */
public class SubmittedReportsFlood {

    static final List<String> DISTRICTS = List.of("BROXBOURNE", "DACORUM", "EAST_HERTFORDSHIRE", "HERTSMERE", "NORTH_HERTFORDSHIRE",
            "ST_ALBANS", "STEVENAGE", "THREE_RIVERS", "WATFORD", "WELWYN_HATFIELD");
    static final List<String> STRANDS = List.of("RACE", "RELIGION_OR_BELIEF", "SEXUAL_ORIENTATION", "DISABILITY", "TRANSGENDER_IDENTITY",
            "OTHER");
    static final List<String> CHANNELS = List.of("PUBLIC_ONLINE", "THIRD_PARTY_CENTRE", "POLICE", "PARTNER_API", "PHONE");
    static final String REFERENCE_LETTERS = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static void main(String[] args) throws Exception {
        String bootstrap = args[0];
        int count = Integer.parseInt(args[1]);
        Random random = new Random(Long.parseLong(args[2]));
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "20");
        props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        props.put("security.protocol", "SASL_SSL");
        props.put("ssl.truststore.type", "PEM");
        props.put("ssl.truststore.location", System.getenv("KAFKA_SSL_TRUSTSTORE_LOCATION"));
        props.put("sasl.mechanism", "SCRAM-SHA-512");
        props.put("sasl.jaas.config", System.getenv("KAFKA_SASL_JAAS_CONFIG"));
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        long twoYears = 2L * 365 * 24 * 3600;
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
            for (int i = 0; i < count; i++) {
                UUID reportId = new UUID(random.nextLong(), random.nextLong());
                Instant received = now.minusSeconds((long) (random.nextDouble() * twoYears));
                producer.send(new ProducerRecord<>("hatecrime.reports.v1", reportId.toString(), event(random, reportId, received)));
            }
            producer.flush();
        }
        System.out.println(count);
    }

    static String event(Random random, UUID reportId, Instant received) {
        int strandCount = 1 + (random.nextInt(10) == 0 ? 1 + random.nextInt(2) : 0);
        StringBuilder strands = new StringBuilder();
        List<String> shuffled = new java.util.ArrayList<>(STRANDS);
        java.util.Collections.shuffle(shuffled, random);
        for (int s = 0; s < strandCount; s++) {
            strands.append(s == 0 ? "" : ",").append('"').append(shuffled.get(s)).append('"');
        }
        StringBuilder reference = new StringBuilder("HC-");
        for (int c = 0; c < 9; c++) {
            reference.append(c == 4 ? '-' : REFERENCE_LETTERS.charAt(random.nextInt(REFERENCE_LETTERS.length())));
        }
        return """
                {"id":"%s","type":"report.submitted.v1","source":"reporting-service","subject":"%s","occurredAt":"%s",\
                "requestId":"%s","payload":{"reportId":"%s","reference":"%s","agency":"stevenage-centre","channel":"%s",\
                "strands":[%s],"district":"%s","occurredAt":"%s","receivedAt":"%s",\
                "consents":{"shareWithPolice":%s,"referToSupport":%s,"statistics":%s}}}""".formatted(
                new UUID(random.nextLong(), random.nextLong()), reportId, received, new UUID(random.nextLong(), random.nextLong()), reportId,
                reference, CHANNELS.get(random.nextInt(CHANNELS.size())), strands, DISTRICTS.get(random.nextInt(DISTRICTS.size())),
                received.minus(1 + random.nextInt(72), ChronoUnit.HOURS), received, random.nextBoolean(), random.nextBoolean(),
                random.nextInt(20) != 0);
    }
}
