package org.hatecrime.analytics.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.hatecrime.kit.db.Sql;
import org.hatecrime.testkit.SharedInfrastructure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The monthly counts (ADR 0024) always equal counting {@code report_fact}, whatever a report goes
 * through: random sequences of every change a report can undergo (submitted, triaged, consent off
 * and on, withdrawn, linked as a duplicate, erased, erased before it arrives, and changes no event
 * makes yet: a repeat flag set later, a date moved across a month, a row deleted, statements over
 * many rows), applied through the projection itself in batches as the inbox applies them, and
 * straight in SQL. After each transaction, every row of {@code report_month_count} is compared
 * with counting {@code report_fact} dimension by dimension, in one snapshot; and the summary and
 * the published table are compared with the scans they replaced. Reports of 2007, no other test's year.
 */
@QuarkusTest
class MonthlyCountsTest {

    private static final List<String> STRANDS = List.of("RACE", "RELIGION_OR_BELIEF", "SEXUAL_ORIENTATION", "DISABILITY",
            "TRANSGENDER_IDENTITY", "OTHER");
    private static final List<String> DISTRICTS = List.of("STEVENAGE", "WATFORD", "DACORUM", "HERTSMERE");
    private static final List<String> CHANNELS = List.of("THIRD_PARTY_CENTRE", "PHONE", "PARTNER_API", "POLICE", "PUBLIC_ONLINE");
    private static final List<String> ROLES = Arrays.asList("VICTIM", "WITNESS", "THIRD_PARTY_ON_BEHALF", "PROFESSIONAL", null);
    private static final List<String> INCIDENT_TYPES = List.of("VERBAL_ABUSE", "THREATS_OR_INTIMIDATION", "PHYSICAL_ASSAULT",
            "ONLINE_ABUSE");
    /** Instants around the months' edges in UK time: 31 March 23:30 UTC is 1 April (BST), 30 April 23:00 UTC is 1 May. */
    private static final List<OffsetDateTime> RECEIVED = List.of(
            OffsetDateTime.parse("2007-01-01T00:00:00Z"), OffsetDateTime.parse("2007-01-31T23:59:59Z"),
            OffsetDateTime.parse("2007-02-14T12:00:00Z"), OffsetDateTime.parse("2007-02-28T23:59:59Z"),
            OffsetDateTime.parse("2007-03-31T22:59:59Z"), OffsetDateTime.parse("2007-03-31T23:30:00Z"),
            OffsetDateTime.parse("2007-04-15T08:00:00Z"), OffsetDateTime.parse("2007-04-30T22:59:59Z"),
            OffsetDateTime.parse("2007-04-30T23:00:00Z"), OffsetDateTime.parse("2007-05-20T18:00:00Z"));
    /** The ranges compared through the summary: the test's months, single months, and open ends (every test's reports). */
    private static final List<YearMonth[]> RANGES = List.of(
            new YearMonth[] {YearMonth.of(2007, 1), YearMonth.of(2007, 5)}, new YearMonth[] {YearMonth.of(2007, 3), YearMonth.of(2007, 3)},
            new YearMonth[] {YearMonth.of(2007, 4), YearMonth.of(2007, 4)}, new YearMonth[] {YearMonth.of(2007, 5), YearMonth.of(2007, 6)},
            new YearMonth[] {null, YearMonth.of(2007, 2)}, new YearMonth[] {YearMonth.of(2007, 4), null}, new YearMonth[] {null, null});

    @Inject
    ReportFacts facts;

    @Inject
    ReportCounts counts;

    @Inject
    MonthlyCounts monthly;

    @Inject
    CountedByScanning scanning;

    @Inject
    Sql sql;

    /** Every report id the tests used, to take their reports and held erasures out again. */
    private final Set<UUID> used = new HashSet<>();

    /**
     * The reports this test wrote straight into the read model are on no topic: they are deleted
     * again (their counts with them), so that a rebuild's result still equals the live tables.
     */
    @AfterEach
    void deleteTheReportsOfThisTest() {
        QuarkusTransaction.requiringNew().run(() -> {
            sql.update("delete from report_fact where received_at >= '2007-01-01' and received_at < '2008-01-01'");
            String[] ids = used.stream().map(UUID::toString).toArray(String[]::new);
            sql.update("delete from report_fact where report_id = any(?::uuid[])", (Object) ids);
            sql.update("delete from erasure_before_report where report_id = any(?::uuid[])", (Object) ids);
        });
        assertKeptCountsEqualCounting("the test's reports were deleted");
        assertThat(QuarkusTransaction.requiringNew().call(() -> sql.number("""
                select count(*) from report_month_count where month >= '2007-01-01' and month < '2008-01-01'"""))).isZero();
    }

    /** What the test has done to its reports, to choose a sensible next change. */
    private static final class Reports {
        final List<UUID> ids = new ArrayList<>();
        final Set<UUID> recorded = new HashSet<>();

        UUID any(Random random) {
            return ids.get(random.nextInt(ids.size()));
        }

        /** One of the recorded reports, chosen by the order they were made in, so that a seed always takes the same steps. */
        UUID anyRecorded(Random random) {
            List<UUID> all = ids.stream().filter(recorded::contains).toList();
            return all.get(random.nextInt(all.size()));
        }
    }

    @Test
    void theMonthlyCountsEqualCountingTheReportsThroughEveryChangeAReportGoesThrough() {
        for (long seed = 1; seed <= 4; seed++) {
            Random random = new Random(seed);
            Reports reports = new Reports();
            for (int i = 0; i < 10; i++) {
                reports.ids.add(UUID.randomUUID());
            }
            used.addAll(reports.ids);
            int stepsWithCountedReports = 0;
            for (int step = 1; step <= 60; step++) {
                String done = step(random, reports);
                assertKeptCountsEqualCounting("seed " + seed + ", step " + step + ": " + done);
                if (step % 15 == 0) {
                    assertFiguresEqualScanning("seed " + seed + ", step " + step);
                }
                if (counts.figures(YearMonth.of(2007, 1), YearMonth.of(2007, 5)).totalReports() > 0) {
                    stepsWithCountedReports++;
                }
            }
            assertThat(stepsWithCountedReports).as("steps of seed %d after which some of its reports counted", seed).isGreaterThan(30);
        }
    }

    /** One transaction of random changes; what it did. */
    private String step(Random random, Reports reports) {
        int kind = random.nextInt(10);
        if (kind < 6 || reports.recorded.isEmpty()) {
            return batchOfEvents(random, reports);
        }
        UUID id = reports.anyRecorded(random);
        return switch (kind) {
            case 6 -> inSql("repeat flag set later", "update report_fact set repeat_victim = not repeat_victim where report_id = ?", id);
            case 7 -> inSql("received in another month", "update report_fact set received_at = ? where report_id = ?",
                    RECEIVED.get(random.nextInt(RECEIVED.size())), id);
            case 8 -> {
                if (random.nextBoolean()) {
                    reports.recorded.remove(id);
                    yield inSql("deleted", "delete from report_fact where report_id = ?", id);
                }
                yield inSql("odd codes", "update report_fact set strands = ?, incident_types = ?, reporter_role = null where report_id = ?",
                        new String[] {"RACE", "RACE"}, new String[0], id);
            }
            default -> inSql("many rows in one statement", """
                    update report_fact set statistics_consent = not statistics_consent,
                           district = case when district = 'WATFORD' then 'STEVENAGE' else 'WATFORD' end
                     where report_id = any(?::uuid[])""", (Object) reports.recorded.stream().map(UUID::toString).toArray(String[]::new));
        };
    }

    /** One to four events applied through the projection in one transaction, as the inbox applies a batch. */
    private String batchOfEvents(Random random, Reports reports) {
        List<String> done = new ArrayList<>();
        QuarkusTransaction.requiringNew().run(() -> {
            for (int n = 1 + random.nextInt(4); n > 0; n--) {
                UUID id = reports.any(random);
                if (!reports.recorded.contains(id) && random.nextInt(4) > 0) {
                    facts.record(submitted(random, id));
                    reports.recorded.add(id);
                    done.add("submitted");
                    continue;
                }
                switch (random.nextInt(6)) {
                    case 0 -> {
                        facts.triaged(new ReportChanges.Triaged(id, strands(random), pick(random, DISTRICTS), "CRIME"));
                        done.add("triaged");
                    }
                    case 1 -> {
                        boolean statistics = random.nextBoolean();
                        facts.consentChanged(new ReportChanges.ConsentChanged(id, new ReportSubmitted.Consents(statistics)));
                        done.add("statistics consent " + (statistics ? "given" : "withdrawn"));
                    }
                    case 2 -> {
                        facts.withdrawn(new ReportChanges.Withdrawn(id, OffsetDateTime.parse("2007-06-01T10:00:00Z")));
                        done.add("withdrawn");
                    }
                    case 3 -> {
                        facts.duplicateLinked(new ReportChanges.DuplicateLinked(id, reports.any(random)));
                        done.add("linked as a duplicate");
                    }
                    case 4 -> {
                        facts.subjectErased(new ReportChanges.SubjectErased(UUID.randomUUID(), id, OffsetDateTime.parse("2007-07-01T10:00:00Z")));
                        done.add(reports.recorded.contains(id) ? "erased" : "erased before it arrived");
                    }
                    default -> {
                        facts.triaged(new ReportChanges.Triaged(id, List.of(), pick(random, DISTRICTS), "NOT_YET_KNOWN"));
                        done.add("triaged to no strand");
                    }
                }
            }
        });
        return String.join(", ", done);
    }

    private String inSql(String what, String statement, Object... parameters) {
        QuarkusTransaction.requiringNew().run(() -> sql.update(statement, parameters));
        return what;
    }

    private static ReportSubmitted submitted(Random random, UUID id) {
        OffsetDateTime received = RECEIVED.get(random.nextInt(RECEIVED.size()));
        List<String> incidentTypes = new ArrayList<>();
        for (String type : INCIDENT_TYPES) {
            if (random.nextInt(3) == 0) {
                incidentTypes.add(type);
            }
        }
        return new ReportSubmitted(id, pick(random, CHANNELS), pick(random, ROLES), strands(random), incidentTypes, "CRIME",
                pick(random, DISTRICTS), received.minusDays(1), received, new ReportSubmitted.Consents(random.nextInt(5) > 0),
                random.nextInt(4) == 0 ? 1 : 0);
    }

    private static List<String> strands(Random random) {
        List<String> strands = new ArrayList<>(STRANDS);
        java.util.Collections.shuffle(strands, random);
        return List.copyOf(strands.subList(0, 1 + random.nextInt(3)));
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** Every kept count equals counting report_fact, in one snapshot (other tests' consumers may be writing). */
    private void assertKeptCountsEqualCounting(String after) {
        inOneSnapshot(() -> {
            Map<String, Long> counted = scanning.monthlyCounts();
            assertThat(scanning.kept()).as("report_month_count after %s", after).isEqualTo(counted);
            return null;
        });
    }

    /** The summary and the published table read from the counts equal the scans they replaced. */
    private void assertFiguresEqualScanning(String after) {
        inOneSnapshot(() -> {
            for (YearMonth[] range : RANGES) {
                assertThat(counts.figures(range[0], range[1])).as("the summary of %s..%s after %s", range[0], range[1], after)
                        .isEqualTo(scanning.summary(range[0], range[1]));
            }
            for (YearMonth[] range : List.of(new YearMonth[] {YearMonth.of(2007, 1), YearMonth.of(2007, 3)},
                    new YearMonth[] {YearMonth.of(2007, 4), YearMonth.of(2007, 4)})) {
                assertThat(withoutZeros(monthly.byDistrictAndStrand(range[0], range[1]))).as("the table of %s..%s after %s", range[0], range[1], after)
                        .isEqualTo(scanning.byDistrictAndStrand(range[0], range[1]));
            }
            return null;
        });
    }

    /** A count that fell to nothing is the same as none. */
    private static Map<String, Map<String, Long>> withoutZeros(Map<String, Map<String, Long>> counts) {
        Map<String, Map<String, Long>> kept = new java.util.TreeMap<>();
        counts.forEach((district, byStrand) -> byStrand.forEach((strand, count) -> {
            if (count != 0) {
                kept.computeIfAbsent(district, d -> new java.util.TreeMap<>()).put(strand, count);
            }
        }));
        return kept;
    }

    private <T> T inOneSnapshot(Supplier<T> reads) {
        return QuarkusTransaction.requiringNew().call(() -> {
            sql.update("set transaction isolation level repeatable read");
            return reads.get();
        });
    }

    @Test
    void theRuleIsTheDatabasesOneFunctionAndCountsOnlyAReportThatIsNoDuplicateNotWithdrawnNotErasedAndConsented() {
        OffsetDateTime when = OffsetDateTime.parse("2007-08-01T00:00:00Z");
        for (int combination = 0; combination < 16; combination++) {
            boolean duplicate = (combination & 1) != 0;
            boolean withdrawn = (combination & 2) != 0;
            boolean erased = (combination & 4) != 0;
            boolean consented = (combination & 8) != 0;
            long counted = QuarkusTransaction.requiringNew().call(() -> sql.number("""
                    select count(*) from (values (?::uuid, ?::timestamptz, ?::timestamptz, ?::boolean))
                                         report_fact (duplicate_of, withdrawn_at, erased_at, statistics_consent)
                     where\s""" + CountingRule.COUNTED, duplicate ? UUID.randomUUID() : null, withdrawn ? when : null, erased ? when : null,
                    consented));
            assertThat(counted == 1).as("duplicate %s, withdrawn %s, erased %s, consented %s", duplicate, withdrawn, erased, consented)
                    .isEqualTo(!duplicate && !withdrawn && !erased && consented);
        }
    }

    @Test
    void theServiceReadsTheCountsAndTheirZoneButOnlyTheTriggersWriteThem() {
        assertThat(QuarkusTransaction.requiringNew().call(() -> sql.first("select zone from report_month_zone", row -> row.getString(1))))
                .contains("Europe/London");
        Map<String, String> writes = Map.of(
                "update report_month_count set reports = reports + 1", "report_month_count",
                "insert into report_month_count (month, dimension, key, reports) values ('2007-09-01', 'total', '', 1)", "report_month_count",
                "delete from report_month_count", "report_month_count",
                "update report_month_zone set zone = 'UTC'", "report_month_zone");
        writes.forEach((write, table) -> assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> sql.update(write))).as(write)
                .rootCause().hasMessageContaining("permission denied for table " + table));
    }

    @Test
    void theServiceRefusesToStartWhenItsZoneIsNotTheOneTheCountsAreKeptIn() {
        MonthlyCountsZone.check("Europe/London", ZoneId.of("Europe/London"));
        assertThatThrownBy(() -> MonthlyCountsZone.check("Europe/London", ZoneId.of("Europe/Dublin")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Europe/Dublin").hasMessageContaining("report_month_count_rezone('Europe/Dublin')");
    }

    @Test
    void aTruncateOfTheReportsEmptiesTheCountsToo() throws SQLException {
        try (Connection owner = SharedInfrastructure.ownerConnection(); Statement statement = owner.createStatement()) {
            owner.setAutoCommit(false);
            statement.execute("insert into report_fact (report_id, channel, district, strands, statistics_consent, occurred_at, received_at) "
                    + "values (gen_random_uuid(), 'PHONE', 'WATFORD', '{RACE}', true, '2007-09-01', '2007-09-02')");
            assertThat(count(statement, "select count(*) from report_month_count")).isPositive();
            statement.execute("truncate report_fact");
            assertThat(count(statement, "select count(*) from report_month_count")).isZero();
            owner.rollback();
        }
    }

    /**
     * Two consumers' batches, each changing a report of June and one of July but in opposite orders,
     * interleaved so that each has taken its first month's counts before the other's second change:
     * with count rows locked as each statement comes, they would deadlock; one transaction at a time
     * changing counts, the second waits for the first and both commit.
     */
    @Test
    void twoBatchesChangingCountsOfTheSameMonthsInOppositeOrdersBothCommit() throws Exception {
        UUID juneA = insertCounted("2007-06-10T12:00:00Z");
        UUID julyB = insertCounted("2007-07-10T12:00:00Z");
        UUID julyC = insertCounted("2007-07-11T12:00:00Z");
        UUID juneD = insertCounted("2007-06-11T12:00:00Z");
        CountDownLatch firstChanged = new CountDownLatch(1);
        CountDownLatch secondChanged = new CountDownLatch(1);

        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> batch(juneA, julyB, () -> {
            firstChanged.countDown();
            await(secondChanged);
        }));
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> {
            await(firstChanged);
            batch(julyC, juneD, secondChanged::countDown);
        });

        CompletableFuture.allOf(first, second).get(60, TimeUnit.SECONDS);
        assertKeptCountsEqualCounting("two batches at once");
    }

    private UUID insertCounted(String received) {
        UUID id = UUID.randomUUID();
        used.add(id);
        QuarkusTransaction.requiringNew().run(() -> sql.update("""
                insert into report_fact (report_id, channel, district, strands, statistics_consent, occurred_at, received_at)
                values (?, 'PHONE', 'DACORUM', '{DISABILITY}', true, ?::timestamptz - interval '1 day', ?::timestamptz)""",
                id, received, received));
        return id;
    }

    /** Takes a report out of the counts, then (after {@code between}) another, in one transaction as the runtime role. */
    private static void batch(UUID firstReport, UUID secondReport, Runnable between) {
        try (Connection runtime = SharedInfrastructure.runtimeConnection();
                PreparedStatement withdraw = runtime.prepareStatement("update report_fact set withdrawn_at = now() where report_id = ?")) {
            runtime.setAutoCommit(false);
            withdraw.setObject(1, firstReport);
            withdraw.executeUpdate();
            between.run();
            withdraw.setObject(1, secondReport);
            withdraw.executeUpdate();
            runtime.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** Waits for the other batch, but not for ever: with one transaction at a time it cannot get there before this one commits. */
    private static void await(CountDownLatch latch) {
        try {
            latch.await(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static long count(Statement statement, String query) throws SQLException {
        try (var rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
