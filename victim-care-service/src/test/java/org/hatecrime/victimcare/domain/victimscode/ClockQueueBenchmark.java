package org.hatecrime.victimcare.domain.victimscode;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.hatecrime.kit.db.Sql;
import org.hatecrime.testkit.TestTokens;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Fills 100,000 referrals with their clocks and prints the latency of an agency's due and overdue
 * list, with and without its index. Not part of {@code mvn verify} (the name matches no test
 * pattern); run it on its own:
 *
 * <pre>
 * mvn -B -o verify -pl victim-care-service -am -Dtest=ClockQueueBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
@QuarkusTest
@Tag("benchmark")
class ClockQueueBenchmark {

    static final int REFERRALS = 100_000;
    static final int WARM_UP = 200;
    static final int RUNS = 2_000;
    static final String AGENCY = "bench-beacon";
    static final String TOKEN = TestTokens.user("bench-worker", "victim-care", AGENCY);

    @Inject
    Sql sql;

    @Inject
    VictimsCodeWork work;

    @Test
    void dueAndOverdueListOfOneAgencyAmong100000Referrals() {
        fill();
        long running = sql.number("select count(*) from victims_code_clock where agency = ? and stage = 'RUNNING'", AGENCY);
        System.out.printf(Locale.ROOT, "%n%,d referrals, %,d clocks; %s: %,d running clocks (due or overdue)%n",
                sql.number("select count(*) from referral"), sql.number("select count(*) from victims_code_clock"), AGENCY, running);

        measureQueries("with index victims_code_clock_queue", Arrays.asList(null, ClockState.DUE, ClockState.OVERDUE, ClockState.MET),
                List.of(0, 10), RUNS);
        measureHttp();
        System.out.println(String.join("\n", sql.list("explain (analyze, buffers) select referral_id, clock, due_at from victims_code_clock"
                + " where agency = ? and stage = 'RUNNING' and due_at <= now() order by due_at, referral_id, clock limit 20 offset 0",
                row -> "  " + row.getString(1), AGENCY)));

        sql.update("drop index victims_code_clock_queue");
        sql.update("analyze victims_code_clock");
        try {
            // a full scan per query: fewer runs, or this alone takes a quarter of an hour
            measureQueries("without it", Arrays.asList(null, ClockState.OVERDUE), List.of(0), RUNS / 10);
        } finally {
            sql.update("create index victims_code_clock_queue on victims_code_clock (agency, stage, due_at, referral_id)");
            sql.update("analyze victims_code_clock");
        }
    }

    private void measureQueries(String label, List<ClockState> states, List<Integer> pages, int runs) {
        System.out.printf(Locale.ROOT, "%nquery only (VictimsCodeWork.list, page of 20), %s:%n", label);
        for (ClockState state : states) {
            for (int page : pages) {
                long[] nanos = new long[runs];
                for (int i = 0; i < WARM_UP + runs; i++) {
                    long start = System.nanoTime();
                    work.list(AGENCY, state, Instant.now(), page, 20);
                    if (i >= WARM_UP) {
                        nanos[i - WARM_UP] = System.nanoTime() - start;
                    }
                }
                print((state == null ? "DUE+OVERDUE" : state.name()) + " page " + page, nanos);
            }
        }
    }

    private void measureHttp() {
        System.out.printf(Locale.ROOT, "%nGET /api/v1/victims-code/clocks (token check, audit row, JSON), one client:%n");
        for (String state : Arrays.asList(null, "OVERDUE")) {
            long[] nanos = new long[RUNS / 2];
            for (int i = 0; i < WARM_UP + nanos.length; i++) {
                var request = given().auth().oauth2(TOKEN);
                if (state != null) {
                    request = request.queryParam("state", state);
                }
                long start = System.nanoTime();
                request.get("/api/v1/victims-code/clocks").then().statusCode(200);
                if (i >= WARM_UP) {
                    nanos[i - WARM_UP] = System.nanoTime() - start;
                }
            }
            print(state == null ? "DUE+OVERDUE" : state, nanos);
        }
    }

    private static void print(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "  %-20s n=%d  p50 %.2f ms  p95 %.2f ms  p99 %.2f ms  max %.2f ms%n", what, sorted.length,
                ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[(int) Math.ceil(quantile * sorted.length) - 1] / 1e6;
    }

    /**
     * 100,000 referrals over about 16 months, 60% for one agency and the rest spread over four
     * others; every clock settled except the last week's uncontacted referrals and about 1% never
     * contacted (overdue); a few passed on late, stopped or missed.
     */
    private void fill() {
        sql.update("""
                with r as (
                    select gen_random_uuid() as id, i,
                           case when i % 10 < 6 then 'bench-beacon' else 'bench-agency-' || (i % 4) end as agency,
                           now() - make_interval(mins => i * 7) as consented_at
                    from generate_series(1, ?) i
                ), referrals as (
                    insert into referral (id, provider, agency, source, consented_at, status)
                    select id, 'beacon', agency, 'DIRECT', consented_at, case when i % 97 = 0 then 'ACKNOWLEDGED' else 'CLOSED' end from r
                )
                insert into victims_code_clock (referral_id, clock, right_number, agency, provider, enhanced_rights, contact_stopped,
                    started_at, target_working_days, last_working_day, due_at, met_at, stopped_at, stage, settled)
                select r.id, c.clock, 4, r.agency, 'beacon', false, false, r.consented_at, c.days,
                       (r.consented_at + make_interval(days => c.days + 1))::date, r.consented_at + make_interval(days => c.days + 1),
                       r.consented_at + interval '1 hour', null, s.stage, s.stage in ('MET', 'STOPPED')
                from r cross join (values ('REFERRAL_PASSED_ON', 2), ('FIRST_CONTACT_ATTEMPT', 5)) as c(clock, days)
                cross join lateral (select case
                    when c.clock = 'REFERRAL_PASSED_ON' then case when r.i % 50 = 0 then 'MISSED' else 'MET' end
                    when r.i % 97 = 0 then 'RUNNING'
                    when r.consented_at > now() - interval '7 days' and r.i % 3 <> 0 then 'RUNNING'
                    when r.i % 31 = 0 then 'STOPPED'
                    when r.i % 13 = 0 then 'MISSED'
                    else 'MET' end as stage) s""", REFERRALS);
        sql.update("analyze referral");
        sql.update("analyze victims_code_clock");
    }
}
