package org.hatecrime.victimcare.domain.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.hatecrime.kit.domain.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** SWEMWBS scoring against the published raw-to-metric conversion table, written out here again. */
class SwemwbsTest {

    /** Raw score, metric score: the published conversion table, copied independently of the code. */
    static Stream<Arguments> publishedTable() {
        return Stream.of(
                Arguments.of(7, "7.00"), Arguments.of(8, "9.51"), Arguments.of(9, "11.25"), Arguments.of(10, "12.40"),
                Arguments.of(11, "13.33"), Arguments.of(12, "14.08"), Arguments.of(13, "14.75"), Arguments.of(14, "15.32"),
                Arguments.of(15, "15.84"), Arguments.of(16, "16.36"), Arguments.of(17, "16.88"), Arguments.of(18, "17.43"),
                Arguments.of(19, "17.98"), Arguments.of(20, "18.59"), Arguments.of(21, "19.25"), Arguments.of(22, "19.98"),
                Arguments.of(23, "20.73"), Arguments.of(24, "21.54"), Arguments.of(25, "22.35"), Arguments.of(26, "23.21"),
                Arguments.of(27, "24.11"), Arguments.of(28, "25.03"), Arguments.of(29, "26.02"), Arguments.of(30, "27.03"),
                Arguments.of(31, "28.13"), Arguments.of(32, "29.31"), Arguments.of(33, "30.70"), Arguments.of(34, "32.55"),
                Arguments.of(35, "35.00"));
    }

    @ParameterizedTest(name = "raw {0} is metric {1}")
    @MethodSource("publishedTable")
    void everyRawScoreConvertsToThePublishedMetricScore(int raw, String metric) {
        Swemwbs.Score score = Swemwbs.score("items", answersSummingTo(raw));

        assertThat(score.raw()).isEqualTo(raw);
        assertThat(score.metric()).isEqualTo(new BigDecimal(metric));
        assertThat(Swemwbs.metric(raw)).isEqualTo(new BigDecimal(metric));
    }

    @Test
    void theTableCoversEveryRawScoreFrom7To35AndRisesWithIt() {
        assertThat(publishedTable()).hasSize(29);
        List<BigDecimal> metrics = IntStream.rangeClosed(7, 35).mapToObj(Swemwbs::metric).toList();
        assertThat(metrics).isSortedAccordingTo(BigDecimal::compareTo).doesNotHaveDuplicates();
        assertThatThrownBy(() -> Swemwbs.metric(6)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Swemwbs.metric(36)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sixAnswersInsteadOfSevenAreRefusedNamingTheField() {
        assertThatThrownBy(() -> Swemwbs.score("wellbeing.items", List.of(3, 3, 3, 3, 3, 3)))
                .isInstanceOfSatisfying(DomainException.InvalidValue.class, e -> assertThat(e.field()).isEqualTo("wellbeing.items"));
        assertThatThrownBy(() -> Swemwbs.score("items", null)).isInstanceOf(DomainException.InvalidValue.class);
    }

    @Test
    void anAnswerOutside1To5IsRefusedNamingItsPlace() {
        assertThatThrownBy(() -> Swemwbs.score("items", List.of(3, 3, 6, 3, 3, 3, 3)))
                .isInstanceOfSatisfying(DomainException.InvalidValue.class, e -> assertThat(e.field()).isEqualTo("items[2]"));
        assertThatThrownBy(() -> Swemwbs.score("items", List.of(0, 3, 3, 3, 3, 3, 3)))
                .isInstanceOfSatisfying(DomainException.InvalidValue.class, e -> assertThat(e.field()).isEqualTo("items[0]"));
        assertThatThrownBy(() -> Swemwbs.score("items", Arrays.asList(3, 3, 3, 3, 3, 3, null)))
                .isInstanceOfSatisfying(DomainException.InvalidValue.class, e -> assertThat(e.field()).isEqualTo("items[6]"));
    }

    /** Seven answers of 1 to 5 that add up to the raw score. */
    static List<Integer> answersSummingTo(int raw) {
        List<Integer> answers = new ArrayList<>(List.of(1, 1, 1, 1, 1, 1, 1));
        int left = raw - 7;
        for (int i = 0; i < 7 && left > 0; i++) {
            int add = Math.min(4, left);
            answers.set(i, 1 + add);
            left -= add;
        }
        return answers;
    }
}
