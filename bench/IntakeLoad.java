import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Open-model load on report intake: requests start at a fixed rate whatever the latency, so a slow
 * server shows as latency and backlog instead of silently lowering the load (no coordinated omission).
 *
 * <pre>java bench/IntakeLoad.java URL TOKEN_FILE RATE SECONDS [step RATE2,RATE3,... STEP_SECONDS]</pre>
 *
 * Prints p50, p99, p99.9 and max latency, the achieved rate and every non-201 answer by status.
 * The token file is re-read every 30 s, so a refreshing process can keep it valid.
 */
public class IntakeLoad {

    private static final String BODY = """
            {"strands":["RACE"],"description":"Shouted at on the bus","occurredAt":"2026-11-20T18:30:00Z","district":"STEVENAGE",
             "consents":{"shareWithPolice":true,"referToSupport":true,"statistics":true}}""";
    private static final long TOKEN_REFRESH_NANOS = TimeUnit.SECONDS.toNanos(30);

    private static volatile String token;
    private static volatile long tokenReadAt;

    public static void main(String[] args) throws Exception {
        URI url = URI.create(args[0]);
        java.nio.file.Path tokenFile = java.nio.file.Path.of(args[1]);
        refreshToken(tokenFile);
        if (args.length > 4 && args[4].equals("step")) {
            int stepSeconds = Integer.parseInt(args[6]);
            System.out.println("rate/s  achieved/s  p50_ms  p99_ms  p99.9_ms  max_ms  errors");
            for (String rate : args[5].split(",")) {
                Result result = run(url, tokenFile, Integer.parseInt(rate), stepSeconds);
                System.out.println(result.line() + "  " + result.statuses());
            }
            System.exit(0); // the HTTP client's threads would keep the JVM alive
        }
        Result result = run(url, tokenFile, Integer.parseInt(args[2]), Integer.parseInt(args[3]));
        System.out.println("rate/s  achieved/s  p50_ms  p99_ms  p99.9_ms  max_ms  errors");
        System.out.println(result.line());
        System.out.println("answers: " + result.statuses());
        System.exit(0); // the HTTP client's threads would keep the JVM alive
    }

    record Result(int rate, double achieved, long[] sortedMicros, long errors, Map<String, Long> statuses) {
        String line() {
            return String.format("%6d  %10.1f  %6.1f  %6.1f  %8.1f  %6.1f  %6d", rate, achieved, pct(0.50), pct(0.99), pct(0.999),
                    sortedMicros.length == 0 ? 0.0 : sortedMicros[sortedMicros.length - 1] / 1000.0, errors);
        }

        double pct(double p) {
            if (sortedMicros.length == 0) {
                return 0;
            }
            int index = (int) Math.min(sortedMicros.length - 1, Math.ceil(p * sortedMicros.length) - 1);
            return sortedMicros[Math.max(0, index)] / 1000.0;
        }
    }

    static Result run(URI url, java.nio.file.Path tokenFile, int rate, int seconds) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(16)).build();
        int total = rate * seconds;
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        Map<String, AtomicLong> statuses = new java.util.concurrent.ConcurrentHashMap<>();
        AtomicLong errors = new AtomicLong();
        CountDownLatch done = new CountDownLatch(total);
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        long intervalNanos = TimeUnit.SECONDS.toNanos(1) / rate;
        long start = System.nanoTime();
        AtomicLong sent = new AtomicLong();
        ticker.scheduleAtFixedRate(() -> {
            // catch up on every start that is due, so the schedule holds even when a tick is late
            long due = Math.min(total, (System.nanoTime() - start) / intervalNanos + 1);
            while (sent.get() < due) {
                sent.incrementAndGet();
                fire(client, url, tokenFile, latencies, statuses, errors, done);
            }
        }, 0, Math.max(1, intervalNanos / 2), TimeUnit.NANOSECONDS);
        done.await(seconds + 60L, TimeUnit.SECONDS);
        ticker.shutdownNow();
        double elapsed = (System.nanoTime() - start) / 1e9;
        long[] sorted = latencies.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        Map<String, Long> counted = new TreeMap<>();
        statuses.forEach((status, count) -> counted.put(status, count.get()));
        errors.addAndGet(done.getCount()); // requests that never completed
        return new Result(rate, sorted.length / elapsed, sorted, errors.get(), counted);
    }

    static void fire(HttpClient client, URI url, java.nio.file.Path tokenFile, ConcurrentLinkedQueue<Long> latencies,
            Map<String, AtomicLong> statuses, AtomicLong errors, CountDownLatch done) {
        if (System.nanoTime() - tokenReadAt > TOKEN_REFRESH_NANOS) {
            refreshToken(tokenFile);
        }
        HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(BODY)).build();
        long began = System.nanoTime();
        client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
            latencies.add((System.nanoTime() - began) / 1000);
            String status = failure != null ? rootCause(failure).getClass().getSimpleName() : Integer.toString(response.statusCode());
            statuses.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
            if (!"201".equals(status)) {
                errors.incrementAndGet();
            }
            done.countDown();
        });
    }

    static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    static synchronized void refreshToken(java.nio.file.Path tokenFile) {
        try {
            token = java.nio.file.Files.readString(tokenFile).trim();
            tokenReadAt = System.nanoTime();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
