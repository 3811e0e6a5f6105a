package org.hatecrime.reporting.domain.duplicates;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hatecrime.kit.db.Sql;
import org.hatecrime.reporting.config.IntakeConfig;
import org.hatecrime.reporting.domain.report.Report;

/**
 * Links a new report to earlier reports by the same (pseudonymous) victim. Within the agency that
 * took it, reports of the same victim, district and strand within the duplicate window are flagged
 * as possible duplicates for triage, and earlier reports are counted. Across agencies nothing is
 * shown to either agency: each match goes to the partnership coordinator's queue as a
 * {@link CrossAgencyMatch}, and only a confirmed match joins the two.
 */
@ApplicationScoped
public class DuplicateFinder {

    static final String POSSIBLE_DUPLICATE = "POSSIBLE_DUPLICATE";
    static final String CONFIRMED_DUPLICATE = "CONFIRMED_DUPLICATE";

    private static final Sql.RowMapper<UUID> ID = row -> row.getObject(1, UUID.class);

    private final Sql sql;
    private final IntakeConfig config;
    private final CrossAgencyMatches matches;
    private final Clock clock;

    DuplicateFinder(Sql sql, IntakeConfig config, CrossAgencyMatches matches, Clock clock) {
        this.sql = sql;
        this.config = config;
        this.matches = matches;
        this.clock = clock;
    }

    /**
     * What intake learnt of the victim's earlier reports: what the agency that took the report may
     * see, and the platform-wide count of earlier reports, which only the analytics event carries.
     */
    public record Findings(long earlierOwnReports, List<UUID> possibleDuplicates, long earlierReportsOnPlatform) {
        static final Findings NONE = new Findings(0, List.of(), 0);
    }

    /** Records the report's victim keys and links it to earlier reports. The report must be stored. */
    public Findings link(Report report, List<String> victimKeys) {
        if (victimKeys.isEmpty()) {
            return Findings.NONE;
        }
        String[] keys = victimKeys.toArray(String[]::new);
        sql.update("insert into report_victim_key (report_id, victim_key) select ?, unnest(?) on conflict do nothing", report.id(), keys);
        record Counts(long own, long all) {
        }
        Counts earlier = sql.first("""
                select count(distinct r.id) filter (where r.agency = ?), count(distinct r.id)
                  from report_victim_key k join report r on r.id = k.report_id
                 where k.victim_key = any(?) and k.report_id <> ?""",
                row -> new Counts(row.getLong(1), row.getLong(2)), report.agency(), keys, report.id()).orElseThrow();
        record Match(UUID id, String agency, boolean sameIncident) {
        }
        // the agency's own possible duplicates, and every report of the same victim at another agency
        List<Match> found = sql.list("""
                select id, agency, same_incident from (
                  select r.id, r.agency, r.received_at,
                         r.district = ? and r.occurred_at <= ? and coalesce(r.occurred_until, r.occurred_at) >= ?
                         and exists (select 1 from report_strand s where s.report_id = r.id and s.strand = any(?)) as same_incident
                    from report r
                   where r.id <> ? and r.id in (select k.report_id from report_victim_key k where k.victim_key = any(?))) candidate
                 where agency <> ? or same_incident
                 order by received_at desc limit ?""",
                row -> new Match(row.getObject(1, UUID.class), row.getString(2), row.getBoolean(3)),
                report.district(), Timestamp.from(report.occurredEnd().plus(config.duplicateWindow()).toInstant()),
                Timestamp.from(report.occurredAt().minus(config.duplicateWindow()).toInstant()),
                report.strands().stream().map(Enum::name).toArray(String[]::new), report.id(), keys, report.agency(),
                config.maxMatchesPerReport());
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<UUID> duplicates = new ArrayList<>();
        for (Match match : found) {
            if (match.agency().equals(report.agency())) {
                duplicates.add(match.id());
                link(report.id(), match.id(), POSSIBLE_DUPLICATE);
                link(match.id(), report.id(), POSSIBLE_DUPLICATE);
            } else {
                matches.raise(report.id(), match.id(), match.sameIncident() ? MatchKind.SAME_INCIDENT : MatchKind.SAME_VICTIM, now);
            }
        }
        return new Findings(earlier.own(), duplicates.stream().sorted().toList(), earlier.all());
    }

    /** Reports the agency may know of as possibly about the same incident: its own flagged ones, and confirmed matches. */
    public List<UUID> possibleDuplicatesOf(UUID reportId) {
        return sql.list("select other_id from report_link where report_id = ? and kind in (?, ?) order by other_id", ID, reportId,
                POSSIBLE_DUPLICATE, CONFIRMED_DUPLICATE);
    }

    /** A coordinator confirmed that two reports of different agencies are about the same incident. */
    void confirmDuplicate(UUID reportId, UUID otherId) {
        link(reportId, otherId, CONFIRMED_DUPLICATE);
        link(otherId, reportId, CONFIRMED_DUPLICATE);
    }

    /**
     * The data subject of the same victim's earlier reports at this agency, if any and not erased.
     * A report never joins another agency's data subject on a key match alone: a stranger who knows
     * someone's phone number could otherwise attach a report to them, and erase their data with it.
     */
    public Optional<UUID> subjectOf(List<String> victimKeys, String agency) {
        if (victimKeys.isEmpty()) {
            return Optional.empty();
        }
        return sql.first("""
                select r.subject_id from report_victim_key k
                  join report r on r.id = k.report_id
                  join subject_key s on s.subject_id = r.subject_id
                 where k.victim_key = any(?) and r.agency = ? and s.wrapped_key is not null
                 order by r.received_at limit 1""", ID, victimKeys.toArray(String[]::new), agency);
    }

    /** The victim key events carry for a report with these keys, or null when it has none (e.g. anonymous). */
    public static String victimKeyOf(List<String> victimKeys) {
        return victimKeys.stream().sorted().findFirst().orElse(null);
    }

    /** The victim key events carry for this report, or null for anonymous reports. */
    public String victimKeyOf(UUID reportId) {
        return sql.first("select victim_key from report_victim_key where report_id = ? order by victim_key limit 1",
                row -> row.getString(1), reportId).orElse(null);
    }

    /** How many earlier reports the same victim made to the same agency. */
    public long earlierOwnReportsOf(Report report) {
        return sql.number("""
                select count(distinct other.report_id) from report_victim_key mine
                  join report_victim_key other on other.victim_key = mine.victim_key
                  join report r on r.id = other.report_id
                 where mine.report_id = ? and other.report_id <> ? and r.agency = ? and r.received_at < ?""",
                report.id(), report.id(), report.agency(), Timestamp.from(report.receivedAt().toInstant()));
    }

    /** Is {@code other} one the agency may link {@code reportId} to as a duplicate: flagged or confirmed? */
    public boolean isLinkable(UUID reportId, UUID other) {
        return possibleDuplicatesOf(reportId).contains(other);
    }

    private void link(UUID reportId, UUID otherId, String kind) {
        sql.update("insert into report_link (report_id, other_id, kind) values (?, ?, ?) on conflict do nothing", reportId, otherId, kind);
    }
}
