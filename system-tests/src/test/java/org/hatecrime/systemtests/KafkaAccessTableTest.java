package org.hatecrime.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hatecrime.events.EventTypes;
import org.hatecrime.events.Topics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The local platform's Kafka access table (deploy/local/kafka/access.conf, no platform needed) says
 * what the code does: each domain topic is written by its owner ({@code Topics.owner}) and nobody
 * else, and each service reads exactly the topics its Kafka channels read, in its own group, and
 * writes its own dead letters and audit anchors. A channel or topic added without its grant, or a
 * grant left behind, fails here rather than at the broker.
 */
class KafkaAccessTableTest {

    private static final Pattern INCOMING_KAFKA_CHANNEL = Pattern.compile("mp\\.messaging\\.incoming\\.([^.]+)\\.connector");

    private record Grant(String user, String right, String name) {
    }

    private Path repo;
    private List<Grant> table;

    @BeforeEach
    void read() throws IOException {
        repo = Path.of(System.getProperty("hatecrime.repo", "..")).toAbsolutePath();
        table = Files.readAllLines(repo.resolve("deploy/local/kafka/access.conf")).stream()
                .map(line -> line.replaceFirst("#.*", "").trim())
                .filter(line -> !line.isEmpty())
                .map(line -> line.split("\\s+"))
                .map(fields -> new Grant(fields[0], fields[1], fields[2]))
                .toList();
    }

    private Set<String> granted(String user, String right) {
        return table.stream().filter(g -> g.user().equals(user) && g.right().equals(right)).map(Grant::name)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private Properties configuration(Service service) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(repo.resolve(service.component()).resolve("src/main/resources/application.properties"))) {
            properties.load(in);
        }
        return properties;
    }

    private static Set<String> channelProperty(Properties configuration, String property) {
        Set<String> values = new TreeSet<>();
        for (String name : configuration.stringPropertyNames()) {
            Matcher channel = INCOMING_KAFKA_CHANNEL.matcher(name);
            if (channel.matches() && "smallrye-kafka".equals(configuration.getProperty(name))) {
                String prefix = "mp.messaging.incoming." + channel.group(1) + ".";
                String value = configuration.getProperty(prefix + property);
                values.add(value != null ? value : property.equals("topic") ? channel.group(1) : configuration.getProperty("quarkus.application.name"));
            }
        }
        return values;
    }

    @Test
    void everyLineIsAGrantOfAServiceAndEveryServiceHasOne() {
        Set<String> services = Arrays.stream(Service.values()).map(Service::component).collect(Collectors.toSet());
        assertThat(table).allSatisfy(grant -> {
            assertThat(grant.user()).as("user of %s", grant).isIn(services);
            assertThat(grant.right()).as("right of %s", grant).isIn("write", "read", "group");
        });
        assertThat(table.stream().map(Grant::user).collect(Collectors.toSet())).isEqualTo(services);
    }

    @Test
    void eachDomainTopicIsWrittenByItsOwnerOnly() {
        Set<String> domainTopics = Arrays.stream(EventTypes.values()).map(EventTypes::topic).collect(Collectors.toCollection(TreeSet::new));
        for (String topic : domainTopics) {
            Set<String> writers = table.stream().filter(g -> g.right().equals("write") && g.name().equals(topic)).map(Grant::user)
                    .collect(Collectors.toSet());
            assertThat(writers).as("who may write %s", topic).containsExactly(Topics.owner(topic).orElseThrow());
        }
    }

    @Test
    void eachServiceReadsWhatItsChannelsReadInItsOwnGroupAndNothingElse() throws IOException {
        for (Service service : Service.values()) {
            Properties configuration = configuration(service);
            Set<String> read = new TreeSet<>(channelProperty(configuration, "topic"));
            read.add(Topics.auditAnchors(service.component()));
            assertThat(granted(service.component(), "read")).as("topics %s reads", service).isEqualTo(read);
            assertThat(granted(service.component(), "group")).as("consumer groups of %s", service)
                    .isEqualTo(channelProperty(configuration, "group.id"));
        }
    }

    @Test
    void eachServiceWritesItsOwnTopicsItsDeadLettersIfItConsumesAndItsAuditAnchors() throws IOException {
        for (Service service : Service.values()) {
            Properties configuration = configuration(service);
            Set<String> written = new HashSet<>();
            EventTypes.all().stream().map(EventTypes::of).map(EventTypes::topic)
                    .filter(topic -> Topics.owner(topic).orElseThrow().equals(service.component()))
                    .forEach(written::add);
            if (!channelProperty(configuration, "topic").isEmpty()) {
                written.add(Topics.deadLetter(configuration.getProperty("hatecrime.inbox.consumer")));
            }
            written.add(Topics.auditAnchors(service.component()));
            assertThat(granted(service.component(), "write")).as("topics %s writes", service).isEqualTo(new TreeSet<>(written));
            assertThat(configuration.getProperty("hatecrime.outbox.source")).as("the source %s publishes as", service)
                    .isEqualTo(service.component());
        }
    }
}
