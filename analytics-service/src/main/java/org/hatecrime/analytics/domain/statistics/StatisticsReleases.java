package org.hatecrime.analytics.domain.statistics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
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
     * linked to, every public release of its quarter and of the quarter's months
     * ({@link LinkedDisclosureControl}). Called with the releases locked, so none is published meanwhile.
     */
    private PublishedTable table(Period period, int threshold) {
        List<String> districts = config.statistics().districts();
        List<String> strands = config.statistics().strands();
        Period quarter = period.quarter();
        List<Period> months = quarter.months();
        long[][][] byMonth = new long[months.size()][][];
        for (int m = 0; m < months.size(); m++) {
            YearMonth month = YearMonth.from(months.get(m).start());
            byMonth[m] = counts(month, month);
        }
        QuarterCounts counts = new QuarterCounts(byMonth);
        int part = part(period.code(), months);
        boolean[][] withheld = LinkedDisclosureControl.withheld(counts, part, linkedReleases(quarter, months), threshold);
        return PublishedTable.of(districts, strands, counts.table(part), withheld);
    }

    /** Every public release of the quarter and of its months, every version, oldest first. */
    private List<LinkedDisclosureControl.LinkedRelease> linkedReleases(Period quarter, List<Period> months) {
        List<String> districts = config.statistics().districts();
        List<String> strands = config.statistics().strands();
        return sql.list("select body from statistics_release where period in (?, ?, ?, ?) order by version",
                        row -> read(row.getString(1)), quarter.code(), months.get(0).code(), months.get(1).code(), months.get(2).code())
                .stream()
                .map(release -> new LinkedDisclosureControl.LinkedRelease(part(release.period(), months),
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

    /**
     * The table a release of the months from {@code first} to {@code last} (both included) would
     * publish, with the table's own disclosure control (not the linked releases', ADR 0027), without
     * publishing it (the board's report shows its totals). From the monthly counts (ADR 0024).
     */
    @Transactional
    public PublishedTable table(YearMonth first, YearMonth last, int threshold) {
        return PublishedTable.of(config.statistics().districts(), config.statistics().strands(), counts(first, last), threshold);
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
