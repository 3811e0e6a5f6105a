package org.hatecrime.analytics.domain.statistics;

import io.restassured.path.json.JsonPath;
import java.math.BigInteger;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A reader who holds every public release at once and sets up one system of equations over the
 * finest counts (district × strand × month): each published figure, of a month or a quarter, cell
 * or total, equals the sum of the counts it covers. Solved by exact rational Gauss-Jordan
 * elimination; a figure no release publishes is worked out when its sum is a combination of the
 * published ones, and its value is that combination of their values. Written from the equations,
 * independently of {@link DisclosureControl} and {@link LinkedDisclosureControl}. Releases of the
 * same period are read as tables of the same counts.
 */
public final class LinkedTablesAttack {

    static final String ALL = "ALL";

    /**
     * One table as published: rows are the districts then ALL, columns the strands then ALL; null
     * where withheld, or, in a board paper ({@code release} false), simply not shown.
     */
    record PublicTable(String period, Long[][] figures, boolean release) {

        PublicTable(String period, Long[][] figures) {
            this(period, figures, true);
        }
    }

    private final List<String> districts;
    private final List<String> strands;
    private final List<PublicTable> tables;
    private final List<YearMonth> months = new ArrayList<>();
    private final Map<Integer, Rational[]> rowByPivot = new TreeMap<>();

    LinkedTablesAttack(List<String> districts, List<String> strands, List<PublicTable> tables) {
        this.districts = districts;
        this.strands = strands;
        this.tables = tables;
        for (PublicTable table : tables) {
            for (YearMonth month : monthsOf(table.period())) {
                if (!months.contains(month)) {
                    months.add(month);
                }
            }
        }
        List<Rational[]> equations = new ArrayList<>();
        for (PublicTable table : tables) {
            for (int r = 0; r <= districts.size(); r++) {
                for (int c = 0; c <= strands.size(); c++) {
                    Long value = table.figures()[r][c];
                    if (value != null) {
                        Rational[] equation = sum(table.period(), r, c);
                        equation[unknowns()] = Rational.of(BigInteger.valueOf(value));
                        equations.add(equation);
                    }
                }
            }
        }
        eliminate(equations);
    }

    /** The reader of these public releases, as the public reads them (JSON). */
    public static LinkedTablesAttack reading(List<JsonPath> releases) {
        List<String> districts = new ArrayList<>();
        List<String> strands = new ArrayList<>();
        List<PublicTable> tables = new ArrayList<>();
        for (JsonPath release : releases) {
            List<Map<String, Object>> rows = release.getList("table.rows");
            Map<String, Object> strandTotals = release.getMap("table.strandTotals");
            if (districts.isEmpty()) {
                rows.forEach(row -> districts.add((String) row.get("district")));
                strands.addAll(strandTotals.keySet());
            }
            Long[][] figures = new Long[districts.size() + 1][strands.size() + 1];
            for (int r = 0; r < districts.size(); r++) {
                @SuppressWarnings("unchecked")
                Map<String, Object> counts = (Map<String, Object>) rows.get(r).get("counts");
                for (int c = 0; c < strands.size(); c++) {
                    figures[r][c] = number(counts.get(strands.get(c)));
                }
                figures[r][strands.size()] = number(rows.get(r).get("total"));
            }
            for (int c = 0; c < strands.size(); c++) {
                figures[districts.size()][c] = number(strandTotals.get(strands.get(c)));
            }
            figures[districts.size()][strands.size()] = number(release.get("table.total"));
            tables.add(new PublicTable(release.getString("period"), figures));
        }
        return new LinkedTablesAttack(districts, strands, tables);
    }

    /**
     * The same reader holding a board paper too: the quarter's strand totals over all districts as
     * the board's report shows them ({@code reporting.byStrand}, its {@code quarter} figures), null
     * where withheld; nothing else of the quarter's table.
     */
    public LinkedTablesAttack andBoardPaper(String quarter, Map<String, Object> strandTotals) {
        Long[][] figures = new Long[districts.size() + 1][strands.size() + 1];
        for (int c = 0; c < strands.size(); c++) {
            figures[districts.size()][c] = number(strandTotals.get(strands.get(c)));
        }
        List<PublicTable> withBoard = new ArrayList<>(tables);
        withBoard.add(new PublicTable(quarter, figures, false));
        return new LinkedTablesAttack(districts, strands, withBoard);
    }

    /**
     * The figures a reader works out though no release publishes them, with their values: of every
     * period published and of every month of a quarter published; "period/district/strand" (ALL for
     * a total) to its value.
     */
    public Map<String, BigInteger> workedOut() {
        List<String> periods = new ArrayList<>();
        for (PublicTable table : tables) {
            if (!periods.contains(table.period())) {
                periods.add(table.period());
            }
        }
        for (YearMonth month : months) {
            if (!periods.contains(month.toString())) {
                periods.add(month.toString());
            }
        }
        Map<String, BigInteger> workedOut = new LinkedHashMap<>();
        for (String period : periods) {
            for (int r = 0; r <= districts.size(); r++) {
                for (int c = 0; c <= strands.size(); c++) {
                    if (!published(period, r, c)) {
                        Rational value = solve(sum(period, r, c));
                        if (value != null) {
                            workedOut.put(period + "/" + (r < districts.size() ? districts.get(r) : ALL) + "/"
                                    + (c < strands.size() ? strands.get(c) : ALL), value.integer());
                        }
                    }
                }
            }
        }
        return workedOut;
    }

    /**
     * What gives a count away: a figure worked out that some release withholds (what a board paper
     * leaves out is not a promise), or whose value is under the threshold (a month not published,
     * inside a quarter that is).
     */
    public Map<String, BigInteger> givenAway(long threshold) {
        Map<String, BigInteger> givenAway = new LinkedHashMap<>();
        workedOut().forEach((figure, value) -> {
            String[] parts = figure.split("/");
            int r = parts[1].equals(ALL) ? districts.size() : districts.indexOf(parts[1]);
            int c = parts[2].equals(ALL) ? strands.size() : strands.indexOf(parts[2]);
            boolean withheld = tables.stream()
                    .anyMatch(table -> table.release() && table.period().equals(parts[0]) && table.figures()[r][c] == null);
            if (withheld || value.compareTo(BigInteger.valueOf(threshold)) < 0) {
                givenAway.put(figure, value);
            }
        });
        return givenAway;
    }

    private boolean published(String period, int r, int c) {
        return tables.stream().anyMatch(table -> table.period().equals(period) && table.figures()[r][c] != null);
    }

    private int unknowns() {
        return months.size() * districts.size() * strands.size();
    }

    /** The counts a figure adds up, as coefficients, with a zero right-hand side. */
    private Rational[] sum(String period, int r, int c) {
        Rational[] sum = new Rational[unknowns() + 1];
        java.util.Arrays.fill(sum, Rational.ZERO);
        for (YearMonth month : monthsOf(period)) {
            for (int d = 0; d < districts.size(); d++) {
                for (int s = 0; s < strands.size(); s++) {
                    if ((r == districts.size() || r == d) && (c == strands.size() || c == s)) {
                        sum[(months.indexOf(month) * districts.size() + d) * strands.size() + s] = Rational.ONE;
                    }
                }
            }
        }
        return sum;
    }

    /** Reduced row echelon form: each pivot 1, and 0 in every other equation. */
    private void eliminate(List<Rational[]> equations) {
        List<Rational[]> rows = new ArrayList<>(equations);
        int width = unknowns();
        int rank = 0;
        for (int column = 0; column < width && rank < rows.size(); column++) {
            int pivot = -1;
            for (int i = rank; i < rows.size(); i++) {
                if (!rows.get(i)[column].isZero()) {
                    pivot = i;
                    break;
                }
            }
            if (pivot < 0) {
                continue;
            }
            Rational[] pivotRow = rows.get(pivot);
            rows.set(pivot, rows.get(rank));
            rows.set(rank, pivotRow);
            Rational lead = pivotRow[column];
            List<Integer> nonZero = new ArrayList<>();
            for (int k = 0; k <= width; k++) {
                pivotRow[k] = pivotRow[k].dividedBy(lead);
                if (!pivotRow[k].isZero()) {
                    nonZero.add(k);
                }
            }
            for (int i = 0; i < rows.size(); i++) {
                Rational[] row = rows.get(i);
                if (i != rank && !row[column].isZero()) {
                    Rational factor = row[column];
                    for (int k : nonZero) {
                        row[k] = row[k].minus(factor.times(pivotRow[k]));
                    }
                }
            }
            rowByPivot.put(column, pivotRow);
            rank++;
        }
    }

    /** The value of the sum if the equations fix it, else null. */
    private Rational solve(Rational[] sum) {
        int width = unknowns();
        Rational[] rest = sum.clone();
        Rational value = Rational.ZERO;
        for (Map.Entry<Integer, Rational[]> entry : rowByPivot.entrySet()) {
            Rational times = sum[entry.getKey()];
            if (!times.isZero()) {
                Rational[] row = entry.getValue();
                for (int k = 0; k < width; k++) {
                    rest[k] = rest[k].minus(times.times(row[k]));
                }
                value = value.plus(times.times(row[width]));
            }
        }
        for (int k = 0; k < width; k++) {
            if (!rest[k].isZero()) {
                return null;
            }
        }
        return value;
    }

    private static List<YearMonth> monthsOf(String period) {
        if (period.contains("Q")) {
            YearMonth first = YearMonth.of(Integer.parseInt(period.substring(0, 4)), 3 * Integer.parseInt(period.substring(6)) - 2);
            return List.of(first, first.plusMonths(1), first.plusMonths(2));
        }
        return List.of(YearMonth.parse(period));
    }

    private static Long number(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    /** An exact fraction. */
    private record Rational(BigInteger numerator, BigInteger denominator) {

        static final Rational ZERO = new Rational(BigInteger.ZERO, BigInteger.ONE);
        static final Rational ONE = new Rational(BigInteger.ONE, BigInteger.ONE);

        static Rational of(BigInteger integer) {
            return new Rational(integer, BigInteger.ONE);
        }

        static Rational of(BigInteger numerator, BigInteger denominator) {
            if (denominator.signum() < 0) {
                numerator = numerator.negate();
                denominator = denominator.negate();
            }
            BigInteger gcd = numerator.gcd(denominator);
            return gcd.equals(BigInteger.ONE) ? new Rational(numerator, denominator)
                    : new Rational(numerator.divide(gcd), denominator.divide(gcd));
        }

        boolean isZero() {
            return numerator.signum() == 0;
        }

        Rational plus(Rational other) {
            if (other.isZero()) {
                return this;
            }
            return of(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)), denominator.multiply(other.denominator));
        }

        Rational minus(Rational other) {
            return plus(new Rational(other.numerator.negate(), other.denominator));
        }

        Rational times(Rational other) {
            if (isZero() || other.isZero()) {
                return ZERO;
            }
            return of(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
        }

        Rational dividedBy(Rational other) {
            return of(numerator.multiply(other.denominator), denominator.multiply(other.numerator));
        }

        /** The value as a whole number (a count worked out from counts is one, unless releases of a period differ). */
        BigInteger integer() {
            return Objects.equals(denominator, BigInteger.ONE) ? numerator : numerator.divide(denominator);
        }
    }
}
