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
 * ended, small counts withheld ({@link DisclosureControl}), stored once and never changed.
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

    private PublishedTable table(Period period, int threshold) {
        return table(YearMonth.from(period.start()), YearMonth.from(period.end()), threshold);
    }

    /**
     * The table a release of the months from {@code first} to {@code last} (both included) would
     * publish, with the same disclosure control, without publishing it (the board's report shows its
     * totals). From the monthly counts (ADR 0024).
     */
    @Transactional
    public PublishedTable table(YearMonth first, YearMonth last, int threshold) {
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
        return PublishedTable.of(districts, strands, counts, threshold);
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
