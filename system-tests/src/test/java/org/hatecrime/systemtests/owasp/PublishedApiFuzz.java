package org.hatecrime.systemtests.owasp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hatecrime.systemtests.Api;
import org.hatecrime.systemtests.LocalPlatform;
import org.hatecrime.systemtests.PlatformData;
import org.hatecrime.systemtests.PlatformTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Fuzzing every operation of the four published documents through the gateway with real tokens
 * (a role the operation names; public operations without one): requests mutated from what the
 * documents show ({@link RequestMutations}), {@code hatecrime.fuzz.requests} per operation
 * (100,000 by default) from {@code hatecrime.fuzz.clients} concurrent clients. Each operation must
 * answer every one without a 5xx, and nothing a refused (4xx) request carried may be stored: every
 * string planted carries the request's marker, and afterwards every table of every service is
 * searched for markers of refused requests. Prints per operation the requests sent, the answers by
 * status and the rate. Not part of {@code mvn verify}: run with the {@code fuzz} profile
 * (docs/benchmarks.md).
 */
@PlatformTest
class PublishedApiFuzz {

    private static final int REQUESTS = Integer.getInteger("hatecrime.fuzz.requests", 100_000);
    private static final int CLIENTS = Integer.getInteger("hatecrime.fuzz.clients", 8);
    private static final long SEED = Long.getLong("hatecrime.fuzz.seed", 20_261_130L);
    /** The operationIds to fuzz, comma-separated; every published operation when empty, so a long run can be split. */
    private static final Set<String> ONLY = Arrays.stream(System.getProperty("hatecrime.fuzz.operations", "").split(","))
            .map(String::trim).filter(id -> !id.isEmpty()).collect(Collectors.toSet());
    /** Markers are "fz" + run + "o" + operation + "r" + request + "x", so a stored one names its request. */
    private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
    private static final Pattern MARKER = Pattern.compile("fz" + RUN + "o(\\d+)r(\\d+)x");

    /** Per operation, the requests refused (4xx) or cut off. */
    private static final Map<Integer, BitSet> REFUSED = new ConcurrentHashMap<>();
    private static final Map<String, String> FIGURES = Collections.synchronizedMap(new TreeMap<>());

    private final Api api;
    private final LocalPlatform platform;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    PublishedApiFuzz(LocalPlatform platform) {
        this.api = new Api(platform);
        this.platform = platform;
    }

    @TestFactory
    Stream<DynamicTest> everyOperationAnswersEveryMutationWithoutA5xx() {
        platform.reloadGatewayWithRate("100000r/s", 100_000);
        List<PublishedApi.Operation> operations = PublishedApi.operations(api);
        Set<String> unknown = new TreeSet<>(ONLY);
        operations.forEach(operation -> unknown.remove(operation.operationId()));
        assertThat(unknown).as("operationIds in hatecrime.fuzz.operations that no published document has").isEmpty();
        List<DynamicTest> tests = new ArrayList<>();
        for (int index = 0; index < operations.size(); index++) {
            PublishedApi.Operation operation = operations.get(index);
            if (!ONLY.isEmpty() && !ONLY.contains(operation.operationId())) {
                continue;
            }
            int number = index;
            tests.add(DynamicTest.dynamicTest(operation + " (" + operation.operationId() + ")", () -> fuzz(operation, number)));
        }
        tests.add(DynamicTest.dynamicTest("nothing a refused request carried was stored", this::nothingRefusedWasStored));
        return tests.stream();
    }

    private void fuzz(PublishedApi.Operation operation, int number) throws InterruptedException, ExecutionException {
        // taken for each request, so that a run longer than a token's life is not answered 401 once it expires
        Supplier<String> token = operation.isPublic() ? () -> null : () -> api.tokens().user(Callers.BY_ROLE.get(operation.roles().get(0)));
        Map<Integer, AtomicLong> byStatus = new ConcurrentHashMap<>();
        List<String> serverErrors = Collections.synchronizedList(new ArrayList<>());
        long started = System.nanoTime();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> running = new ArrayList<>();
        for (int client = 0; client < CLIENTS; client++) {
            int first = client;
            RequestMutations mutations = new RequestMutations(SEED * 31 + number * 1_000L + client);
            running.add(clients.submit(() -> {
                for (int request = first; request < REQUESTS; request += CLIENTS) {
                    String marker = "fz" + RUN + "o" + number + "r" + request + "x";
                    RequestMutations.Mutated mutated = mutations.next(operation, marker);
                    int status = send(mutated, token.get());
                    byStatus.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
                    if (status >= 400 && status < 500 || status < 0) {
                        BitSet refused = REFUSED.computeIfAbsent(number, n -> new BitSet(REQUESTS));
                        synchronized (refused) {
                            refused.set(request);
                        }
                    }
                    if (status >= 500 && serverErrors.size() < 20) {
                        serverErrors.add(status + " " + mutated);
                    }
                }
            }));
        }
        clients.shutdown();
        for (Future<?> client : running) {
            client.get(); // a client that stopped early fails the operation with its cause
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        String figures = "%-70s %,8d requests %6.0f/s %s".formatted(operation + " (" + operation.operationId() + ")", REQUESTS,
                REQUESTS / seconds, new TreeMap<>(byStatus));
        FIGURES.put(String.format("%03d", number), figures);
        System.out.println("[fuzz] " + figures);
        assertThat(serverErrors).as("server errors of " + operation).isEmpty();
        // no mutation touches the token: a 401 means the run stopped testing the operation
        assertThat(byStatus).as("requests of %s refused for their token", operation).doesNotContainKey(401);
    }

    /** -1 for a connection the gateway closed: a refusal, never a server error. */
    private int send(RequestMutations.Mutated mutated, String token) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(platform.gatewayUrl() + mutated.path()))
                    .timeout(Duration.ofSeconds(30))
                    .method(mutated.method(), mutated.body() == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(mutated.body()));
            mutated.headers().forEach(request::header);
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException | IllegalArgumentException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private void nothingRefusedWasStored() {
        List<String> stored = new ArrayList<>();
        for (String value : new PlatformData(platform).valuesHolding("fz" + RUN + "o")) {
            Matcher marker = MARKER.matcher(value);
            while (marker.find()) {
                BitSet refused = REFUSED.get(Integer.parseInt(marker.group(1)));
                if (refused != null && refused.get(Integer.parseInt(marker.group(2)))) {
                    stored.add(marker.group() + " in " + value.substring(0, Math.min(value.length(), 200)));
                }
            }
        }
        assertThat(stored).as("values of refused requests found in a database").isEmpty();
    }

    @AfterAll
    static void printFigures() {
        System.out.println("[fuzz] seed " + SEED + ", " + REQUESTS + " requests per operation, " + CLIENTS + " clients");
        FIGURES.values().forEach(line -> System.out.println("[fuzz] " + line));
    }
}
