package org.hatecrime.systemtests;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The whole platform, started with {@code deploy/local/up} on its own ports and in its own
 * {@code HC_HOME}, and stopped with {@code deploy/local/down}.
 *
 * <p>Settings (system properties):
 * <ul>
 *   <li>{@code hatecrime.repo}: the repository root (surefire sets it; any folder inside the
 *       repository works, the root is found by walking up to {@code deploy/local/up}).</li>
 *   <li>{@code hatecrime.platform.home}: the platform's {@code HC_HOME} (surefire sets
 *       {@code system-tests/target/platform}).</li>
 *   <li>{@code hatecrime.platform.port-offset}: {@code HC_PORT_OFFSET}, default 2000.</li>
 *   <li>{@code hatecrime.platform.fresh}: default {@code true}: data, logs and Keycloak's realm
 *       database of the previous run are deleted before the start, downloads are kept.</li>
 * </ul>
 */
public final class LocalPlatform implements AutoCloseable {

    public static final int DEFAULT_PORT_OFFSET = 2000;
    /** The gateway's rate limit the platform is started with: high, so tests are never limited by accident. */
    public static final String GATEWAY_RATE = "1000r/s";
    public static final int GATEWAY_BURST = 1000;
    /** The gateway's limit of public follow-ups the platform is started with (per client address). */
    static final int FOLLOW_UP_RATE_PER_MINUTE = 6;
    static final int FOLLOW_UP_BURST = 3;

    /** The gateway's body limit the platform is started with ({@code HC_GATEWAY_MAX_BODY}). */
    public static final int GATEWAY_MAX_BODY_KB = 256;

    private static final Duration UP_TIMEOUT = Duration.ofMinutes(15);
    private static final Duration DOWN_TIMEOUT = Duration.ofMinutes(4);
    private static final int OUTPUT_TAIL_LINES = 80;
    /** Written into HC_HOME: only folders carrying it are ever reset by the system tests. */
    private static final String MARKER = ".system-tests-platform";
    private static final Pattern FAILED_COMPONENT = Pattern.compile("^ERROR: ([a-z][a-z-]*) ");

    private final Path repo;
    private final Path home;
    private final int portOffset;
    private final Map<String, String> environment;
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final Thread shutdownHook;
    private volatile Map<String, String> addresses = Map.of();

    private LocalPlatform(Path repo, Path home, int portOffset) {
        this.repo = repo;
        this.home = home;
        this.portOffset = portOffset;
        this.environment = environment(home, portOffset);
        this.shutdownHook = new Thread(this::stopOnExit, "platform-shutdown");
    }

    /** Starts the platform; on any failure whatever was started is stopped again. */
    public static LocalPlatform start() {
        Path repo = repositoryRoot();
        Path home = Path.of(System.getProperty("hatecrime.platform.home",
                repo.resolve("system-tests/target/platform").toString())).toAbsolutePath().normalize();
        int offset = Integer.getInteger("hatecrime.platform.port-offset", DEFAULT_PORT_OFFSET);
        requirePackagedServices(repo);

        LocalPlatform platform = new LocalPlatform(repo, home, offset);
        Runtime.getRuntime().addShutdownHook(platform.shutdownHook);
        try {
            platform.startUp(Boolean.parseBoolean(System.getProperty("hatecrime.platform.fresh", "true")));
            return platform;
        } catch (RuntimeException | Error e) {
            platform.stopQuietly();
            throw e;
        }
    }

    private void startUp(boolean fresh) {
        Instant begin = Instant.now();
        log("Starting the platform in %s with HC_PORT_OFFSET=%d (gateway on port %d)", home, portOffset, 8080 + portOffset);
        if (fresh) {
            claimHome();
        }
        // Whatever an earlier, killed run of the tests may have left running in this HC_HOME.
        ScriptResult leftovers = run("down", DOWN_TIMEOUT);
        if (leftovers.exitCode() != 0) {
            throw new PlatformException("deploy/local/down could not stop what an earlier run left in " + home
                    + " (exit " + leftovers.exitCode() + ")", leftovers);
        }
        if (fresh) {
            resetState();
        }
        ScriptResult up = run("up", UP_TIMEOUT);
        if (up.exitCode() != 0) {
            throw new PlatformException("deploy/local/up failed (exit " + up.exitCode() + "); logs are in "
                    + home.resolve("logs") + failingComponentLog(up), up);
        }
        addresses = readPlatformEnv();
        log("Platform ready in %d s: gateway %s", Duration.between(begin, Instant.now()).toSeconds(), gatewayUrl());
    }

    // ------------------------------------------------------------------------------------------ addresses

    public String gatewayUrl() {
        return address("HC_GATEWAY_URL");
    }

    public String tokenUrl() {
        return address("HC_TOKEN_URL");
    }

    public String issuer() {
        return address("HC_ISSUER");
    }

    public String kafkaBootstrapServers() {
        return address("HC_KAFKA_BOOTSTRAP_SERVERS");
    }

    /** The Kafka user of the platform's deploy scripts, a super user: the tests read and inspect topics as it. */
    public static final String KAFKA_ADMIN = "admin";

    /**
     * Client settings of one of the platform's Kafka users ({@link #KAFKA_ADMIN} or a service's
     * name): the broker's address, TLS trusting the platform's own certificate authority only, and a
     * SASL/SCRAM login with the user's password from {@code $HC_HOME/secrets/kafka.env} (ADR 0026,
     * ADR 0032).
     */
    public Properties kafkaClient(String user) {
        Properties props = new Properties();
        props.put("bootstrap.servers", kafkaBootstrapServers());
        props.put("security.protocol", "SASL_SSL");
        props.put("ssl.truststore.type", "PEM");
        props.put("ssl.truststore.location", kafkaCertificateAuthority().toString());
        props.put("sasl.mechanism", "SCRAM-SHA-512");
        props.put("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\""
                + user + "\" password=\"" + kafkaPassword(user) + "\";");
        return props;
    }

    /** The certificate (PEM) of the authority that signed the broker's, made by deploy/local for this platform. */
    public Path kafkaCertificateAuthority() {
        return home.resolve("secrets").resolve("kafka-tls").resolve("ca.pem");
    }

    private String kafkaPassword(String user) {
        return secret("kafka.env", "HC_KAFKA_PASSWORD_" + user.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    /** The platform's PostgreSQL. */
    public int postgresPort() {
        return Integer.parseInt(address("HC_POSTGRES_PORT"));
    }

    /** The password of the platform's PostgreSQL superuser, {@code postgres}. */
    public String postgresSuperuserPassword() {
        return secret("db.env", "HC_DB_SUPERUSER_PASSWORD");
    }

    /**
     * A service's audit anchor signing key (id and PKCS#8 base64, from
     * {@code $HC_HOME/secrets/anchor-<service>.env}), for tests that play someone who stole it.
     */
    public Map.Entry<String, String> anchorSigningKey(String service) {
        String file = "anchor-" + service + ".env";
        return Map.entry(secret(file, "HATECRIME_AUDIT_ANCHORS_SIGNING_KEY_ID"), secret(file, "HATECRIME_AUDIT_ANCHORS_SIGNING_KEY"));
    }

    /** A generated secret of the platform, from its file under {@code $HC_HOME/secrets}. */
    private String secret(String file, String variable) {
        Path secrets = home.resolve("secrets").resolve(file);
        try {
            return Files.readAllLines(secrets).stream()
                    .filter(line -> line.startsWith(variable + "="))
                    .map(line -> line.substring(variable.length() + 1).trim())
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException(variable + " is missing from " + secrets));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + secrets, e);
        }
    }

    /** The service's own port, bypassing the gateway (health checks only). */
    public String serviceUrl(Service service) {
        return address(service.urlVariable());
    }

    /**
     * Runs {@code up} again with another gateway rate limit ({@code HC_GATEWAY_RATE}, {@code HC_GATEWAY_BURST}):
     * the gateway reloads its configuration, everything else keeps running. The rate-limit test
     * lowers the limit for itself and restores {@link #GATEWAY_RATE} and {@link #GATEWAY_BURST} after.
     */
    public synchronized void reloadGatewayWithRate(String rate, int burst) {
        environment.put("HC_GATEWAY_RATE", rate);
        environment.put("HC_GATEWAY_BURST", Integer.toString(burst));
        ScriptResult up = run("up", UP_TIMEOUT);
        if (up.exitCode() != 0) {
            throw new PlatformException("deploy/local/up could not reload the gateway with rate " + rate + " (exit "
                    + up.exitCode() + ")", up);
        }
    }

    public Path home() {
        return home;
    }

    /**
     * Runs {@code deploy/local/check-anchors}: every audit anchor on Kafka checked with the services'
     * public keys alone, as an auditor outside the platform would (ADR 0018).
     */
    public ScriptResult checkAnchors() {
        return run("check-anchors", Duration.ofMinutes(2));
    }

    public Path logFile(String component) {
        return home.resolve("logs").resolve(component + ".log");
    }

    private String address(String variable) {
        String value = addresses.get(variable);
        if (value == null) {
            throw new IllegalStateException(variable + " is missing from " + home.resolve("run/platform.env"));
        }
        return value;
    }

    // ------------------------------------------------------------------------------------------ faults

    /** SIGKILLs a service, as a crash would, and waits until its process is gone. */
    public void kill(Service service) {
        kill(service.component());
    }

    /**
     * SIGKILLs a component by its launcher name ({@code kafka}, {@code postgres}, a service), with
     * its child processes, as a crash would, and waits until it is gone.
     */
    public void kill(String component) {
        long pid = pidOf(component)
                .orElseThrow(() -> new IllegalStateException(component + " has no pid file in " + home.resolve("run")));
        ProcessHandle process = ProcessHandle.of(pid)
                .orElseThrow(() -> new IllegalStateException(component + " (pid " + pid + ") is not running"));
        log("Killing %s (pid %d) with SIGKILL", component, pid);
        List<ProcessHandle> children = process.descendants().toList();
        process.destroyForcibly();
        children.forEach(ProcessHandle::destroyForcibly);
        try {
            process.onExit().get(60, TimeUnit.SECONDS);
            for (ProcessHandle child : children) {
                child.onExit().get(60, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            throw new IllegalStateException(component + " (pid " + pid + ") did not die after SIGKILL", e);
        }
    }

    public boolean isRunning(String component) {
        return pidOf(component).flatMap(ProcessHandle::of).map(ProcessHandle::isAlive).orElse(false);
    }

    public boolean isRunning(Service service) {
        return isRunning(service.component());
    }

    /** Runs {@code deploy/local/up} again, which starts only the components that are not running. */
    public void startMissingComponents() {
        ScriptResult up = run("up", UP_TIMEOUT);
        if (up.exitCode() != 0) {
            throw new PlatformException("deploy/local/up (restart) failed (exit " + up.exitCode() + ")"
                    + failingComponentLog(up), up);
        }
    }

    /**
     * The end of the failing component's log. The launcher names the component in a line
     * {@code ERROR: <component> ...} and usually prints its log's end itself; if it did not, it is added here.
     */
    private String failingComponentLog(ScriptResult result) {
        if (result.tail().stream().anyMatch(line -> line.startsWith("------- last lines of"))) {
            return "";
        }
        Matcher error = result.tail().stream().map(FAILED_COMPONENT::matcher).filter(Matcher::find)
                .reduce((first, second) -> second).orElse(null);
        if (error == null) {
            return "";
        }
        Path log = logFile(error.group(1));
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return "\n------- last lines of " + log + " -------\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "";
        }
    }

    private Optional<Long> pidOf(String component) {
        Path file = home.resolve("run").resolve(component + ".pid");
        try {
            return Files.readAllLines(file).stream().map(String::trim).filter(s -> !s.isEmpty()).findFirst().map(Long::parseLong);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    // ------------------------------------------------------------------------------------------ stop

    /** Stops every component with {@code deploy/local/down}; fails when something is left running. */
    @Override
    public void close() {
        if (!stopped.compareAndSet(false, true)) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running or about to: nothing to remove
        }
        ScriptResult down = run("down", DOWN_TIMEOUT);
        if (down.exitCode() != 0) {
            throw new PlatformException("deploy/local/down did not stop the platform in " + home + " cleanly (exit "
                    + down.exitCode() + ")", down);
        }
    }

    private void stopQuietly() {
        try {
            close();
        } catch (RuntimeException e) {
            log("Stopping the platform failed: %s", e.getMessage());
        }
    }

    /** JVM shutdown hook: the tests were interrupted (Ctrl-C, surefire timeout) before JUnit closed us. */
    private void stopOnExit() {
        if (stopped.compareAndSet(false, true)) {
            log("The test JVM is exiting: stopping the platform");
            run("down", DOWN_TIMEOUT);
        }
    }

    // ------------------------------------------------------------------------------------------ scripts

    private static Map<String, String> environment(Path home, int portOffset) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("HC_HOME", home.toString());
        env.put("HC_PORT_OFFSET", Integer.toString(portOffset));
        // The reactor packaged the services before this module runs; never rebuild them here.
        env.put("HC_BUILD", "never");
        env.put("HC_SERVICES", "reporting-service victim-care-service case-service analytics-service");
        // Every test request comes from one address: lift the rate limit out of the way.
        env.put("HC_GATEWAY_RATE", GATEWAY_RATE);
        env.put("HC_GATEWAY_BURST", Integer.toString(GATEWAY_BURST));
        env.put("HC_GATEWAY_INTAKE_RATE", GATEWAY_RATE);
        env.put("HC_GATEWAY_INTAKE_BURST", Integer.toString(GATEWAY_BURST));
        env.put("HC_GATEWAY_STATUS_RATE", GATEWAY_RATE);
        env.put("HC_GATEWAY_STATUS_BURST", Integer.toString(GATEWAY_BURST));
        // ...except public follow-ups, which no other test uses: GatewayLimitsTest runs out of this
        // budget on purpose, to show that the others do not run out with it.
        env.put("HC_GATEWAY_FOLLOW_UP_RATE", FOLLOW_UP_RATE_PER_MINUTE + "r/m");
        env.put("HC_GATEWAY_FOLLOW_UP_BURST", Integer.toString(FOLLOW_UP_BURST));
        // Nobody's X-Forwarded-For is believed (no trusted load balancer), as by default.
        env.put("HC_GATEWAY_TRUSTED_PROXIES", "");
        // A real, small proof of work on anonymous submissions.
        env.put("HC_PROOF_OF_WORK_DIFFICULTY", "6");
        env.put("HC_GATEWAY_MAX_BODY", GATEWAY_MAX_BODY_KB + "k");
        // Generous, but bounded: the machine may be busy with other builds.
        env.put("HC_TIMEOUT", System.getenv().getOrDefault("HC_TIMEOUT", "180"));
        env.put("HC_TIMEOUT_KEYCLOAK", System.getenv().getOrDefault("HC_TIMEOUT_KEYCLOAK", "300"));
        env.put("HC_STOP_TIMEOUT", System.getenv().getOrDefault("HC_STOP_TIMEOUT", "30"));
        return env;
    }

    private ScriptResult run(String script, Duration timeout) {
        Path scriptFile = repo.resolve("deploy/local").resolve(script);
        ProcessBuilder builder = new ProcessBuilder("bash", scriptFile.toString())
                .directory(repo.toFile())
                .redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        // Ports and services come from here only, never from a developer's shell.
        builder.environment().keySet().removeIf(name -> name.startsWith("HC_PORT_") || name.equals("HC_SERVICES"));
        builder.environment().putAll(environment);

        Deque<String> tail = new ArrayDeque<>();
        Process process;
        try {
            Files.createDirectories(home.resolve("logs"));
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not run " + scriptFile, e);
        }
        Path transcript = home.resolve("logs").resolve("system-tests.log");
        Thread reader = new Thread(() -> copyOutput(process, script, tail, transcript), "platform-" + script);
        reader.setDaemon(true);
        reader.start();
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor(30, TimeUnit.SECONDS);
                reader.join(5_000);
                synchronized (tail) {
                    tail.add("(deploy/local/" + script + " did not finish within " + timeout.toMinutes() + " min and was killed)");
                }
                return new ScriptResult(script, -1, snapshot(tail));
            }
            reader.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running deploy/local/" + script, e);
        }
        return new ScriptResult(script, process.exitValue(), snapshot(tail));
    }

    /** Echoes a script's output to the console and to HC_HOME/logs/system-tests.log, keeping the tail. */
    private static void copyOutput(Process process, String script, Deque<String> tail, Path transcript) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                Writer out = Files.newBufferedWriter(transcript, StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            out.write("===== " + Instant.now() + " deploy/local/" + script + "\n");
            String line;
            while ((line = lines.readLine()) != null) {
                System.out.println("[platform " + script + "] " + line);
                out.write(line);
                out.write('\n');
                out.flush();
                synchronized (tail) {
                    tail.add(line);
                    if (tail.size() > OUTPUT_TAIL_LINES) {
                        tail.removeFirst();
                    }
                }
            }
        } catch (IOException e) {
            synchronized (tail) {
                tail.add("(output of deploy/local/" + script + " could not be read: " + e.getMessage() + ")");
            }
        }
    }

    private static List<String> snapshot(Deque<String> tail) {
        synchronized (tail) {
            return new ArrayList<>(tail);
        }
    }

    private Map<String, String> readPlatformEnv() {
        Path file = home.resolve("run/platform.env");
        try {
            Map<String, String> values = new LinkedHashMap<>();
            for (String line : Files.readAllLines(file)) {
                int eq = line.indexOf('=');
                if (eq > 0 && !line.startsWith("#")) {
                    values.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
                }
            }
            return Map.copyOf(values);
        } catch (IOException e) {
            throw new UncheckedIOException("deploy/local/up succeeded but did not write " + file, e);
        }
    }

    // ------------------------------------------------------------------------------------------ preparation

    /**
     * Deletes what the previous run left (PostgreSQL and Kafka data, pid files, logs and Keycloak's
     * realm database, so the realm file in the repository is imported again), keeping the downloads.
     * Only ever touches a folder the system tests created.
     */
    private void resetState() {
        try {
            deleteRecursively(home.resolve("data"));
            deleteRecursively(home.resolve("logs"));
            deleteRecursively(home.resolve("run"));
            Path dist = home.resolve("dist");
            if (Files.isDirectory(dist)) {
                try (Stream<Path> distributions = Files.list(dist)) {
                    for (Path keycloak : distributions.filter(p -> p.getFileName().toString().startsWith("keycloak-")).toList()) {
                        deleteRecursively(keycloak.resolve("data/h2"));
                        deleteRecursively(keycloak.resolve("data/transaction-logs"));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not reset " + home, e);
        }
    }

    /** Marks a new HC_HOME as the system tests' own; refuses a folder with other data in it. */
    private void claimHome() {
        try {
            Files.createDirectories(home);
            Path marker = home.resolve(MARKER);
            if (Files.exists(marker)) {
                return;
            }
            try (Stream<Path> entries = Files.list(home)) {
                if (entries.findAny().isPresent()) {
                    throw new IllegalStateException(home + " is not empty and was not created by the system tests;"
                            + " refusing to delete its data. Point -Dhatecrime.platform.home at an empty folder,"
                            + " or run with -Dhatecrime.platform.fresh=false.");
                }
            }
            Files.writeString(marker, "HC_HOME of the system tests: its data is deleted at the start of every run.\n");
        } catch (IOException e) {
            throw new UncheckedIOException("could not prepare " + home, e);
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    static Path repositoryRoot() {
        Path start = Path.of(System.getProperty("hatecrime.repo", System.getProperty("user.dir"))).toAbsolutePath().normalize();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("deploy/local/up"))) {
                return dir;
            }
        }
        throw new IllegalStateException("cannot find the repository (deploy/local/up) from " + start);
    }

    private static void requirePackagedServices(Path repo) {
        List<String> missing = new ArrayList<>();
        for (Service service : Service.values()) {
            Path jar = repo.resolve(service.component()).resolve("target/quarkus-app/quarkus-run.jar");
            if (!Files.isRegularFile(jar)) {
                missing.add(repo.relativize(jar).toString());
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("The system tests start the services the build packaged, but these are missing: "
                    + String.join(", ", missing) + ". Run `mvn -B verify` from the repository root (" + repo
                    + "), which packages the services before this module; or package them once with"
                    + " `mvn -B -DskipTests install` there and then run `mvn -B verify -pl system-tests`.");
        }
    }

    private static void log(String format, Object... args) {
        System.out.println("[platform] " + String.format(format, args));
    }

    /** The exit code and the last lines of a launcher script's output. */
    public record ScriptResult(String script, int exitCode, List<String> tail) {
    }

    /** The launcher failed; the message carries the end of its output, which names the failing component and its log. */
    static final class PlatformException extends RuntimeException {
        PlatformException(String message, ScriptResult result) {
            super(message + "\n------- last lines of deploy/local/" + result.script() + " -------\n"
                    + String.join("\n", result.tail()) + "\n-------");
        }
    }
}
