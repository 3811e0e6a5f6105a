import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialAlteration;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * The local platform's Kafka access (ADR 0026), run by deploy/local/up with the Kafka distribution's
 * jars on the class path (Java's source launcher, nothing to build):
 *
 * <pre>
 *   java -cp 'lib/*' KafkaAccess.java format &lt;server.properties&gt; &lt;cluster id&gt; &lt;user&gt;...
 *   java -cp 'lib/*' KafkaAccess.java apply &lt;bootstrap&gt; &lt;admin.properties&gt; &lt;access.conf&gt; &lt;partitions&gt; &lt;kept-forever topic&gt;
 *   java -cp 'lib/*' KafkaAccess.java users &lt;bootstrap&gt; &lt;client.properties&gt; &lt;user&gt;...
 * </pre>
 *
 * {@code format} formats the broker's storage (Kafka's StorageTool) with SCRAM-SHA-512 credentials
 * for the named users. {@code apply} creates every topic the table names that is missing (the kept-forever ones with
 * infinite retention and the broker's append time, settings it also gives those that exist), gives every user of the table its SCRAM-SHA-512 credentials if it has none, and
 * leaves the broker with exactly the table's ACLs: missing ones are added, any other removed.
 * {@code users} gives the named users credentials they do not have yet (a storage formatted before
 * the platform authenticated). Passwords come from the environment,
 * {@code HC_KAFKA_PASSWORD_<USER>} ({@code HC_KAFKA_PASSWORD_CASE_SERVICE}), never from the command line.
 */
public final class KafkaAccess {

    private static final long TIMEOUT_SECONDS = 60;
    private static final int SCRAM_ITERATIONS = 4096;
    /**
     * The audit anchors are evidence (ADR 0018): kept forever, never compacted, and stamped with the
     * broker's append time, so an old anchor written again later is told apart (the event contracts'
     * {@code Topics.auditAnchorsConfig}, which this tool runs without).
     */
    private static final Map<String, String> KEPT_FOREVER = Map.of("retention.ms", "-1", "retention.bytes", "-1",
            "cleanup.policy", "delete", "message.timestamp.type", "LogAppendTime");

    private KafkaAccess() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length >= 4 && args[0].equals("format")) {
            List<String> format = new ArrayList<>(List.of("format", "--cluster-id", args[2], "--config", args[1]));
            for (String user : List.of(args).subList(3, args.length)) {
                format.add("--add-scram");
                format.add("SCRAM-SHA-512=[name=" + user + ",iterations=" + SCRAM_ITERATIONS + ",password=" + password(user) + "]");
            }
            kafka.tools.StorageTool.main(format.toArray(String[]::new));
        } else if (args.length >= 6 && args[0].equals("apply")) {
            try (Admin admin = admin(args[1], args[2])) {
                Table table = Table.read(Path.of(args[3]));
                createTopics(admin, table.topics(), Integer.parseInt(args[4]), args[5]);
                createMissingUsers(admin, table.users());
                applyAcls(admin, table.bindings());
            }
        } else if (args.length >= 4 && args[0].equals("users")) {
            try (Admin admin = admin(args[1], args[2])) {
                createMissingUsers(admin, List.of(args).subList(3, args.length));
            }
        } else {
            System.err.println("usage: KafkaAccess format <server.properties> <cluster id> <user>...");
            System.err.println("       KafkaAccess apply <bootstrap> <admin.properties> <access.conf> <partitions> <prefix of topics kept forever>");
            System.err.println("       KafkaAccess users <bootstrap> <client.properties> <user>...");
            System.exit(2);
        }
    }

    private static Admin admin(String bootstrap, String clientProperties) throws IOException {
        Properties props = new Properties();
        try (InputStream in = Files.newInputStream(Path.of(clientProperties))) {
            props.load(in);
        }
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(AdminClientConfig.CLIENT_ID_CONFIG, "platform-kafka-access");
        return Admin.create(props);
    }

    private static void createTopics(Admin admin, Set<String> topics, int partitions, String keptForeverPrefix) throws Exception {
        Set<String> existing = admin.listTopics().names().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        List<NewTopic> missing = new ArrayList<>();
        for (String topic : topics) {
            if (!existing.contains(topic)) {
                NewTopic created = new NewTopic(topic, partitions, (short) 1);
                if (topic.startsWith(keptForeverPrefix)) {
                    created.configs(KEPT_FOREVER);
                }
                missing.add(created);
            }
        }
        keepForever(admin, topics.stream().filter(topic -> topic.startsWith(keptForeverPrefix) && existing.contains(topic)).toList());
        if (missing.isEmpty()) {
            return;
        }
        for (var result : admin.createTopics(missing).values().entrySet()) {
            try {
                result.getValue().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
        }
        System.out.println("Kafka topics created: " + missing.stream().map(NewTopic::name).toList());
    }

    /** Anchor topics created before a setting of {@link #KEPT_FOREVER} came get it now. */
    private static void keepForever(Admin admin, List<String> topics) throws Exception {
        if (topics.isEmpty()) {
            return;
        }
        Map<ConfigResource, Collection<AlterConfigOp>> changes = new HashMap<>();
        for (String topic : topics) {
            changes.put(new ConfigResource(ConfigResource.Type.TOPIC, topic), KEPT_FOREVER.entrySet().stream()
                    .map(setting -> new AlterConfigOp(new ConfigEntry(setting.getKey(), setting.getValue()), AlterConfigOp.OpType.SET))
                    .toList());
        }
        admin.incrementalAlterConfigs(changes).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    private static void createMissingUsers(Admin admin, Collection<String> users) throws Exception {
        Set<String> known = admin.describeUserScramCredentials().all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS).keySet();
        List<UserScramCredentialAlteration> upserts = new ArrayList<>();
        for (String user : users) {
            if (!known.contains(user)) {
                upserts.add(new UserScramCredentialUpsertion(user,
                        new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, SCRAM_ITERATIONS), password(user)));
            }
        }
        if (!upserts.isEmpty()) {
            admin.alterUserScramCredentials(upserts).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            System.out.println("Kafka users created: " + upserts.stream().map(UserScramCredentialAlteration::user).toList());
        }
    }

    private static String password(String user) {
        String variable = "HC_KAFKA_PASSWORD_" + user.toUpperCase(Locale.ROOT).replace('-', '_');
        String password = System.getenv(variable);
        if (password == null || password.isBlank()) {
            throw new IllegalStateException(variable + " is not set: no password for Kafka user " + user);
        }
        return password;
    }

    private static void applyAcls(Admin admin, Set<AclBinding> wanted) throws Exception {
        Collection<AclBinding> present = admin.describeAcls(AclBindingFilter.ANY).values().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        List<AclBinding> missing = wanted.stream().filter(binding -> !present.contains(binding)).toList();
        List<AclBindingFilter> extra = present.stream().filter(binding -> !wanted.contains(binding)).map(AclBinding::toFilter).toList();
        if (!missing.isEmpty()) {
            admin.createAcls(missing).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        }
        if (!extra.isEmpty()) {
            admin.deleteAcls(extra).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        }
        if (!missing.isEmpty() || !extra.isEmpty()) {
            System.out.printf("Kafka ACLs: %d added, %d removed, %d in all%n", missing.size(), extra.size(), wanted.size());
        }
    }

    /** The access table: one grant a line, {@code <user> write|read|group <name>}; # starts a comment. */
    private record Table(Map<String, List<String[]>> grants) {

        static Table read(Path file) throws IOException {
            Map<String, List<String[]>> grants = new LinkedHashMap<>();
            int number = 0;
            for (String line : Files.readAllLines(file)) {
                number++;
                String text = line.replaceFirst("#.*", "").trim();
                if (text.isEmpty()) {
                    continue;
                }
                String[] fields = text.split("\\s+");
                if (fields.length != 3 || !Set.of("write", "read", "group").contains(fields[1])) {
                    throw new IllegalArgumentException(file + ":" + number + ": expected '<user> write|read|group <name>', got: " + line);
                }
                grants.computeIfAbsent(fields[0], user -> new ArrayList<>()).add(fields);
            }
            return new Table(grants);
        }

        Set<String> users() {
            return grants.keySet();
        }

        Set<String> topics() {
            Set<String> topics = new LinkedHashSet<>();
            grants.values().forEach(list -> list.stream().filter(g -> !g[1].equals("group")).forEach(g -> topics.add(g[2])));
            return topics;
        }

        Set<AclBinding> bindings() {
            Set<AclBinding> bindings = new HashSet<>();
            grants.forEach((user, list) -> {
                for (String[] grant : list) {
                    switch (grant[1]) {
                        case "write" -> {
                            bindings.add(allow(user, ResourceType.TOPIC, grant[2], AclOperation.WRITE));
                            bindings.add(allow(user, ResourceType.TOPIC, grant[2], AclOperation.DESCRIBE));
                        }
                        case "read" -> {
                            bindings.add(allow(user, ResourceType.TOPIC, grant[2], AclOperation.READ));
                            bindings.add(allow(user, ResourceType.TOPIC, grant[2], AclOperation.DESCRIBE));
                        }
                        default -> bindings.add(allow(user, ResourceType.GROUP, grant[2], AclOperation.READ));
                    }
                }
            });
            return bindings;
        }

        private static AclBinding allow(String user, ResourceType type, String name, AclOperation operation) {
            return new AclBinding(new ResourcePattern(type, name, PatternType.LITERAL),
                    new AccessControlEntry("User:" + user, "*", operation, AclPermissionType.ALLOW));
        }
    }
}
