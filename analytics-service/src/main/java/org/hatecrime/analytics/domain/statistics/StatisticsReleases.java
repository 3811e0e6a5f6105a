package org.hatecrime.analytics.domain.statistics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hatecrime.analytics.config.AnalyticsConfig;
import org.hatecrime.analytics.domain.MonthlyCounts;
import org.hatecrime.kit.audit.AuditEntry;
import org.hatecrime.kit.audit.AuditLog;
import org.hatecrime.kit.db.Sql;
import org.hatecrime.kit.domain.DomainException;

/**
 * Publishes statistics: counted reports by district and strand for a month or quarter that has
 * ended, small counts withheld ({@link DisclosureControl}) in the table and together with the
 * releases of its quarter and months ({@link LinkedDisclosureControl}), stored once and never changed.
 */
@ApplicationScoped
public class StatisticsReleases {

    private final Sql sql;
    private final MonthlyCounts monthlyCounts;
    private final AnalyticsConfig config;
    private final ObjectMapper json;
    private final Clock clock;
    private final AuditLog audit;

    StatisticsReleases(Sql sql, MonthlyCounts monthlyCounts, AnalyticsConfig config, ObjectMapper json, Clock clock, AuditLog audit) {
        this.sql = sql;
        this.monthlyCounts = monthlyCounts;
        this.config = config;
        this.json = json;
        this.clock = clock;
        this.audit = audit;
    }

    /**
     * Publishes the period; publishing a period again is a revision and must say what changed.
     * Releases are numbered one after another, so publications wait for each other here.
     */
    @Transactional
    public Release publish(String periodCode, String changeNote, String actor, String agency) {
        Period period = Period.parse("period", periodCode);
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        if (period.endExclusive().atStartOfDay(config.zone()).toOffsetDateTime().isAfter(now)) {
            throw new DomainException.RuleBroken("The period " + period.code() + " has not ended yet: only complete periods are published");
        }
        sql.update("lock table statistics_release in exclusive mode");
        Optional<Integer> previous = sql.first("select max(version) from statistics_release where period = ?",
                row -> (Integer) row.getObject(1), period.code());
        boolean revision = previous.isPresent() && previous.get() != null;
        if (revision && (changeNote == null || changeNote.isBlank())) {
            throw new DomainException.InvalidValue("changeNote", "a period published before needs a note saying what changed and why");
        }
        int version = (int) sql.number("select coalesce(max(version), 0) + 1 from statistics_release");
        int threshold = config.statistics().threshold();
        Release release = new Release(version, period.code(), period.start(), period.end(), now, agency,
                revision ? previous.get() : null, blankToNull(changeNote), threshold, table(period, threshold));
        sql.update("""
                insert into statistics_release (version, period, period_start, period_end, published_at, published_by, revises,
                                                change_note, threshold, body)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as json))""",
                version, period.code(), period.start(), period.end(), now, agency, release.revises(), release.changeNote(), threshold,
                write(release));
        audit.record(actor, agency, new AuditEntry("statistics.publish", "statistics-release", Integer.toString(version),
                "published statistics for " + period.code()));
        return release;
    }

    /** Every release, newest first: the changelog. */
    @Transactional
    public List<Release.Entry> changelog() {
        return sql.list("select body from statistics_release order by version desc", row -> read(row.getString(1)).entry());
    }

    @Transactional
    public Release get(int version) {
        return sql.first("select body from statistics_release where version = ?", row -> read(row.getString(1)), version)
                .orElseThrow(() -> new DomainException.NotFound("Statistics release " + version));
    }

    public DataDictionary dictionary() {
        return DataDictionary.of(config.statistics().threshold(), config.statistics().districts(), config.statistics().strands());
    }

    /** The release's table as CSV. */
    public String csv(Release release) {
        return release.table().csv(config.statistics().strands());
    }

    /**
     * The table to publish for the period: its own disclosure control and that of the releases it is
     * linked to, every public release of its quarter and of the quarter's months and every board
     * paper of the quarter ({@link LinkedDisclosureControl}). Called with the releases locked, so
     * none is published meanwhile.
     */
    private PublishedTable table(Period period, int threshold) {
        Period quarter = period.quarter();
        QuarterCounts counts = quarterCounts(quarter);
        int part = part(period.code(), quarter.months());
        boolean[][] withheld = LinkedDisclosureControl.withheld(counts, part, linked(quarter), threshold);
        return PublishedTable.of(config.statistics().districts(), config.statistics().strands(), counts.table(part), withheld);
    }

    /**
     * The quarter's strand totals over all districts as the partnership board's report may show
     * them beside the public releases: null where, read with every release of the quarter and its
     * months and every earlier board paper of the quarter, a figure would give a count away
     * ({@link LinkedDisclosureControl#strandTotalsWithheld}). Which totals were shown is recorded,
     * so that releases published later are protected together with the board paper (ADR 0030).
     * Waits for publications, as they wait for each other.
     */
    @Transactional
    public Map<String, Long> strandTotalsForTheBoard(Period quarter) {
        sql.update("lock table statistics_release in exclusive mode");
        List<String> strands = config.statistics().strands();
        QuarterCounts counts = quarterCounts(quarter);
        boolean[] withheldTotals = LinkedDisclosureControl.strandTotalsWithheld(counts, linked(quarter), config.statistics().threshold());
        long[] totals = counts.table(QuarterCounts.QUARTER)[counts.districts()];
        Map<String, Long> shown = new LinkedHashMap<>();
        for (int c = 0; c < strands.size(); c++) {
            shown.put(strands.get(c), withheldTotals[c] ? null : totals[c]);
        }
        String[] strandsShown = shown.entrySet().stream().filter(e -> e.getValue() != null).map(Map.Entry::getKey).sorted()
                .toArray(String[]::new);
        sql.update("""
                insert into board_disclosure (period, strands_shown, first_shown_at) values (?, ?, ?)
                on conflict (period, strands_shown) do nothing""",
                quarter.code(), strandsShown, OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS));
        return shown;
    }

    /** The counts of the quarter by month, district and strand. */
    private QuarterCounts quarterCounts(Period quarter) {
        List<Period> months = quarter.months();
        long[][][] byMonth = new long[months.size()][][];
        for (int m = 0; m < months.size(); m++) {
            YearMonth month = YearMonth.from(months.get(m).start());
            byMonth[m] = counts(month, month);
        }
        return new QuarterCounts(byMonth);
    }

    /** What a reader may hold of the quarter's figures: its public releases and its months', then the board papers. */
    private List<LinkedDisclosureControl.LinkedRelease> linked(Period quarter) {
        List<LinkedDisclosureControl.LinkedRelease> linked = new ArrayList<>(linkedReleases(quarter, quarter.months()));
        linked.addAll(boardPapers(quarter));
        return linked;
    }

    /** Each distinct set of the quarter's strand totals a board paper showed, as a table withholding everything else. */
    private List<LinkedDisclosureControl.LinkedRelease> boardPapers(Period quarter) {
        List<String> districts = config.statistics().districts();
        List<String> strands = config.statistics().strands();
        return sql.list("select strands_shown from board_disclosure where period = ? order by first_shown_at", row -> {
            List<String> shown = List.of((String[]) row.getArray(1).getArray());
            boolean[][] withheld = new boolean[districts.size() + 1][strands.size() + 1];
            for (boolean[] line : withheld) {
                Arrays.fill(line, true);
            }
            for (int c = 0; c < strands.size(); c++) {
                withheld[districts.size()][c] = !shown.contains(strands.get(c));
            }
            return LinkedDisclosureControl.LinkedRelease.boardPaper(QuarterCounts.QUARTER, withheld);
        }, quarter.code());
    }

    /** Every public release of the quarter and of its months, every version, oldest first. */
    private List<LinkedDisclosureControl.LinkedRelease> linkedReleases(Period quarter, List<Period> months) {
        List<String> districts = config.statistics().districts();
        List<String> strands = config.statistics().strands();
        return sql.list("select body from statistics_release where period in (?, ?, ?, ?) order by version",
                        row -> read(row.getString(1)), quarter.code(), months.get(0).code(), months.get(1).code(), months.get(2).code())
                .stream()
                .map(release -> LinkedDisclosureControl.LinkedRelease.publicRelease(part(release.period(), months),
                        release.table().withheld(districts, strands)))
                .toList();
    }

    /** Which part of the quarter a period is: one of its months, or the whole quarter. */
    private static int part(String periodCode, List<Period> months) {
        for (int m = 0; m < months.size(); m++) {
            if (months.get(m).code().equals(periodCode)) {
                return m;
            }
        }
        return QuarterCounts.QUARTER;
    }

    /** Counted reports by district and strand ({@code [district][strand]}) received in the months from {@code first} to {@code last}. */
    private long[][] counts(YearMonth first, YearMonth last) {
        List<String> districts = config.statistics().districts();
        List<String> strands = config.statistics().strands();
        long[][] counts = new long[districts.size()][strands.size()];
        monthlyCounts.byDistrictAndStrand(first, last).forEach((district, byStrand) -> byStrand.forEach((strand, count) -> {
            int r = districts.indexOf(district);
            int c = strands.indexOf(strand);
            if (r >= 0 && c >= 0) {
                counts[r][c] = count;
            }
        }));
        return counts;
    }

    private String write(Release release) {
        try {
            return json.writeValueAsString(release);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write the release", e);
        }
    }

    private Release read(String body) {
        try {
            return json.readValue(body, Release.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not read a stored release", e);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
