package org.hatecrime.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hatecrime.reporting.domain.ReportStatus.CLOSED;
import static org.hatecrime.reporting.domain.ReportStatus.DUPLICATE;
import static org.hatecrime.reporting.domain.ReportStatus.RECEIVED;
import static org.hatecrime.reporting.domain.ReportStatus.REFERRED_FOR_SUPPORT;
import static org.hatecrime.reporting.domain.ReportStatus.SHARED_WITH_POLICE;
import static org.hatecrime.reporting.domain.ReportStatus.TRIAGED;
import static org.hatecrime.reporting.domain.ReportStatus.WITHDRAWN;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every move from every status, legal or not, checked against the agreed lifecycle. */
class ReportStatusTest {

    private static final Map<ReportStatus, Set<ReportStatus>> LEGAL = Map.of(
            RECEIVED, EnumSet.of(TRIAGED, WITHDRAWN, DUPLICATE),
            TRIAGED, EnumSet.of(SHARED_WITH_POLICE, REFERRED_FOR_SUPPORT, CLOSED, WITHDRAWN, DUPLICATE),
            SHARED_WITH_POLICE, EnumSet.of(REFERRED_FOR_SUPPORT, CLOSED, WITHDRAWN),
            REFERRED_FOR_SUPPORT, EnumSet.of(SHARED_WITH_POLICE, CLOSED, WITHDRAWN),
            CLOSED, EnumSet.noneOf(ReportStatus.class),
            WITHDRAWN, EnumSet.noneOf(ReportStatus.class),
            DUPLICATE, EnumSet.noneOf(ReportStatus.class));

    static List<Arguments> everyMove() {
        List<Arguments> moves = new ArrayList<>();
        for (ReportStatus from : ReportStatus.values()) {
            for (ReportStatus to : ReportStatus.values()) {
                moves.add(Arguments.of(from, to, LEGAL.get(from).contains(to)));
            }
        }
        return moves;
    }

    @ParameterizedTest(name = "{0} -> {1} allowed: {2}")
    @MethodSource("everyMove")
    void theLifecycleAllowsExactlyTheAgreedMoves(ReportStatus from, ReportStatus to, boolean legal) {
        assertThat(from.canMoveTo(to)).isEqualTo(legal);
    }

    @ParameterizedTest(name = "{0} -> {1} allowed: {2}")
    @MethodSource("everyMove")
    void anIllegalMoveOnAReportIsRefusedAsAConflict(ReportStatus from, ReportStatus to, boolean legal) {
        Report report = Report.receive("stevenage-centre", Channel.THIRD_PARTY_CENTRE, "centre-stevenage", java.time.OffsetDateTime.now());
        report.status = from;
        if (legal) {
            report.moveTo(to);
            assertThat(report.status).isEqualTo(to);
        } else {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> report.moveTo(to))
                    .isInstanceOf(org.hatecrime.kit.problem.ProblemException.class)
                    .extracting(e -> ((org.hatecrime.kit.problem.ProblemException) e).type().status()).isEqualTo(409);
            assertThat(report.status).isEqualTo(from);
        }
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(ReportStatus.class)
    void everyStatusCanBeExplainedToTheReporterInPlainWords(ReportStatus status) {
        assertThat(status.inPlainWords()).doesNotContain("_").isNotBlank();
    }
}
