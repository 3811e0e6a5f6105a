package org.hatecrime.analytics.domain.board;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hatecrime.analytics.config.AnalyticsConfig;
import org.hatecrime.analytics.domain.ReportCounts;
import org.hatecrime.analytics.domain.justice.JusticeMeasures;
import org.hatecrime.analytics.domain.prevention.PreventionActivity;
import org.hatecrime.analytics.domain.prevention.PreventionLog;
import org.hatecrime.analytics.domain.statistics.Period;
import org.hatecrime.analytics.domain.statistics.StatisticsReleases;
import org.hatecrime.analytics.domain.threats.EmergingThreats;
import org.hatecrime.analytics.domain.victimcare.VictimCareMeasures;
import org.hatecrime.kit.audit.AuditEntry;
import org.hatecrime.kit.audit.AuditLog;
import org.hatecrime.kit.domain.DomainException;

/**
 * Builds the partnership board's quarterly report from the read models every other figure comes
 * from, and withholds what the published statistics would ({@link Disclosure}; the strand totals
 * together with the releases of the same quarter, ADR 0030). Partnership-wide
 * figures, as in the summary; the prevention log is the caller's agency's own.
 */
@ApplicationScoped
public class BoardReports {

    private static final List<String> SATISFACTION_SCORES = List.of("1", "2", "3", "4", "5");

    private final ReportCounts reports;
    private final VictimCareMeasures victimCare;
    private final JusticeMeasures justice;
    private final StatisticsReleases statistics;
    private final EmergingThreats threats;
    private final PreventionLog prevention;
    private final AnalyticsConfig config;
    private final AuditLog audit;
    private final Clock clock;

    BoardReports(ReportCounts reports, VictimCareMeasures victimCare, JusticeMeasures justice, StatisticsReleases statistics,
            EmergingThreats threats, PreventionLog prevention, AnalyticsConfig config, AuditLog audit, Clock clock) {
        this.reports = reports;
        this.victimCare = victimCare;
        this.justice = justice;
        this.statistics = statistics;
        this.threats = threats;
        this.prevention = prevention;
        this.config = config;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The figures of one quarter, before disclosure control except the strand totals, withheld with
     * the public releases they are linked to ({@link StatisticsReleases#strandTotalsForTheBoard}).
     */
    private record QuarterFigures(ReportCounts.Summary reports, Map<String, Long> strandTotals, VictimCareMeasures.Measures victimCare,
            JusticeMeasures.Measures justice) {
    }

    /**
     * The report on the quarter written {@code YYYY-Qn}, once it has ended; otherwise a 400 naming
     * {@code quarter}. Board papers are shared: figures to date, read against a paper of the same
     * quarter from another day, would tell the reports in between (ADR 0030).
     */
    @Transactional
    public BoardReport report(String actor, String agency, String quarterCode) {
        Quarter quarter = Quarter.parse("quarter", quarterCode);
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        LocalDate today = now.atZoneSameInstant(config.zone()).toLocalDate();
        Quarter latest = Quarter.of(today).previous();
        if (quarter.isAfter(latest)) {
            throw new DomainException.InvalidValue("quarter", "has not ended yet: the latest quarter to report on is " + latest);
        }
        Disclosure disclosure = new Disclosure(config.statistics().threshold());
        List<Quarter> compared = List.of(quarter, quarter.previous(), quarter.yearBefore());
        List<QuarterFigures> figures = compared.stream().map(this::figures).toList();
        // audited after the figures: they wait for publications, and a publication's audit row may share this row's chain
        audit.record(actor, agency, new AuditEntry("analytics.board-report", "statistics", "board-report",
                "partnership board report " + quarter));
        return new BoardReport(quarter.code(), quarter.label(), quarter.start(), quarter.endExclusive().minusDays(1),
                quarter.previous().code(), quarter.yearBefore().code(), now,
                disclosure.threshold(), reporting(quarter, figures, disclosure), victimCare(figures, disclosure),
                justice(figures, disclosure), threats(quarter, disclosure), prevention(agency, quarter, disclosure));
    }

    private QuarterFigures figures(Quarter quarter) {
        return new QuarterFigures(reports.figures(quarter.firstMonth(), quarter.lastMonth()),
                statistics.strandTotalsForTheBoard(Period.parse("quarter", quarter.code())),
                victimCare.figures(quarter.firstMonth(), quarter.lastMonth()), justice.figures(quarter.firstMonth(), quarter.lastMonth()));
    }

    private BoardReport.Reporting reporting(Quarter quarter, List<QuarterFigures> figures, Disclosure disclosure) {
        Map<String, BoardReport.Counts> byStrand = new LinkedHashMap<>();
        for (String strand : config.statistics().strands()) {
            byStrand.put(strand, counts(figures, f -> f.strandTotals().get(strand)));
        }
        List<Map<String, Long>> districts = figures.stream()
                .map(f -> disclosure.breakdown(f.reports().byDistrict(), config.statistics().districts())).toList();
        Map<String, BoardReport.Counts> byDistrict = new LinkedHashMap<>();
        for (String district : districts.get(0).keySet()) {
            byDistrict.put(district, new BoardReport.Counts(districts.get(0).get(district), districts.get(1).get(district),
                    districts.get(2).get(district)));
        }
        return new BoardReport.Reporting(counts(figures, f -> disclosure.count(f.reports().totalReports())), byStrand, byDistrict,
                values(figures, f -> disclosure.share(f.reports().thirdPartyShare(), f.reports().totalReports())),
                values(figures, f -> disclosure.share(f.reports().repeatVictimisationRate(), f.reports().totalReports())),
                months(quarter, disclosure));
    }

    /** Counted reports month by month over the trend's quarters, each quarter's months withheld against its total. */
    private List<BoardReport.Month> months(Quarter last, Disclosure disclosure) {
        Quarter first = last;
        for (int i = 1; i < config.boardReport().trendQuarters(); i++) {
            first = first.previous();
        }
        Map<String, Long> counted = reports.figures(first.firstMonth(), last.lastMonth()).byMonth();
        List<BoardReport.Month> months = new ArrayList<>();
        for (Quarter quarter = first; !quarter.isAfter(last); quarter = next(quarter)) {
            List<String> names = new ArrayList<>();
            for (YearMonth month = quarter.firstMonth(); !month.isAfter(quarter.lastMonth()); month = month.plusMonths(1)) {
                names.add(month.toString());
            }
            Map<String, Long> shown = disclosure.breakdown(names.stream().collect(Collectors.toMap(name -> name,
                    name -> counted.getOrDefault(name, 0L))), names);
            names.forEach(name -> months.add(new BoardReport.Month(name, shown.get(name))));
        }
        return months;
    }

    private static Quarter next(Quarter quarter) {
        return quarter.number() == 4 ? new Quarter(quarter.year() + 1, 1) : new Quarter(quarter.year(), quarter.number() + 1);
    }

    private BoardReport.VictimCare victimCare(List<QuarterFigures> figures, Disclosure disclosure) {
        Map<String, BoardReport.Values> compliance = new LinkedHashMap<>();
        for (String right : figures.get(0).victimCare().complianceByRight().keySet()) {
            compliance.put(right, values(figures, f -> disclosure.share(f.victimCare().complianceByRight().getOrDefault(right, 1.0),
                    f.victimCare().referrals())));
        }
        return new BoardReport.VictimCare(
                counts(figures, f -> disclosure.count(f.victimCare().referrals())),
                values(figures, f -> disclosure.share(f.victimCare().uptake(), f.victimCare().referrals())),
                values(figures, f -> disclosure.share(f.victimCare().acceptanceRate(), f.victimCare().decided())),
                compliance,
                counts(figures, f -> disclosure.count(f.victimCare().wellbeingChange().closed())),
                values(figures, f -> disclosure.of(f.victimCare().wellbeingChange().mean(), f.victimCare().wellbeingChange().closed())),
                breakdowns(figures, f -> f.victimCare().satisfaction(), SATISFACTION_SCORES, disclosure));
    }

    private BoardReport.Justice justice(List<QuarterFigures> figures, Disclosure disclosure) {
        List<String> strands = config.statistics().strands();
        Map<String, BoardReport.Values> chargeRate = new LinkedHashMap<>();
        Map<String, BoardReport.Values> daysToCharge = new LinkedHashMap<>();
        for (String strand : strands) {
            chargeRate.put(strand, values(figures, f -> {
                JusticeMeasures.StrandFigures s = f.justice().byStrand().get(strand);
                return s == null ? null : disclosure.share(s.chargeRate(), s.cases());
            }));
            daysToCharge.put(strand, values(figures, f -> {
                JusticeMeasures.StrandFigures s = f.justice().byStrand().get(strand);
                return s == null ? null : disclosure.of(s.daysToChargeMedian(), s.charged());
            }));
        }
        List<String> codes = figures.stream().flatMap(f -> f.justice().outcomeMix().keySet().stream()).distinct().sorted(
                (a, b) -> a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b)).toList();
        return new BoardReport.Justice(
                counts(figures, f -> disclosure.count(f.justice().cases())),
                counts(figures, f -> disclosure.count(f.justice().closed())),
                breakdowns(figures, f -> f.justice().outcomeMix(), codes, disclosure), chargeRate, daysToCharge);
    }

    private List<BoardReport.Threat> threats(Quarter quarter, Disclosure disclosure) {
        return threats.raisedForWeeks(quarter.start(), quarter.endExclusive().minusDays(1)).stream()
                .map(alert -> new BoardReport.Threat(alert.weekStarting(), alert.strand(), alert.district(), alert.expected(),
                        disclosure.count(alert.observed()), alert.limit()))
                .sorted((a, b) -> a.weekStarting().compareTo(b.weekStarting()))
                .toList();
    }

    private List<BoardReport.Prevention> prevention(String agency, Quarter quarter, Disclosure disclosure) {
        int weeks = config.boardReport().preventionWeeks();
        List<BoardReport.Prevention> activities = new ArrayList<>();
        for (PreventionActivity activity : prevention.during(agency, quarter.start(), quarter.endExclusive())) {
            var effect = prevention.effectOnceWeeksHavePassed(activity, weeks);
            Long before = effect.map(e -> disclosure.count(e.reportsBefore())).orElse(null);
            Long after = effect.map(e -> disclosure.count(e.reportsAfter())).orElse(null);
            Double change = before == null || after == null ? null : effect.get().change();
            activities.add(new BoardReport.Prevention(activity.title(), activity.kind().name(), activity.audience().name(),
                    activity.district(), activity.strands(), activity.startsOn(), activity.endsOn(), activity.reach(), weeks,
                    effect.isPresent(), before, after, change));
        }
        return activities;
    }

    private static BoardReport.Counts counts(List<QuarterFigures> figures, Function<QuarterFigures, Long> count) {
        return new BoardReport.Counts(count.apply(figures.get(0)), count.apply(figures.get(1)), count.apply(figures.get(2)));
    }

    private static BoardReport.Values values(List<QuarterFigures> figures, Function<QuarterFigures, Double> value) {
        return new BoardReport.Values(value.apply(figures.get(0)), value.apply(figures.get(1)), value.apply(figures.get(2)));
    }

    /** Each quarter's breakdown withheld against its own total, then side by side per key. */
    private static Map<String, BoardReport.Counts> breakdowns(List<QuarterFigures> figures, Function<QuarterFigures, Map<String, Long>> counts,
            List<String> keys, Disclosure disclosure) {
        List<Map<String, Long>> shown = figures.stream().map(f -> disclosure.breakdown(counts.apply(f), keys)).toList();
        Map<String, BoardReport.Counts> side = new LinkedHashMap<>();
        for (String key : keys) {
            side.put(key, new BoardReport.Counts(shown.get(0).get(key), shown.get(1).get(key), shown.get(2).get(key)));
        }
        return side;
    }
}
