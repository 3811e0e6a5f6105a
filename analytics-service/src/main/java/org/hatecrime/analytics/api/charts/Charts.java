package org.hatecrime.analytics.api.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Lays out the report's charts: grouped bars for categories, lines for a series over time. A value
 * that is withheld (null) gets no bar or point, and a bar's place says "c" so nobody reads it as zero.
 */
public final class Charts {

    /** Colours told apart also by people with the common colour vision deficiencies, and dark enough on white. */
    static final List<String> PALETTE = List.of("#1d70b8", "#d4351c", "#505a5f", "#00703c");
    static final String INK = "#0b0c0c";
    static final String GRID = "#b1b4b6";
    /** Marks a withheld value in the place its bar or point would be. */
    public static final String WITHHELD = "c";

    static final double WIDTH = 640;
    static final double HEIGHT = 340;
    private static final double LEFT = 56;
    private static final double RIGHT = 16;
    private static final double TOP = 40;
    private static final double BOTTOM = 96;
    private static final int GRID_LINES = 4;

    private Charts() {
    }

    /** One group of bars per category, one bar per series. */
    public static Drawing bars(String title, String description, List<String> categories, List<Series> series) {
        requireShape(categories, series);
        List<Drawing.Mark> marks = new ArrayList<>();
        double top = axis(marks, title, max(series));
        double plotWidth = WIDTH - LEFT - RIGHT;
        double slot = plotWidth / Math.max(1, categories.size());
        double bar = slot * 0.8 / series.size();
        double baseline = HEIGHT - BOTTOM;
        for (int c = 0; c < categories.size(); c++) {
            double groupStart = LEFT + c * slot + slot * 0.1;
            for (int s = 0; s < series.size(); s++) {
                Double value = series.get(s).values().get(c);
                double x = groupStart + s * bar;
                if (value == null) {
                    marks.add(new Drawing.Label(x + bar / 2, baseline - 3, WITHHELD, 9, Drawing.Anchor.MIDDLE, colour(s), 0));
                } else {
                    double height = (baseline - TOP) * value / top;
                    marks.add(new Drawing.Box(x, baseline - height, Math.max(1, bar - 1), height, colour(s)));
                }
            }
            categoryLabel(marks, LEFT + c * slot + slot / 2, categories.get(c));
        }
        legend(marks, series);
        return new Drawing(WIDTH, HEIGHT, title, description, marks);
    }

    /** One line per series over the labels (months); a withheld value breaks its line. */
    public static Drawing lines(String title, String description, List<String> labels, List<Series> series) {
        requireShape(labels, series);
        List<Drawing.Mark> marks = new ArrayList<>();
        double top = axis(marks, title, max(series));
        double plotWidth = WIDTH - LEFT - RIGHT;
        double step = labels.size() > 1 ? plotWidth / (labels.size() - 1) : 0;
        double baseline = HEIGHT - BOTTOM;
        for (int i = 0; i < labels.size(); i++) {
            categoryLabel(marks, LEFT + i * step, labels.get(i));
        }
        for (int s = 0; s < series.size(); s++) {
            List<double[]> run = new ArrayList<>();
            for (int i = 0; i <= labels.size(); i++) {
                Double value = i < labels.size() ? series.get(s).values().get(i) : null;
                double x = LEFT + i * step;
                if (value == null) {
                    if (run.size() > 1) {
                        marks.add(new Drawing.Polyline(List.copyOf(run), colour(s), 2));
                    }
                    run.clear();
                    if (i < labels.size()) {
                        marks.add(new Drawing.Label(x, baseline - 3, WITHHELD, 9, Drawing.Anchor.MIDDLE, colour(s), 0));
                    }
                } else {
                    double y = baseline - (baseline - TOP) * value / top;
                    run.add(new double[] {x, y});
                    marks.add(new Drawing.Dot(x, y, 3, colour(s)));
                }
            }
        }
        legend(marks, series);
        return new Drawing(WIDTH, HEIGHT, title, description, marks);
    }

    /** The smallest 1, 2 or 5 times a power of ten at or above {@code value}; 1 for nothing. */
    static double niceCeiling(double value) {
        if (value <= 0) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[] {1, 2, 5, 10}) {
            if (step * power >= value - 1e-9) {
                return step * power;
            }
        }
        return 10 * power;
    }

    /** Title, grid lines and their values; the value at the top of the plot. */
    private static double axis(List<Drawing.Mark> marks, String title, double max) {
        double top = niceCeiling(max);
        marks.add(new Drawing.Label(LEFT, 22, title, 14, Drawing.Anchor.START, INK, 0));
        double baseline = HEIGHT - BOTTOM;
        for (int i = 0; i <= GRID_LINES; i++) {
            double y = baseline - (baseline - TOP) * i / GRID_LINES;
            marks.add(new Drawing.Line(LEFT, y, WIDTH - RIGHT, y, i == 0 ? INK : GRID, i == 0 ? 1 : 0.5));
            marks.add(new Drawing.Label(LEFT - 6, y + 4, number(top * i / GRID_LINES), 10, Drawing.Anchor.END, INK, 0));
        }
        return top;
    }

    private static void categoryLabel(List<Drawing.Mark> marks, double x, String text) {
        marks.add(new Drawing.Label(x, HEIGHT - BOTTOM + 14, text, 10, Drawing.Anchor.END, INK, -40));
    }

    private static void legend(List<Drawing.Mark> marks, List<Series> series) {
        double x = LEFT;
        double y = HEIGHT - 14;
        for (int s = 0; s < series.size(); s++) {
            marks.add(new Drawing.Box(x, y - 9, 10, 10, colour(s)));
            marks.add(new Drawing.Label(x + 14, y, series.get(s).name(), 11, Drawing.Anchor.START, INK, 0));
            x += 24 + 6.5 * series.get(s).name().length();
        }
    }

    private static double max(List<Series> series) {
        return series.stream().flatMap(s -> s.values().stream()).filter(Objects::nonNull).mapToDouble(Double::doubleValue).max().orElse(0);
    }

    private static String colour(int series) {
        return PALETTE.get(series % PALETTE.size());
    }

    static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(java.util.Locale.ROOT, "%.2f", value);
    }

    private static void requireShape(List<String> categories, List<Series> series) {
        if (series.isEmpty()) {
            throw new IllegalArgumentException("a chart needs a series");
        }
        for (Series s : series) {
            if (s.values().size() != categories.size()) {
                throw new IllegalArgumentException("series " + s.name() + " has " + s.values().size() + " values for "
                        + categories.size() + " categories");
            }
        }
    }
}
