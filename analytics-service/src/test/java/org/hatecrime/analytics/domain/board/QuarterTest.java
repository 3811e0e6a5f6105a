package org.hatecrime.analytics.domain.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.hatecrime.kit.domain.DomainException;
import org.junit.jupiter.api.Test;

class QuarterTest {

    @Test
    void aQuarterIsComparedWithTheOneBeforeAndTheSameOneAYearEarlier() {
        Quarter first = Quarter.parse("quarter", "2026-Q1");
        assertThat(first.previous()).isEqualTo(Quarter.parse("quarter", "2025-Q4"));
        assertThat(first.yearBefore().code()).isEqualTo("2025-Q1");
        assertThat(Quarter.parse("quarter", "2026-Q3").label()).isEqualTo("July to September 2026");
        assertThat(Quarter.parse("quarter", "2026-Q4").start()).isEqualTo(LocalDate.parse("2026-10-01"));
        assertThat(Quarter.parse("quarter", "2026-Q4").endExclusive()).isEqualTo(LocalDate.parse("2027-01-01"));
        assertThat(Quarter.of(LocalDate.parse("2026-06-30")).code()).isEqualTo("2026-Q2");
    }

    @Test
    void anythingElseIsRefusedNamingTheField() {
        for (String code : new String[] {"2026-Q0", "2026-Q5", "2026-07", "26-Q1", "2026Q1", "", "2026-q1"}) {
            assertThatThrownBy(() -> Quarter.parse("quarter", code)).isInstanceOfSatisfying(DomainException.InvalidValue.class,
                    e -> assertThat(e.field()).isEqualTo("quarter"));
        }
        assertThatThrownBy(() -> Quarter.parse("quarter", null)).isInstanceOf(DomainException.InvalidValue.class);
    }
}
