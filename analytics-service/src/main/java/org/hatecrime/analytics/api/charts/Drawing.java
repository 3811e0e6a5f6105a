package org.hatecrime.analytics.api.charts;

import java.util.List;

/**
 * A chart laid out once, as marks on a canvas whose origin is the top left corner (y grows
 * downwards), so SVG and PDF draw the same picture.
 */
public record Drawing(double width, double height, String title, String description, List<Mark> marks) {

    /** Where a label's anchor point sits on its text. */
    public enum Anchor { START, MIDDLE, END }

    /** Something drawn. Colours are {@code #rrggbb}. */
    public sealed interface Mark permits Box, Line, Polyline, Dot, Label {
    }

    /** A filled rectangle, top left at (x, y). */
    public record Box(double x, double y, double width, double height, String colour) implements Mark {
    }

    public record Line(double x1, double y1, double x2, double y2, String colour, double strokeWidth) implements Mark {
    }

    /** Connected points, (x, y) pairs. */
    public record Polyline(List<double[]> points, String colour, double strokeWidth) implements Mark {
    }

    public record Dot(double x, double y, double radius, String colour) implements Mark {
    }

    /** Text on its baseline at (x, y), turned {@code angle} degrees clockwise around that point. */
    public record Label(double x, double y, String text, double size, Anchor anchor, String colour, double angle) implements Mark {
    }
}
