import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the CPU of report intake goes, from two profiles taken while the platform serves reports:
 *
 * <pre>
 *   java IntakeProfile.java jfr  reporting.jfr                 # reporting-service: share of samples per part of a request
 *   java IntakeProfile.java perf postgres.perf.txt pids.txt    # PostgreSQL: share per database and per activity
 * </pre>
 *
 * The JFR file holds {@code jdk.ExecutionSample} events (record with a stack depth of at least 128,
 * or the root of deep request stacks is cut off). The perf file is {@code perf script -F comm,pid,ip,sym}
 * of a recording with DWARF call graphs; {@code pids.txt} names each backend's database ("pid database"
 * per line). Each sample counts once, for the first part (in the order listed) its stack passes through.
 */
public class IntakeProfile {

    /** A part of the work and how to recognise a sample of it from its stack (leaf first) and thread. */
    private record Part(String name, Predicate<Sample> matches) {
    }

    private record Sample(String thread, List<String> frames, String database) {

        boolean passes(String... fragments) {
            for (String frame : frames) {
                for (String fragment : fragments) {
                    if (frame.contains(fragment)) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** The first frame from the leaf that is either one of {@code owners} or one of {@code others} belongs to an owner. */
        boolean innermost(String[] owners, String[] others) {
            for (String frame : frames) {
                for (String owner : owners) {
                    if (frame.contains(owner)) {
                        return true;
                    }
                }
                for (String other : others) {
                    if (frame.startsWith(other)) {
                        return false;
                    }
                }
            }
            return false;
        }
    }

    private static final String[] TOKEN_CHECK = {"OidcAuthenticationMechanism", "OidcCommonUtils", "OidcUtils", "IdentityProvider",
        "org.jose4j", "HttpAuthenticator", "HttpAuthorizer", "VerifiedToken", "AgencyBoundRoles", "QuarkusSecurityIdentity",
        "SecurityIdentityAssociation", "OidcJsonWebTokenProducer", "TenantConfigResolver"};
    private static final String[] REQUEST_CHAIN = {"org.jboss.resteasy", "io.vertx.ext.web.impl", "io.netty"};

    private static final List<Part> SERVICE_PARTS = List.of(
            new Part("outbox relay and Kafka producer (own threads)", s -> s.thread().contains("outbox-relay")),
            new Part("Kafka consumers (own threads)", s -> s.thread().contains("kafka")),
            new Part("intake: outbox event (JSON tree, schema check, insert)", s -> s.passes("ReportIntake.submit") && s.passes("Outbox.add")),
            new Part("intake: subject key (create, wrap, insert)", s -> s.passes("ReportIntake.submit") && s.passes("SubjectKeys.")),
            new Part("intake: audit row (head lock, HMAC, insert)", s -> s.passes("ReportIntake.submit") && s.passes("AuditLog.")),
            new Part("intake: report rows (one statement)", s -> s.passes("ReportIntake.submit") && s.passes("NewReportRows.")),
            new Part("intake: sealing the details (AES-GCM)", s -> s.passes("ReportIntake.submit") && s.passes("SealedData.")),
            new Part("intake: aggregate, reference, duplicates, event", s -> s.passes("ReportIntake.submit")),
            new Part("transaction begin and commit", s -> s.passes("com.arjuna", "TransactionalInterceptor", "io.quarkus.narayana")),
            new Part("response JSON", s -> s.passes("MessageBodyWriter", "ServerSerialisers.", "writeResponse")),
            new Part("request JSON", s -> s.passes("MessageBodyReader", "readFrom")),
            new Part("bean validation", s -> s.passes("org.hibernate.validator")),
            new Part("token check and roles", s -> s.innermost(TOKEN_CHECK, REQUEST_CHAIN)),
            new Part("resource and views (outside intake)", s -> s.passes("org.hatecrime.reporting.api")),
            new Part("request ids, metrics, logging", s -> s.passes("org.hatecrime.kit.request", "micrometer", "org.jboss.logmanager")),
            new Part("RESTEasy Reactive dispatch", s -> s.passes("org.jboss.resteasy")),
            new Part("Vert.x and Netty (HTTP parsing, writing, event loop)", s -> s.passes("io.vertx", "io.netty")),
            new Part("other", s -> true));

    private static final List<Part> DATABASE_PARTS = List.of(
            new Part("commit (WAL insert and flush, fsync)", s -> s.passes("CommitTransaction")),
            new Part("triggers (plpgsql): audit head, monthly counts", s -> s.passes("plpgsql_exec_trigger")),
            new Part("audit head lock function (plpgsql)", s -> s.passes("plpgsql_exec_function")),
            new Part("foreign-key checks", s -> s.passes("RI_FKey_check")),
            new Part("reading the socket (recv, wait)", s -> s.passes("pq_getbyte", "secure_read", "pq_getmessage")),
            new Part("writing the socket", s -> s.passes("socket_flush", "ReadyForQuery", "pq_flush", "secure_write")),
            new Part("planning", s -> s.passes("GetCachedPlan", "exec_parse_message", "pg_plan_queries")),
            new Part("index inserts", s -> s.passes("ExecInsertIndexTuples")),
            new Part("executor start and end", s -> s.passes("ExecInitNode", "standard_ExecutorStart", "standard_ExecutorEnd")),
            new Part("row inserts and updates", s -> s.passes("ExecInsert", "ExecUpdate")),
            new Part("executor, other", s -> s.passes("standard_ExecutorRun")),
            new Part("simple queries (BEGIN, connection check)", s -> s.passes("exec_simple_query")),
            new Part("bind and execute messages, other", s -> s.passes("PostgresMain")),
            new Part("background writer, checkpointer, WAL writer, autovacuum", s -> true));

    public static void main(String[] args) throws IOException {
        if (args.length == 2 && args[0].equals("jfr")) {
            List<Sample> samples = jfrSamples(Path.of(args[1]));
            print("reporting-service, " + samples.size() + " execution samples", count(samples, SERVICE_PARTS), samples.size());
        } else if (args.length == 3 && args[0].equals("perf")) {
            List<Sample> samples = perfSamples(Path.of(args[1]), databases(Path.of(args[2])));
            Map<String, Integer> byDatabase = new LinkedHashMap<>();
            samples.forEach(sample -> byDatabase.merge(sample.database(), 1, Integer::sum));
            print("PostgreSQL by database, " + samples.size() + " samples", byDatabase, samples.size());
            print("PostgreSQL by activity", count(samples, DATABASE_PARTS), samples.size());
        } else {
            System.err.println("usage: IntakeProfile jfr FILE.jfr | IntakeProfile perf PERF-SCRIPT.txt PIDS.txt");
            System.exit(2);
        }
    }

    private static List<Sample> jfrSamples(Path file) throws IOException {
        List<Sample> samples = new ArrayList<>();
        try (RecordingFile recording = new RecordingFile(file)) {
            while (recording.hasMoreEvents()) {
                RecordedEvent event = recording.readEvent();
                if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                    continue;
                }
                List<String> frames = new ArrayList<>();
                for (RecordedFrame frame : event.getStackTrace().getFrames()) {
                    frames.add(frame.getMethod().getType().getName() + "." + frame.getMethod().getName());
                }
                String thread = event.getThread("sampledThread") == null ? "" : event.getThread("sampledThread").getJavaName();
                samples.add(new Sample(thread == null ? "" : thread, frames, ""));
            }
        }
        return samples;
    }

    /** perf script output: a header line "comm pid" per sample, then one indented "ip symbol" line per frame. */
    private static List<Sample> perfSamples(Path file, Map<String, String> databases) throws IOException {
        List<Sample> samples = new ArrayList<>();
        List<String> frames = null;
        String pid = null;
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank()) {
                continue;
            }
            if (!Character.isWhitespace(line.charAt(0))) {
                if (frames != null) {
                    samples.add(new Sample("", frames, databases.getOrDefault(pid, "none (background processes)")));
                }
                String[] header = line.trim().split("\\s+");
                pid = header.length > 1 ? header[1] : "";
                frames = new ArrayList<>();
            } else if (frames != null) {
                String[] frame = line.trim().split("\\s+");
                frames.add(frame.length > 1 ? frame[1] : "?");
            }
        }
        if (frames != null) {
            samples.add(new Sample("", frames, databases.getOrDefault(pid, "none (background processes)")));
        }
        return samples;
    }

    private static Map<String, String> databases(Path pids) throws IOException {
        Map<String, String> databases = new HashMap<>();
        for (String line : Files.readAllLines(pids)) {
            String[] pidAndDatabase = line.trim().split("\\s+");
            if (pidAndDatabase.length == 2) {
                databases.put(pidAndDatabase[0], pidAndDatabase[1]);
            }
        }
        return databases;
    }

    /** Samples per part: each counts for the first part it matches (the last part matches all). */
    private static Map<String, Integer> count(List<Sample> samples, List<Part> parts) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Sample sample : samples) {
            counts.merge(parts.stream().filter(part -> part.matches().test(sample)).findFirst().orElseThrow().name(), 1, Integer::sum);
        }
        return counts;
    }

    private static void print(String title, Map<String, Integer> counts, int total) {
        System.out.println(title);
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(entry -> System.out.printf("  %5.1f%%  %s%n", 100.0 * entry.getValue() / Math.max(total, 1), entry.getKey()));
    }
}
