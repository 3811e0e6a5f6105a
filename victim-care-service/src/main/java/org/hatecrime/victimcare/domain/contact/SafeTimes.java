package org.hatecrime.victimcare.domain.contact;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * When the victim said it is safe to contact them, read from their own words into rules. Only a
 * small set of forms is understood (see docs/api-guide.md): one or more alternatives separated by
 * {@code ;} or {@code or}, each a day part, a time part or both:
 *
 * <ul>
 *   <li>days: {@code weekdays}, {@code weekends}, {@code every day} / {@code daily}, or a day name
 *       such as {@code mondays}; without one, every day;</li>
 *   <li>times: {@code after 6pm}, {@code before 10am}, {@code after 9am before 5pm},
 *       {@code 9am-5pm}, {@code between 9am and 5pm}, {@code 18:00 to 21:00}, {@code any time};
 *       without one, the whole day. A time needs am/pm or the 24-hour form with minutes ({@code 18:00}):
 *       "after 6" could be morning or evening.</li>
 * </ul>
 *
 * Anything else is not understood, and then no contact is safe without an override reason: a
 * misread preference could put the victim at risk, so the parser never guesses. A blank text sets
 * no limit.
 */
public final class SafeTimes {

    private static final String TIME = "(\\d{1,2}(?:[:.]\\d{2})?\\s*(?:am|pm)|\\d{1,2}[:.]\\d{2}|noon|midday|midnight)";
    private static final String DAYS = "(weekdays|weekends?|every day|everyday|daily|any day|"
            + "mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?)";
    private static final Pattern ALTERNATIVES = Pattern.compile("\\s*(?:;|\\bor\\b)\\s*");
    private static final Pattern DAYS_FIRST = Pattern.compile("(?:on\\s+)?" + DAYS + "?\\s*(.*)");
    private static final Pattern DAYS_LAST = Pattern.compile("(.+?)\\s+(?:on\\s+)?" + DAYS);
    private static final Pattern ANY_TIME = Pattern.compile("any\\s*time|all day");
    private static final Pattern AFTER = Pattern.compile("after\\s+" + TIME + "(?:,?\\s+(?:and\\s+)?before\\s+" + TIME + ")?");
    private static final Pattern BEFORE = Pattern.compile("before\\s+" + TIME);
    private static final Pattern RANGE = Pattern.compile("(?:between\\s+|from\\s+)?" + TIME + "\\s*(?:-|to|until|till|and)\\s*" + TIME);
    private static final Pattern CLOCK = Pattern.compile("(\\d{1,2})(?:[:.](\\d{2}))?\\s*(am|pm)?");

    /** Days, and a window within each day: from (inclusive) to (exclusive; null = midnight at the end of the day). */
    record Rule(Set<DayOfWeek> days, LocalTime from, LocalTime to) {

        boolean allows(LocalDateTime at) {
            return days.contains(at.getDayOfWeek()) && within(at.toLocalTime());
        }

        private boolean within(LocalTime time) {
            if (to == null) {
                return !time.isBefore(from);
            }
            if (from.isBefore(to)) {
                return !time.isBefore(from) && time.isBefore(to);
            }
            // a window past midnight, e.g. 10pm-7am, on the days named
            return !time.isBefore(from) || time.isBefore(to);
        }

        String readAs() {
            String window = from.equals(LocalTime.MIDNIGHT) && to == null ? "any time" : from + "–" + (to == null ? "24:00" : to);
            return daysReadAs() + " " + window;
        }

        private String daysReadAs() {
            if (days.size() == 7) {
                return "every day";
            }
            if (days.equals(WEEKDAYS)) {
                return "weekdays";
            }
            if (days.equals(WEEKENDS)) {
                return "weekends";
            }
            return days.stream().map(d -> d.getDisplayName(java.time.format.TextStyle.FULL, Locale.UK)).collect(Collectors.joining(", "));
        }
    }

    private static final Set<DayOfWeek> EVERY_DAY = EnumSet.allOf(DayOfWeek.class);
    private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    private static final Set<DayOfWeek> WEEKENDS = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);

    private final List<Rule> rules;
    private final boolean understood;

    private SafeTimes(List<Rule> rules, boolean understood) {
        this.rules = rules;
        this.understood = understood;
    }

    /** The rules in the victim's words; never fails: what cannot be read is "not understood". */
    public static SafeTimes parse(String text) {
        if (text == null || text.isBlank()) {
            return new SafeTimes(List.of(new Rule(EVERY_DAY, LocalTime.MIDNIGHT, null)), true);
        }
        String normalised = text.toLowerCase(Locale.ROOT).replace('–', '-').replace('—', '-').replaceAll("\\s+", " ").trim()
                .replaceAll("[.!]+$", "");
        List<Rule> rules = new ArrayList<>();
        for (String alternative : ALTERNATIVES.split(normalised)) {
            Optional<Rule> rule = rule(alternative.trim());
            if (rule.isEmpty()) {
                return new SafeTimes(List.of(), false);
            }
            rules.add(rule.get());
        }
        return new SafeTimes(List.copyOf(rules), true);
    }

    /** False when the text is not in a form this service reads: then every contact needs an override reason. */
    public boolean understood() {
        return understood;
    }

    /** Whether a contact at this local date and time is within the victim's safe times; never, when not understood. */
    public boolean allow(LocalDateTime at) {
        return understood && rules.stream().anyMatch(rule -> rule.allows(at));
    }

    /** The rules as this service read them, e.g. "weekdays 18:00–24:00"; null when not understood. */
    public String readAs() {
        return understood ? rules.stream().map(Rule::readAs).collect(Collectors.joining("; ")) : null;
    }

    private static Optional<Rule> rule(String alternative) {
        if (alternative.isEmpty()) {
            return Optional.empty();
        }
        Matcher last = DAYS_LAST.matcher(alternative);
        if (last.matches()) {
            Optional<Rule> rule = rule(days(last.group(2)), last.group(1));
            if (rule.isPresent()) {
                return rule;
            }
        }
        Matcher first = DAYS_FIRST.matcher(alternative);
        if (!first.matches()) {
            return Optional.empty();
        }
        if (first.group(1) == null && first.group(2).isBlank()) {
            return Optional.empty();
        }
        return rule(first.group(1) == null ? EVERY_DAY : days(first.group(1)), first.group(2).trim());
    }

    private static Optional<Rule> rule(Set<DayOfWeek> days, String window) {
        if (window.isEmpty() || ANY_TIME.matcher(window).matches()) {
            return Optional.of(new Rule(days, LocalTime.MIDNIGHT, null));
        }
        Matcher after = AFTER.matcher(window);
        if (after.matches()) {
            Optional<LocalTime> from = time(after.group(1));
            Optional<LocalTime> to = after.group(2) == null ? Optional.of(LocalTime.MIDNIGHT) : time(after.group(2));
            return from.isPresent() && to.isPresent() ? Optional.of(new Rule(days, from.get(), endOfDayAsNull(to.get()))) : Optional.empty();
        }
        Matcher before = BEFORE.matcher(window);
        if (before.matches()) {
            return time(before.group(1)).filter(to -> !to.equals(LocalTime.MIDNIGHT) || before.group(1).equals("midnight"))
                    .map(to -> new Rule(days, LocalTime.MIDNIGHT, endOfDayAsNull(to)));
        }
        Matcher range = RANGE.matcher(window);
        if (range.matches()) {
            Optional<LocalTime> from = time(range.group(1));
            Optional<LocalTime> to = time(range.group(2));
            if (from.isPresent() && to.isPresent() && !from.get().equals(to.get())) {
                return Optional.of(new Rule(days, from.get(), endOfDayAsNull(to.get())));
            }
        }
        return Optional.empty();
    }

    private static LocalTime endOfDayAsNull(LocalTime to) {
        return to.equals(LocalTime.MIDNIGHT) ? null : to;
    }

    private static Set<DayOfWeek> days(String words) {
        return switch (words) {
            case "weekdays" -> WEEKDAYS;
            case "weekend", "weekends" -> WEEKENDS;
            case "every day", "everyday", "daily", "any day" -> EVERY_DAY;
            default -> EnumSet.of(DayOfWeek.valueOf(words.replaceAll("s$", "").toUpperCase(Locale.ROOT)));
        };
    }

    /** 6pm, 6:30pm, 18:00, noon, midday, midnight; an hour without am/pm or minutes is ambiguous. */
    static Optional<LocalTime> time(String words) {
        switch (words) {
            case "noon", "midday" -> {
                return Optional.of(LocalTime.NOON);
            }
            case "midnight" -> {
                return Optional.of(LocalTime.MIDNIGHT);
            }
            default -> {
                Matcher clock = CLOCK.matcher(words.trim());
                if (!clock.matches()) {
                    return Optional.empty();
                }
                int hour = Integer.parseInt(clock.group(1));
                int minute = clock.group(2) == null ? 0 : Integer.parseInt(clock.group(2));
                String half = clock.group(3);
                if (minute > 59) {
                    return Optional.empty();
                }
                if (half == null) {
                    if (clock.group(2) == null || hour > 24 || (hour == 24 && minute > 0)) {
                        return Optional.empty();
                    }
                    return Optional.of(hour == 24 ? LocalTime.MIDNIGHT : LocalTime.of(hour, minute));
                }
                if (hour < 1 || hour > 12) {
                    return Optional.empty();
                }
                return Optional.of(LocalTime.of(hour % 12 + (half.equals("pm") ? 12 : 0), minute));
            }
        }
    }
}
