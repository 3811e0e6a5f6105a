package org.hatecrime.victimcare.domain.support;

import java.math.BigDecimal;
import java.util.List;
import org.hatecrime.kit.domain.DomainException;

/**
 * The Short Warwick-Edinburgh Mental Wellbeing Scale (SWEMWBS): seven statements, each answered 1
 * (none of the time) to 5 (all of the time). Their sum, the raw score (7 to 35), is converted to
 * the metric score with the scale's published conversion table, so that scores compare across
 * studies and changes can be averaged. The only place the table is kept.
 */
public final class Swemwbs {

    public static final int ITEMS = 7;
    public static final int LOWEST_ANSWER = 1;
    public static final int HIGHEST_ANSWER = 5;

    /**
     * Metric score for each raw score from 7 to 35 (index = raw score - 7). Source: the SWEMWBS
     * raw-to-metric conversion table published by Warwick Medical School, University of Warwick
     * (the WEMWBS user guide, from the Rasch analysis of Stewart-Brown et al. 2009, Health and
     * Quality of Life Outcomes 7:15).
     */
    private static final String[] METRIC = {
        "7.00", "9.51", "11.25", "12.40", "13.33", "14.08", "14.75", "15.32", "15.84", "16.36",
        "16.88", "17.43", "17.98", "18.59", "19.25", "19.98", "20.73", "21.54", "22.35", "23.21",
        "24.11", "25.03", "26.02", "27.03", "28.13", "29.31", "30.70", "32.55", "35.00"};

    private Swemwbs() {
    }

    /** One completed scale: the seven answers, their raw sum and its metric score. */
    public record Score(List<Integer> items, int raw, BigDecimal metric) {
    }

    /** Scores seven answers; anything else is refused, naming the answer at fault. */
    public static Score score(String field, List<Integer> items) {
        if (items == null || items.size() != ITEMS) {
            throw new DomainException.InvalidValue(field, "answer each of the " + ITEMS + " statements");
        }
        int raw = 0;
        for (int i = 0; i < items.size(); i++) {
            Integer answer = items.get(i);
            if (answer == null || answer < LOWEST_ANSWER || answer > HIGHEST_ANSWER) {
                throw new DomainException.InvalidValue(field + "[" + i + "]", "must be from " + LOWEST_ANSWER + " to " + HIGHEST_ANSWER);
            }
            raw += answer;
        }
        return new Score(List.copyOf(items), raw, metric(raw));
    }

    /** The metric score of a raw score from 7 to 35. */
    public static BigDecimal metric(int raw) {
        if (raw < ITEMS * LOWEST_ANSWER || raw > ITEMS * HIGHEST_ANSWER) {
            throw new IllegalArgumentException("a SWEMWBS raw score is from 7 to 35, not " + raw);
        }
        return new BigDecimal(METRIC[raw - ITEMS * LOWEST_ANSWER]);
    }
}
