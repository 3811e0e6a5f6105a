import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ProtocolException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Open-model load on report intake: requests start at a fixed rate whatever the latency, so a slow
 * server shows as latency and backlog instead of silently lowering the load (no coordinated omission).
 *
 * <pre>java bench/IntakeLoad.java URL TOKEN_FILE RATE SECONDS [step RATE2,RATE3,... STEP_SECONDS]</pre>
 *
 * Prints p50, p99, p99.9 and max latency, the achieved rate and every non-201 answer by status.
 * The token file is re-read every 30 s, so a refreshing process can keep it valid.
 *
 * <p>The client is deliberately minimal so that it takes little CPU from the platform it measures on
 * the same machine (java.net.http.HttpClient costs about 2.7 ms of CPU per request there): plain
 * blocking sockets speaking HTTP/1.1 with keep-alive and TCP_NODELAY, http:// only. The request bytes
 * (request line, Host, Authorization, Content-Type, Content-Length, body) are built once per token.
 * The scheduler (the main thread) releases request {@code i} at its intended start
 * {@code start + i * interval}; a due request goes to the most recently idle worker thread, each of
 * which owns one connection. 16 workers exist at the start; whenever a request is due and all are
 * busy, another worker with its own connection is added, up to 256, and beyond that due requests
 * wait in order for the next free worker. Latency is measured from the intended start to the last
 * byte of the answer, so any backlog (in the server or here) shows as latency. Answers are read by
 * Content-Length or chunked transfer coding and their bodies discarded; {@code Connection: close},
 * an I/O failure (counted as an error under the exception's class name) or 10 s of idleness (servers
 * drop idle keep-alive connections, nginx after 30 s) make the worker connect anew. A read waits at
 * most 30 s; the run waits at most SECONDS + 60 s, and requests unfinished by then count as errors.
 */
public class IntakeLoad {

    private static final String BODY = """
            {"strands":["RACE"],"description":"Shouted at on the bus","occurredAt":"2026-11-20T18:30:00Z","district":"STEVENAGE",
             "consents":{"shareWithPolice":true,"referToSupport":true,"statistics":true}}""";
    private static final long TOKEN_REFRESH_NANOS = TimeUnit.SECONDS.toNanos(30);
    private static final int INITIAL_WORKERS = 16;
    private static final int MAX_WORKERS = 256;
    private static final long SLOW_MICROS = 50_000; // the latency target of the sustained run
    private static final int CONNECT_TIMEOUT_MILLIS = 5_000;
    private static final int READ_TIMEOUT_MILLIS = 30_000;
    private static final long IDLE_RECONNECT_NANOS = TimeUnit.SECONDS.toNanos(10);
    private static final String HEADER = "rate/s  achieved/s  p50_ms  p99_ms  p99.9_ms  max_ms  errors";

    private static volatile byte[] request; // the whole request, rebuilt whenever the token is re-read
    private static volatile long tokenReadAt;

    public static void main(String[] args) throws Exception {
        boolean step = args.length > 4 && args[4].equals("step");
        if (args.length < 4 || (step && args.length < 7)) {
            fail("usage: java bench/IntakeLoad.java URL TOKEN_FILE RATE SECONDS [step RATE2,RATE3,... STEP_SECONDS]");
        }
        Target target = Target.of(args[0]);
        Path tokenFile = Path.of(args[1]);
        refreshToken(target, tokenFile, true);
        if (step) {
            int stepSeconds = Integer.parseInt(args[6]);
            System.out.println(HEADER);
            for (String rate : args[5].split(",")) {
                Result result = new Run(target, tokenFile, Integer.parseInt(rate.trim()), stepSeconds).execute();
                System.out.println(result.line() + "  " + result.statuses());
                writeCsv(result);
            }
            System.exit(0); // stuck workers (daemons) must not delay the end
        }
        Result result = new Run(target, tokenFile, Integer.parseInt(args[2]), Integer.parseInt(args[3])).execute();
        writeCsv(result);
        System.out.println(HEADER);
        System.out.println(result.line());
        System.out.println("answers: " + result.statuses());
        System.out.println("seconds with requests over " + SLOW_MICROS / 1000 + " ms (UTC, by intended start): "
                + (result.slowSeconds().isEmpty() ? "none" : ""));
        result.slowSeconds().forEach(line -> System.out.println("  " + line));
        System.exit(0); // stuck workers (daemons) must not delay the end
    }

    /** The p-th percentile (nearest rank; p = 1 is the maximum) of latencies sorted in microseconds, in milliseconds; 0 when there are none. */
    static double percentileMs(long[] sortedMicros, double p) {
        if (sortedMicros.length == 0) {
            return 0;
        }
        int index = (int) Math.min(sortedMicros.length - 1, Math.ceil(p * sortedMicros.length) - 1);
        return sortedMicros[Math.max(0, index)] / 1000.0;
    }

    /**
     * Appends the run to BENCH_CSV_DIR (when set) as one row of intake-runs.csv and a row per second
     * of intake-seconds.csv, each named by BENCH_PHASE, for bench/plot.
     */
    static void writeCsv(Result result) throws java.io.IOException {
        String dir = System.getenv("BENCH_CSV_DIR");
        if (dir == null || dir.isBlank()) {
            return;
        }
        String phase = System.getenv().getOrDefault("BENCH_PHASE", "run");
        Path runs = Path.of(dir, "intake-runs.csv");
        Path seconds = Path.of(dir, "intake-seconds.csv");
        Files.createDirectories(runs.getParent());
        if (!Files.exists(runs)) {
            Files.writeString(runs, "phase,offered_per_s,achieved_per_s,p50_ms,p90_ms,p99_ms,p999_ms,max_ms,errors\n");
        }
        if (!Files.exists(seconds)) {
            Files.writeString(seconds, "phase,offered_per_s,second,answered,p50_ms,p99_ms,max_ms,errors\n");
        }
        Files.writeString(runs, result.csv(phase) + "\n", StandardOpenOption.APPEND);
        StringBuilder rows = new StringBuilder();
        result.perSecond().forEach(row -> rows.append(phase).append(',').append(result.rate()).append(',').append(row).append('\n'));
        Files.writeString(seconds, rows.toString(), StandardOpenOption.APPEND);
    }

    static void fail(String message) {
        System.err.println("IntakeLoad: " + message);
        System.exit(2);
    }

    record Result(int rate, double achieved, long[] sortedMicros, long errors, Map<String, Long> statuses, List<String> slowSeconds,
            List<String> perSecond) {

        /** One CSV row: offered and achieved rates, percentiles in ms, errors (a column of intake-runs.csv). */
        String csv(String phase) {
            return String.format(java.util.Locale.ROOT, "%s,%d,%.1f,%.2f,%.2f,%.2f,%.2f,%.2f,%d", phase, rate, achieved, pct(0.50),
                    pct(0.90), pct(0.99), pct(0.999), pct(1.0), errors);
        }

        String line() {
            return String.format("%6d  %10.1f  %6.1f  %6.1f  %8.1f  %6.1f  %6d", rate, achieved, pct(0.50), pct(0.99), pct(0.999),
                    pct(1.0), errors);
        }

        double pct(double p) {
            return percentileMs(sortedMicros, p);
        }
    }

    /** Where the requests go: http://host[:port]/path only. */
    record Target(InetSocketAddress address, String hostHeader, String pathAndQuery) {
        static Target of(String url) {
            URI uri;
            try {
                uri = URI.create(url);
            } catch (IllegalArgumentException e) {
                fail("not a URL: " + url);
                throw e;
            }
            if (!"http".equalsIgnoreCase(uri.getScheme())) {
                fail("only http:// URLs are supported (this client speaks plain HTTP/1.1), not " + url);
            }
            if (uri.getHost() == null) {
                fail("no host in " + url);
            }
            int port = uri.getPort() == -1 ? 80 : uri.getPort();
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
            String hostHeader = uri.getPort() == -1 ? uri.getHost() : uri.getHost() + ":" + port;
            return new Target(new InetSocketAddress(uri.getHost(), port), hostHeader, path + query);
        }

        byte[] request(String token) {
            byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
            byte[] head = ("POST " + pathAndQuery + " HTTP/1.1\r\n"
                    + "Host: " + hostHeader + "\r\n"
                    + "Authorization: Bearer " + token + "\r\n"
                    + "Content-Type: application/json\r\n"
                    + "Content-Length: " + body.length + "\r\n"
                    + "\r\n").getBytes(StandardCharsets.UTF_8);
            byte[] all = Arrays.copyOf(head, head.length + body.length);
            System.arraycopy(body, 0, all, head.length, body.length);
            return all;
        }
    }

    static synchronized void refreshToken(Target target, Path tokenFile, boolean first) {
        if (!first && System.nanoTime() - tokenReadAt <= TOKEN_REFRESH_NANOS) {
            return; // another worker has just done it
        }
        try {
            request = target.request(Files.readString(tokenFile).trim());
        } catch (IOException e) {
            if (first) {
                fail("cannot read the token file " + tokenFile + ": " + e);
            }
            System.err.println("IntakeLoad: cannot re-read the token file, keeping the old token: " + e);
        }
        tokenReadAt = System.nanoTime();
    }

    /** One rate for a number of seconds: the scheduler, its workers and what they measured. */
    static final class Run {
        final Target target;
        final Path tokenFile;
        final int rate;
        final int seconds;
        final int total;
        final long intervalNanos;
        final CountDownLatch done;
        long start;

        // what was measured, guarded by this; nothing is recorded once ended
        final long[] micros; // latencies of the answered requests, in order of answer
        final int[] secondOf; // the second of each answered request's intended start
        final int[] errorsPerSecond; // answers other than 201, by second of the intended start
        int answered;
        long errors;
        final Map<String, long[]> statuses = new HashMap<>();
        final long[] slowestPerSecond; // by second of the intended start
        final int[] slowPerSecond; // requests over SLOW_MICROS, by second of the intended start
        boolean ended;
        java.time.Instant startedAt;

        // dispatch state, guarded by this
        long released; // requests 0 .. released-1 are due
        long assigned; // requests 0 .. assigned-1 have been given to a worker
        final Worker[] idle = new Worker[MAX_WORKERS]; // a stack: the most recently idle worker is reused first
        int idleCount;
        final List<Worker> workers = new ArrayList<>();
        volatile boolean stopped;

        Run(Target target, Path tokenFile, int rate, int seconds) {
            if (rate <= 0 || seconds <= 0) {
                fail("RATE and SECONDS must be positive");
            }
            this.target = target;
            this.tokenFile = tokenFile;
            this.rate = rate;
            this.seconds = seconds;
            this.total = Math.multiplyExact(rate, seconds);
            this.intervalNanos = TimeUnit.SECONDS.toNanos(1) / rate;
            this.micros = new long[total];
            this.secondOf = new int[total];
            this.errorsPerSecond = new int[seconds];
            this.slowestPerSecond = new long[seconds];
            this.slowPerSecond = new int[seconds];
            this.done = new CountDownLatch(total);
        }

        Result execute() throws InterruptedException {
            synchronized (this) {
                for (int i = 0; i < INITIAL_WORKERS; i++) {
                    idle[idleCount++] = startWorker(-1);
                }
            }
            start = System.nanoTime();
            startedAt = java.time.Instant.now();
            long deadline = start + TimeUnit.SECONDS.toNanos(seconds + 60L);
            long due = 0;
            while (due < total) {
                long now = System.nanoTime();
                // release every start that is due, so the schedule holds even when a wake-up is late
                long nowDue = Math.min(total, (now - start) / intervalNanos + 1);
                if (nowDue > due) {
                    release(nowDue);
                    due = nowDue;
                }
                if (due < total) {
                    LockSupport.parkNanos(start + due * intervalNanos - now);
                }
            }
            done.await(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            Result result;
            synchronized (this) {
                ended = true;
                double elapsed = (System.nanoTime() - start) / 1e9;
                long[] sorted = Arrays.copyOf(micros, answered);
                Arrays.sort(sorted);
                Map<String, Long> counted = new TreeMap<>();
                statuses.forEach((status, count) -> counted.put(status, count[0]));
                result = new Result(rate, answered / elapsed, sorted, errors + (total - answered) /* never completed */, counted,
                        slowSeconds(), perSecond());
            }
            stop();
            return result;
        }

        /** Per second of intended start: answered, p50, p99 and max in ms, errors (CSV columns). */
        List<String> perSecond() {
            List<List<Long>> bySecond = new ArrayList<>();
            for (int second = 0; second < seconds; second++) {
                bySecond.add(new ArrayList<>());
            }
            for (int i = 0; i < answered; i++) {
                bySecond.get(secondOf[i]).add(micros[i]);
            }
            List<String> rows = new ArrayList<>();
            for (int second = 0; second < seconds; second++) {
                long[] sorted = bySecond.get(second).stream().mapToLong(Long::longValue).sorted().toArray();
                rows.add(String.format(java.util.Locale.ROOT, "%d,%d,%.2f,%.2f,%.2f,%d", second, sorted.length, percentileMs(sorted, 0.50),
                        percentileMs(sorted, 0.99), percentileMs(sorted, 1.0), errorsPerSecond[second]));
            }
            return rows;
        }

        /** The seconds in which some request took longer than SLOW_MICROS: when, how many, the slowest. */
        List<String> slowSeconds() {
            List<String> lines = new ArrayList<>();
            for (int second = 0; second < seconds; second++) {
                if (slowPerSecond[second] > 0) {
                    lines.add(String.format("%s  %4d over %d ms, slowest %.1f ms", startedAt.plusSeconds(second).truncatedTo(
                            java.time.temporal.ChronoUnit.SECONDS), slowPerSecond[second], SLOW_MICROS / 1000,
                            slowestPerSecond[second] / 1000.0));
                }
            }
            return lines;
        }

        /** Hands the due requests to idle workers, adding workers while all are busy. */
        synchronized void release(long nowDue) {
            released = nowDue;
            while (assigned < released && idleCount > 0) {
                Worker worker = idle[--idleCount];
                idle[idleCount] = null;
                worker.next = assigned++;
                LockSupport.unpark(worker.thread);
            }
            while (assigned < released && workers.size() < MAX_WORKERS) {
                startWorker(assigned++);
            }
            // beyond MAX_WORKERS the rest waits for the next worker that finishes (and counts as latency)
        }

        /** Called with the lock held. */
        Worker startWorker(long first) {
            Worker worker = new Worker(this, workers.size(), first);
            workers.add(worker);
            worker.thread.start();
            return worker;
        }

        /** The next request for a worker that has finished one: the oldest waiting one, or -1 once stopped. */
        long take(Worker worker) {
            synchronized (this) {
                if (stopped) {
                    return -1;
                }
                if (assigned < released) {
                    return assigned++;
                }
                worker.next = -1;
                idle[idleCount++] = worker;
            }
            return worker.awaitNext();
        }

        void stop() {
            List<Worker> all;
            synchronized (this) {
                stopped = true;
                all = new ArrayList<>(workers);
            }
            for (Worker worker : all) {
                LockSupport.unpark(worker.thread);
                worker.connection.close(); // a worker still waiting for an answer fails and ends
            }
        }

        void record(long intendedStart, String status) {
            long latency = (System.nanoTime() - intendedStart) / 1000;
            synchronized (this) {
                if (ended) {
                    return; // too late: already counted as never completed
                }
                int second = (int) Math.min(seconds - 1, (intendedStart - start) / 1_000_000_000L);
                secondOf[answered] = second;
                micros[answered++] = latency;
                slowestPerSecond[second] = Math.max(slowestPerSecond[second], latency);
                if (latency > SLOW_MICROS) {
                    slowPerSecond[second]++;
                }
                statuses.computeIfAbsent(status, s -> new long[1])[0]++;
                if (!"201".equals(status)) {
                    errors++;
                    errorsPerSecond[second]++;
                }
            }
            done.countDown();
        }
    }

    /** A thread with its own connection, sending one request at a time. */
    static final class Worker implements Runnable {
        final Run run;
        final Thread thread;
        final Connection connection;
        volatile long next; // the request given to this worker, -1 for none yet

        Worker(Run run, int number, long first) {
            this.run = run;
            this.next = first;
            this.connection = new Connection(run.target.address());
            this.thread = new Thread(null, this, "intake-load-" + number, 256 * 1024);
            thread.setDaemon(true);
        }

        long awaitNext() {
            while (true) {
                long index = next;
                if (index >= 0) {
                    return index;
                }
                if (run.stopped) {
                    return -1;
                }
                LockSupport.park(this);
            }
        }

        @Override
        public void run() {
            try {
                for (long index = awaitNext(); index >= 0; index = run.take(this)) {
                    send(index);
                }
            } finally {
                connection.close();
            }
        }

        void send(long index) {
            long intendedStart = run.start + index * run.intervalNanos;
            if (System.nanoTime() - tokenReadAt > TOKEN_REFRESH_NANOS) {
                refreshToken(run.target, run.tokenFile, false);
            }
            String status;
            try {
                status = connection.exchange(request);
            } catch (IOException | RuntimeException e) {
                status = e.getClass().getSimpleName();
                connection.close();
            }
            run.record(intendedStart, status);
        }
    }

    /** One HTTP/1.1 keep-alive connection; reads answers into a reused buffer and discards their bodies. */
    static final class Connection {
        private static final String[] STATUS_TEXT = new String[1000];
        private static final byte[] CONTENT_LENGTH = "content-length".getBytes(StandardCharsets.US_ASCII);
        private static final byte[] TRANSFER_ENCODING = "transfer-encoding".getBytes(StandardCharsets.US_ASCII);
        private static final byte[] CONNECTION = "connection".getBytes(StandardCharsets.US_ASCII);
        private static final byte[] CHUNKED = "chunked".getBytes(StandardCharsets.US_ASCII);
        private static final byte[] CLOSE = "close".getBytes(StandardCharsets.US_ASCII);
        private static final byte[] KEEP_ALIVE = "keep-alive".getBytes(StandardCharsets.US_ASCII);

        static {
            for (int i = 0; i < STATUS_TEXT.length; i++) {
                STATUS_TEXT[i] = Integer.toString(i);
            }
        }

        private final InetSocketAddress address;
        private final byte[] buf = new byte[16 * 1024];
        private int pos; // unread bytes are buf[pos .. lim)
        private int lim;
        private volatile Socket socket;
        private InputStream in;
        private OutputStream out;
        private long lastUsed;

        Connection(InetSocketAddress address) {
            this.address = address;
        }

        /** Sends the request and reads the whole answer; returns its status code as text. */
        String exchange(byte[] request) throws IOException {
            if (socket != null && System.nanoTime() - lastUsed > IDLE_RECONNECT_NANOS) {
                close(); // the server may be closing it right now
            }
            if (socket == null) {
                connect();
            }
            out.write(request);
            int status;
            boolean keepAlive;
            do { // skip interim 1xx answers
                int end = nextLine();
                int lineEnd = trimCr(end);
                if (lineEnd - pos < 12 || !startsWith(pos, "HTTP/1.") || buf[pos + 8] != ' ') {
                    throw new ProtocolException("not an HTTP/1.x status line: "
                            + new String(buf, pos, Math.min(lineEnd - pos, 80), StandardCharsets.ISO_8859_1));
                }
                keepAlive = buf[pos + 7] != '0'; // HTTP/1.0 closes unless it says keep-alive
                status = digit(pos + 9) * 100 + digit(pos + 10) * 10 + digit(pos + 11);
                pos = end + 1;
                long contentLength = -1;
                boolean chunked = false;
                while (true) {
                    end = nextLine();
                    lineEnd = trimCr(end);
                    if (lineEnd == pos) {
                        pos = end + 1;
                        break;
                    }
                    int value;
                    if ((value = valueOf(CONTENT_LENGTH, lineEnd)) >= 0) {
                        contentLength = parseLength(value, lineEnd);
                    } else if ((value = valueOf(TRANSFER_ENCODING, lineEnd)) >= 0) {
                        chunked = contains(value, lineEnd, CHUNKED);
                    } else if ((value = valueOf(CONNECTION, lineEnd)) >= 0) {
                        if (contains(value, lineEnd, CLOSE)) {
                            keepAlive = false;
                        } else if (contains(value, lineEnd, KEEP_ALIVE)) {
                            keepAlive = true;
                        }
                    }
                    pos = end + 1;
                }
                if (status >= 100 && status < 200) {
                    continue; // no body
                }
                if (status == 204 || status == 304) {
                    // no body
                } else if (chunked) {
                    skipChunked();
                } else if (contentLength >= 0) {
                    skip(contentLength);
                } else {
                    skipToEnd(); // the body ends when the server closes
                    keepAlive = false;
                }
            } while (status >= 100 && status < 200);
            lastUsed = System.nanoTime();
            if (!keepAlive) {
                close();
            }
            return STATUS_TEXT[status];
        }

        private void connect() throws IOException {
            Socket s = new Socket();
            try {
                s.setTcpNoDelay(true);
                s.connect(address, CONNECT_TIMEOUT_MILLIS);
                s.setSoTimeout(READ_TIMEOUT_MILLIS);
                in = s.getInputStream();
                out = s.getOutputStream();
            } catch (IOException | RuntimeException e) {
                s.close();
                throw e;
            }
            pos = 0;
            lim = 0;
            socket = s;
        }

        void close() {
            Socket s = socket;
            socket = null;
            if (s != null) {
                try {
                    s.close();
                } catch (IOException ignored) {
                    // closing anyway
                }
            }
        }

        /** Index of the next '\n', reading more as needed; the line starts at pos. */
        private int nextLine() throws IOException {
            int scan = pos;
            while (true) {
                for (; scan < lim; scan++) {
                    if (buf[scan] == '\n') {
                        return scan;
                    }
                }
                if (pos == lim) {
                    pos = lim = scan = 0;
                } else if (lim == buf.length && pos > 0) {
                    System.arraycopy(buf, pos, buf, 0, lim - pos);
                    lim -= pos;
                    scan -= pos;
                    pos = 0;
                }
                if (lim == buf.length) {
                    throw new ProtocolException("answer line longer than " + buf.length + " bytes");
                }
                fill();
            }
        }

        /** Reads at least one byte after lim. */
        private void fill() throws IOException {
            int n = in.read(buf, lim, buf.length - lim);
            if (n < 0) {
                throw new EOFException("connection closed by the server");
            }
            lim += n;
        }

        private int trimCr(int newline) {
            return newline > pos && buf[newline - 1] == '\r' ? newline - 1 : newline;
        }

        private boolean startsWith(int at, String prefix) {
            for (int i = 0; i < prefix.length(); i++) {
                if (buf[at + i] != prefix.charAt(i)) {
                    return false;
                }
            }
            return true;
        }

        private int digit(int at) throws ProtocolException {
            int d = buf[at] - '0';
            if (d < 0 || d > 9) {
                throw new ProtocolException("bad status code");
            }
            return d;
        }

        /** If the header line at pos is the given (lower-case) header, the start of its value, else -1. */
        private int valueOf(byte[] name, int lineEnd) {
            if (lineEnd - pos <= name.length || buf[pos + name.length] != ':') {
                return -1;
            }
            for (int i = 0; i < name.length; i++) {
                if ((buf[pos + i] | 0x20) != name[i]) { // names hold only letters and '-', which | 0x20 keeps
                    return -1;
                }
            }
            int value = pos + name.length + 1;
            while (value < lineEnd && (buf[value] == ' ' || buf[value] == '\t')) {
                value++;
            }
            return value;
        }

        private boolean contains(int from, int to, byte[] word) {
            outer:
            for (int at = from; at <= to - word.length; at++) {
                for (int i = 0; i < word.length; i++) {
                    if ((buf[at + i] | 0x20) != word[i]) {
                        continue outer;
                    }
                }
                return true;
            }
            return false;
        }

        private long parseLength(int from, int to) throws ProtocolException {
            while (to > from && (buf[to - 1] == ' ' || buf[to - 1] == '\t')) {
                to--;
            }
            if (from == to || to - from > 18) {
                throw new ProtocolException("bad Content-Length");
            }
            long length = 0;
            for (int i = from; i < to; i++) {
                int d = buf[i] - '0';
                if (d < 0 || d > 9) {
                    throw new ProtocolException("bad Content-Length");
                }
                length = length * 10 + d;
            }
            return length;
        }

        /** Discards exactly n bytes of body. */
        private void skip(long n) throws IOException {
            while (n > 0) {
                if (pos == lim) {
                    pos = lim = 0;
                    fill();
                }
                int take = (int) Math.min(n, lim - pos);
                pos += take;
                n -= take;
            }
        }

        private void skipChunked() throws IOException {
            while (true) {
                int end = nextLine();
                int lineEnd = trimCr(end);
                long size = 0;
                int digits = 0;
                for (int i = pos; i < lineEnd && buf[i] != ';' && buf[i] != ' ' && buf[i] != '\t'; i++) {
                    int b = buf[i];
                    int d = b >= '0' && b <= '9' ? b - '0' : (b | 0x20) >= 'a' && (b | 0x20) <= 'f' ? (b | 0x20) - 'a' + 10 : -1;
                    if (d < 0 || ++digits > 15) {
                        throw new ProtocolException("bad chunk size");
                    }
                    size = size * 16 + d;
                }
                if (digits == 0) {
                    throw new ProtocolException("bad chunk size");
                }
                pos = end + 1;
                if (size == 0) {
                    while (true) { // trailer fields up to an empty line
                        end = nextLine();
                        boolean empty = trimCr(end) == pos;
                        pos = end + 1;
                        if (empty) {
                            return;
                        }
                    }
                }
                skip(size);
                end = nextLine(); // the CRLF after the chunk data
                if (trimCr(end) != pos) {
                    throw new ProtocolException("no CRLF after chunk data");
                }
                pos = end + 1;
            }
        }

        private void skipToEnd() throws IOException {
            pos = lim = 0;
            while (in.read(buf, 0, buf.length) >= 0) {
                // discard
            }
        }
    }
}
