import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The client side of bench/fault-run: report intake at a steady rate through the gateway while the
 * script kills and restarts parts of the platform, and a second worker that triages and refers some
 * of the accepted reports to Beacon.
 *
 * <pre>java bench/FaultRun.java GATEWAY_URL TOKEN_URL OUT_DIR REPORTS RATE RUN_ID</pre>
 *
 * <ul>
 *   <li>Report {@code i} is due at {@code start + i / RATE} (open model: a slow answer does not delay
 *       the next request). Every fifth report is taken by a police force's system
 *       ({@code police-herts-rms}), so it is shared with the force from the start and opens a case;
 *       the others come from a reporting centre's partner system ({@code partner-stevenage}) with
 *       consent to refer but not to share with the police. Both use client credentials.</li>
 *   <li>Every submission carries {@code Idempotency-Key: fault-RUN_ID-p|c-i} and is sent once: no
 *       retry, so each answer is what a client would have seen. A connection error or a timeout
 *       (30 s) is recorded as {@code conn:<exception>}.</li>
 *   <li>One in ten centre reports that got a 2xx is handed to the referral workers (four), which triage it
 *       and asks for a referral to Beacon, retrying each step on 502/503/504 and connection errors
 *       (after Retry-After, or 1 s) for up to 180 s. Neither step takes an Idempotency-Key; a 409 on
 *       a retry means the earlier attempt went through.</li>
 * </ul>
 *
 * Writes {@code answers.csv} (seq,kind,sent_ms,answered_ms,status,retry_after,report_id) and
 * {@code referrals.csv} (report_id,step,attempt,status,retry_after,at_ms,outcome) to OUT_DIR.
 */
public class FaultRun {

    private static final String CENTRE_BODY = """
            {"strands":["RACE"],"description":"Fault run: shouted at on the bus","occurredAt":"2026-11-20T18:30:00Z","district":"STEVENAGE",
             "consents":{"shareWithPolice":false,"referToSupport":true,"statistics":true}}""";
    private static final String POLICE_BODY = """
            {"strands":["RELIGION_OR_BELIEF"],"description":"Fault run: graffiti on the mosque wall","occurredAt":"2026-11-20T18:30:00Z","district":"STEVENAGE",
             "consents":{"shareWithPolice":true,"referToSupport":false,"statistics":true}}""";
    private static final int POLICE_EVERY = 5;
    private static final int REFER_EVERY = 10;
    private static final int WORKERS = 256;
    private static final int REFERRAL_WORKERS = 4;
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final long TOKEN_REFRESH_SECONDS = 60;
    private static final long REFERRAL_GIVE_UP_MILLIS = 180_000;
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final Pattern TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private static final Map<String, String> tokens = new ConcurrentHashMap<>();

    public static void main(String[] args) throws Exception {
        if (args.length != 6) {
            System.err.println("usage: java bench/FaultRun.java GATEWAY_URL TOKEN_URL OUT_DIR REPORTS RATE RUN_ID");
            System.exit(2);
        }
        String reportsUrl = args[0] + "/api/v1/reports";
        String tokenUrl = args[1];
        Path out = Path.of(args[2]);
        int reports = Integer.parseInt(args[3]);
        int rate = Integer.parseInt(args[4]);
        String runId = args[5];

        for (String client : List.of("partner-stevenage", "police-herts-rms")) {
            if (!refreshToken(tokenUrl, client)) {
                System.err.println("FaultRun: no token for " + client + " from " + tokenUrl);
                System.exit(1);
            }
        }
        var refresher = Executors.newSingleThreadScheduledExecutor(daemon("token-refresher"));
        refresher.scheduleWithFixedDelay(() -> {
            refreshToken(tokenUrl, "partner-stevenage");
            refreshToken(tokenUrl, "police-herts-rms");
        }, TOKEN_REFRESH_SECONDS, TOKEN_REFRESH_SECONDS, TimeUnit.SECONDS);

        Referrals referrals = new Referrals(reportsUrl);
        List<Thread> referralWorkers = new ArrayList<>();
        for (int w = 0; w < REFERRAL_WORKERS; w++) {
            Thread worker = new Thread(referrals::work, "referral-worker-" + w);
            worker.start();
            referralWorkers.add(worker);
        }

        ConcurrentLinkedQueue<String> answers = new ConcurrentLinkedQueue<>();
        ExecutorService workers = Executors.newFixedThreadPool(WORKERS, daemon("intake"));
        AtomicInteger centreCount = new AtomicInteger();
        long interval = TimeUnit.SECONDS.toNanos(1) / rate;
        long start = System.nanoTime();
        Files.writeString(out.resolve("started_ms"), System.currentTimeMillis() + "\n"); // the script's clock for fault offsets
        System.out.printf("FaultRun: %d reports at %d/s through %s, run %s%n", reports, rate, reportsUrl, runId);
        for (int i = 0; i < reports; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            int seq = i;
            boolean police = i % POLICE_EVERY == POLICE_EVERY - 1;
            boolean refer = !police && centreCount.getAndIncrement() % REFER_EVERY == 0;
            String kind = police ? "police" : refer ? "refer" : "centre";
            workers.execute(() -> {
                String key = "fault-" + runId + "-" + (police ? "p" : "c") + "-" + seq;
                Answer answer = send(HttpRequest.newBuilder(URI.create(reportsUrl))
                        .header("Authorization", "Bearer " + tokens.get(police ? "police-herts-rms" : "partner-stevenage"))
                        .header("Content-Type", "application/json")
                        .header("Idempotency-Key", key)
                        .POST(HttpRequest.BodyPublishers.ofString(police ? POLICE_BODY : CENTRE_BODY)));
                answers.add(seq + "," + kind + "," + answer.csv());
                if (refer && answer.ok() && answer.reportId() != null) {
                    referrals.queue.add(answer.reportId());
                }
            });
        }
        workers.shutdown();
        if (!workers.awaitTermination(REQUEST_TIMEOUT.toSeconds() + 30, TimeUnit.SECONDS)) {
            System.err.println("FaultRun: requests still running after the last one was due");
        }
        write(out.resolve("answers.csv"), "seq,kind,sent_ms,answered_ms,status,retry_after,report_id", answers);
        for (Thread worker : referralWorkers) {
            referrals.queue.add(Referrals.END);
        }
        for (Thread worker : referralWorkers) {
            worker.join();
        }
        write(out.resolve("referrals.csv"), "report_id,step,attempt,status,retry_after,at_ms,outcome", referrals.log);

        Map<String, Integer> byStatus = new TreeMap<>();
        answers.forEach(line -> byStatus.merge(line.split(",")[4], 1, Integer::sum));
        System.out.printf("FaultRun: %d submissions answered in %.1f s: %s; referrals: %d made, %d given up%n",
                answers.size(), (System.nanoTime() - start) / 1e9, byStatus, referrals.made.get(), referrals.failed.get());
        System.exit(0);
    }

    /** What one request got back. */
    record Answer(long sentMs, long answeredMs, String status, String retryAfter, String reportId) {
        boolean ok() {
            return status.startsWith("2");
        }

        boolean retryable() {
            return status.startsWith("conn:") || status.equals("502") || status.equals("503") || status.equals("504");
        }

        String csv() {
            return sentMs + "," + answeredMs + "," + status + "," + retryAfter + "," + (reportId == null ? "" : reportId);
        }
    }

    static Answer send(HttpRequest.Builder request) {
        long sent = System.currentTimeMillis();
        try {
            HttpResponse<String> response = HTTP.send(request.timeout(REQUEST_TIMEOUT).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            String retryAfter = response.headers().firstValue("Retry-After").orElse("");
            return new Answer(sent, System.currentTimeMillis(), String.valueOf(response.statusCode()), retryAfter.replace(",", ";"),
                    reportId(response));
        } catch (IOException e) {
            return new Answer(sent, System.currentTimeMillis(), "conn:" + e.getClass().getSimpleName(), "", null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(sent, System.currentTimeMillis(), "conn:Interrupted", "", null);
        }
    }

    /** The created report's id: the last segment of Location, else the body's "id". */
    static String reportId(HttpResponse<String> response) {
        if (response.statusCode() / 100 != 2) {
            return null;
        }
        String location = response.headers().firstValue("Location").orElse("");
        if (!location.isEmpty()) {
            return location.substring(location.lastIndexOf('/') + 1);
        }
        Matcher m = ID.matcher(response.body());
        return m.find() ? m.group(1) : null;
    }

    static boolean refreshToken(String tokenUrl, String client) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(tokenUrl))
                    .timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "grant_type=client_credentials&client_id=" + client + "&client_secret=" + client + "-secret"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            Matcher m = TOKEN.matcher(response.body());
            if (response.statusCode() == 200 && m.find()) {
                tokens.put(client, m.group(1));
                return true;
            }
            System.err.println("FaultRun: token endpoint answered " + response.statusCode() + " for " + client);
        } catch (IOException e) {
            System.err.println("FaultRun: token endpoint unreachable for " + client + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    /** The second worker (several threads): triage, then a referral to Beacon, for each report handed to it. */
    static final class Referrals {
        static final String END = "";
        final String reportsUrl;
        final LinkedBlockingQueue<String> queue = new LinkedBlockingQueue<>();
        final ConcurrentLinkedQueue<String> log = new ConcurrentLinkedQueue<>();
        final AtomicInteger made = new AtomicInteger();
        final AtomicInteger failed = new AtomicInteger();

        Referrals(String reportsUrl) {
            this.reportsUrl = reportsUrl;
        }

        void work() {
            try {
                for (String id = queue.take(); !id.equals(END); id = queue.take()) {
                    if (step(id, "triage") && step(id, "referral-request")) {
                        made.incrementAndGet();
                    } else {
                        failed.incrementAndGet();
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /** One step until it is done (200, or 409 after an attempt whose outcome is unknown) or given up. */
        boolean step(String id, String step) throws InterruptedException {
            long giveUp = System.currentTimeMillis() + REFERRAL_GIVE_UP_MILLIS;
            boolean unknownBefore = false;
            for (int attempt = 1; ; attempt++) {
                Answer answer = send(HttpRequest.newBuilder(URI.create(reportsUrl + "/" + id + "/" + step))
                        .header("Authorization", "Bearer " + tokens.get("partner-stevenage"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{}")));
                String outcome;
                if (answer.ok() || (answer.status().equals("409") && unknownBefore)) {
                    outcome = "done";
                } else if (answer.retryable() && System.currentTimeMillis() < giveUp) {
                    outcome = "retry";
                } else {
                    outcome = "failed";
                }
                log.add(id + "," + step + "," + attempt + "," + answer.status() + "," + answer.retryAfter() + "," + answer.answeredMs() + "," + outcome);
                if (!outcome.equals("retry")) {
                    return outcome.equals("done");
                }
                unknownBefore = true;
                Thread.sleep(backOffMillis(answer.retryAfter()));
            }
        }

        static long backOffMillis(String retryAfter) {
            try {
                return Math.min(10_000, Math.max(1_000, Long.parseLong(retryAfter.trim()) * 1000));
            } catch (NumberFormatException e) {
                return 1_000;
            }
        }
    }

    static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    static void write(Path file, String header, Iterable<String> lines) throws IOException {
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            w.println(header);
            lines.forEach(w::println);
        }
    }
}
