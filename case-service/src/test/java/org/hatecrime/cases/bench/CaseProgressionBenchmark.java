package org.hatecrime.cases.bench;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.hatecrime.cases.domain.casefile.OverdueUpdate;
import org.hatecrime.cases.domain.casefile.OverdueUpdates;
import org.hatecrime.events.EventJson;
import org.hatecrime.events.Topics;
import org.hatecrime.testkit.SampleEvents;
import org.hatecrime.testkit.TestEvents;
import org.hatecrime.testkit.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * The figures of docs/benchmarks.md for case progression. Not part of the build (the name does not
 * end in Test); run it alone:
 * {@code mvn -B -o verify -pl case-service -am -Dtest=CaseProgressionBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 * In-process PostgreSQL and Kafka, over HTTP on the loopback, as the module's tests run.
 */
@QuarkusTest
class CaseProgressionBenchmark {

    static final String HERTS = TestTokens.system("police-herts-rms", "police", "herts-police");
    static final String CPS = TestTokens.user("cps-thames-chiltern", "cps", "cps-thames-chiltern");
    static final int CASES = 100;
    static final int CLIENTS = Integer.getInteger("bench.clients", 8);
    /** Cases taken through all their moves before the burst, so the JIT has compiled the paths the burst times. */
    static final int WARM_UP_CASES = Integer.getInteger("bench.warm-up-cases", 100);
    static final int SEEDED_CASES = 100_000;
    static final int SEEDED_OVERDUE = 1_000;

    /** Ten moves take a case from OPENED to CLOSED: 100 cases make the burst of 1,000 stage changes. */
    static final List<String[]> MOVES = List.of(
            new String[] {HERTS, "{\"stage\":\"RECORDED\",\"crimeReference\":\"41/1/26\",\"recordedAs\":\"CRIME\",\"recordingReason\":\"PUBLIC_ORDER\"}"},
            new String[] {HERTS, "{\"stage\":\"INVESTIGATING\"}"},
            new String[] {HERTS, "{\"stage\":\"SUSPECT_IDENTIFIED\"}"},
            new String[] {HERTS, "{\"stage\":\"ARRESTED_OR_INTERVIEWED\",\"reasonCode\":\"ARRESTED\"}"},
            new String[] {HERTS, "{\"stage\":\"FILED_WITH_CPS\"}"},
            new String[] {CPS, "{\"stage\":\"CHARGED\",\"reasonCode\":\"FULL_CODE_TEST_MET\"}"},
            new String[] {CPS, "{\"stage\":\"AT_COURT\",\"hearingAt\":\"2027-01-12T10:00:00Z\"}"},
            new String[] {CPS, "{\"stage\":\"VERDICT\",\"verdict\":\"GUILTY\"}"},
            new String[] {CPS, "{\"stage\":\"SENTENCED\",\"upliftApplied\":true,\"upliftReason\":\"HOSTILITY_DEMONSTRATED\"}"},
            new String[] {HERTS, "{\"stage\":\"CLOSED\",\"reasonCode\":\"SENTENCE_PASSED\",\"outcomeCode\":\"1\"}"});

    @Inject
    OverdueUpdates overdue;

    @Inject
    DataSource dataSource;

    @Test
    void aBurstOfOneThousandStageChangesAndTheOverdueScanOverOneHundredThousandCases() throws Exception {
        List<String> caseIds = openCases();
        List<String> warmUp = new ArrayList<>(caseIds.subList(0, WARM_UP_CASES));
        caseIds.removeAll(warmUp);
        runOnClients(warmUp, Collections.synchronizedList(new ArrayList<>()));

        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        runOnClients(caseIds, latencies);
        long burst = System.nanoTime() - start;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("BENCH stage changes: %d in %.2f s (%.0f/s) with %d clients; p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                sorted.size(), burst / 1e9, sorted.size() / (burst / 1e9), CLIENTS, ms(sorted, 0.50), ms(sorted, 0.99),
                sorted.get(sorted.size() - 1) / 1e6);

        seed();
        Instant now = Instant.now();
        long t0 = System.nanoTime();
        List<OverdueUpdate> found = overdue.scanAt(now);
        long first = System.nanoTime() - t0;
        t0 = System.nanoTime();
        List<OverdueUpdate> again = overdue.scanAt(now);
        long second = System.nanoTime() - t0;
        System.out.printf("BENCH overdue scan over %d seeded cases (%d owed updates past due): first scan %.1f ms (%d announced), "
                + "next scan %.1f ms (%d announced)%n", SEEDED_CASES, SEEDED_OVERDUE, first / 1e6, found.size(), second / 1e6, again.size());
    }

    /** Each case through its ten moves, one case per client at a time; the latency of every move. */
    private static void runOnClients(List<String> caseIds, List<Long> latencies) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> done = new ArrayList<>();
        for (String caseId : caseIds) {
            done.add(pool.submit(() -> latencies.addAll(push(caseId))));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
    }

    private List<String> openCases() {
        List<UUID> reports = new ArrayList<>();
        for (int i = 0; i < WARM_UP_CASES + CASES; i++) {
            UUID reportId = UUID.randomUUID();
            reports.add(reportId);
            TestEvents.publish(Topics.REPORTS, reportId.toString(), EventJson.write(
                    SampleEvents.sharedWithPolice(reportId, "herts-police", List.of("RACE"), "STEVENAGE")));
        }
        List<String> ids = new ArrayList<>();
        Awaitility.await().atMost(Duration.ofMinutes(2)).until(() -> {
            ids.clear();
            try (var connection = dataSource.getConnection();
                    var query = connection.prepareStatement("select id from case_file where report_id = any (?)")) {
                query.setArray(1, connection.createArrayOf("uuid", reports.toArray()));
                try (var rows = query.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getString(1));
                    }
                }
            }
            return ids.size() == reports.size();
        });
        return ids;
    }

    private static List<Long> push(String caseId) {
        List<Long> took = new ArrayList<>();
        for (String[] move : MOVES) {
            long t0 = System.nanoTime();
            int status = given().auth().oauth2(move[0]).contentType(ContentType.JSON).header("Idempotency-Key", "b-" + UUID.randomUUID())
                    .body(move[1]).post("/api/v1/cases/{id}/stage-changes", caseId).statusCode();
            took.add(System.nanoTime() - t0);
            if (status != 200) {
                throw new IllegalStateException("move answered " + status);
            }
        }
        return took;
    }

    /** 100,000 open cases, each owing one update: 1,000 of them past due, the rest due in a week. */
    private void seed() throws Exception {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.execute("""
                    insert into case_file (id, report_id, report_reference, force, cps_area, district, strands, occurred_at, opened_at,
                                           stage, version)
                    select gen_random_uuid(), gen_random_uuid(), 'HC-BENCH-' || i, 'herts-police', 'cps-thames-chiltern', 'STEVENAGE',
                           '{RACE}', now() - interval '30 days', now() - interval '20 days', 'ARRESTED_OR_INTERVIEWED', 0
                      from generate_series(1, %d) i""".formatted(SEEDED_CASES));
            statement.execute("""
                    insert into victim_update (id, case_id, kind, event_at, due_at, enhanced_rights)
                    select gen_random_uuid(), id, 'ARREST_OR_INTERVIEW', now() - interval '10 days',
                           case when row_number() over () <= %d then now() - interval '1 day' else now() + interval '7 days' end, false
                      from case_file where report_reference like 'HC-BENCH-%%'""".formatted(SEEDED_OVERDUE));
            statement.execute("analyze case_file; analyze victim_update");
        }
    }

    private static double ms(List<Long> sorted, double quantile) {
        return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(quantile * sorted.size()) - 1)) / 1e6;
    }
}
